import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { foldedParagraphs } from '../../src/model/letters.js';
import type { Paragraph } from '../../src/model/types.js';
import { bigrams, dice } from './lib/similarity.js';

/** A paragraph as compared: its letters, and its probe windows and bigrams once a comparison needs them. */
class Candidate {
  private shingles?: Uint32Array;
  private windows?: string[];
  constructor(
    readonly paragraph: Paragraph,
    readonly text: string,
  ) {}

  get pairs(): Uint32Array {
    return (this.shingles ??= bigrams(this.text));
  }

  /** A few short windows across the text, cut once for every earlier paragraph it is held against. */
  get probes(): string[] {
    return (this.windows ??= PROBES.map((at) => {
      const from = Math.floor(at * (this.text.length - PROBE_LENGTH));
      return this.text.slice(from, from + PROBE_LENGTH);
    }));
  }
}

/** Where a near copy must share text: a few short windows across the paragraph. */
const PROBES = [0, 0.25, 0.5, 0.75];
const PROBE_LENGTH = 6;

/**
 * Texts ≥ 90% alike share most of their substrings: one probe window of the later text found in
 * the earlier one makes the pair worth the bigram comparison. Cheap (native search), and it
 * spares bigrams for the many paragraphs of a report that resemble no other.
 */
function mayBeCopy(earlier: string, later: Candidate): boolean {
  return later.probes.some((probe) => earlier.includes(probe));
}

/** A paragraph pasted into two parts (seed 001: the same fee sentence in 五 and 六) reads as careless drafting. */
export default defineRule({
  meta: {
    id: 'structure/duplicate-paragraph',
    family: 'structure',
    description: {
      zh: '同一段文字（或几乎相同的段落）在报告中出现两次',
      en: 'The same (or nearly the same) paragraph appears twice in the report',
    },
    recommended: 1,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      identical: { zh: '本段与第 {line} 行的段落完全相同', en: 'This paragraph repeats the one at line {line}' },
      similar: { zh: '本段与第 {line} 行的段落几乎相同（相似度 {percent}%）', en: 'This paragraph nearly repeats the one at line {line} ({percent}% similar)' },
      first: { zh: '第一次出现', en: 'first occurrence' },
    },
  },
  options: z
    .object({
      /** Shorter paragraphs (无。 / 详见下表) repeat legitimately. */
      minLength: z.number().int().min(1).default(30),
      minSimilarity: z.number().gt(0).max(1).default(0.9),
    })
    .strict(),
  check({ report, options, emit }) {
    // Dice ≥ s needs the shorter text to be at least s/(2−s) of the longer one: skip pairs that cannot reach it.
    const minLengthRatio = options.minSimilarity / (2 - options.minSimilarity);
    const seen: Candidate[] = [];
    // Letters only: a re-typed comma or a full-width digit is no difference.
    for (const { paragraph, letters: text } of foldedParagraphs(report)) {
      if (text.length < options.minLength) continue;
      const current = new Candidate(paragraph, text);
      const original = seen.find(
        (earlier) =>
          Math.min(earlier.text.length, text.length) / Math.max(earlier.text.length, text.length) >= minLengthRatio &&
          (earlier.text === text || (mayBeCopy(earlier.text, current) && dice(earlier.pairs, current.pairs) >= options.minSimilarity)),
      );
      if (!original) {
        seen.push(current);
        continue;
      }
      const percent = original.text === text ? 100 : Math.floor(dice(original.pairs, current.pairs) * 100);
      emit({
        messageId: percent === 100 ? 'identical' : 'similar',
        data: { line: original.paragraph.position!.start.line, percent },
        position: paragraph.position,
        related: [{ messageId: 'first', position: original.paragraph.position }],
      });
    }
  },
});
