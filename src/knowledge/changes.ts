import { z } from 'zod';

/**
 * How prose states a change against last year, as data: the words of the base (同比、较上年), of the
 * direction (增长、减少), of no change (持平) and of a ratio (是上年的N倍). Read by
 * src/parse/prose/changes.ts, checked by repo/year-on-year.
 */
const source = z.string().min(1);
export const changeVocabularySchema = z.object({
  lastYear: source,
  subjects: z.string(),
  bases: z.array(source).min(1),
  up: source,
  down: source,
  same: source,
  ratioBases: z.array(source).min(1),
  countUnits: source,
  inexact: source,
});

export type ChangeVocabulary = z.infer<typeof changeVocabularySchema>;

/** The vocabulary with `{last}` spelled out, validated when knowledge is built: a pattern that does not compile fails here. */
export function buildChanges(input: unknown): ChangeVocabulary {
  const parsed = changeVocabularySchema.parse(input);
  const spelled = (pattern: string) => pattern.replaceAll('{last}', parsed.lastYear);
  const vocabulary = { ...parsed, bases: parsed.bases.map(spelled), ratioBases: parsed.ratioBases.map(spelled) };
  for (const pattern of [vocabulary.lastYear, vocabulary.subjects, ...vocabulary.bases, vocabulary.up, vocabulary.down, vocabulary.same, ...vocabulary.ratioBases, vocabulary.countUnits, vocabulary.inexact]) new RegExp(pattern);
  return vocabulary;
}
