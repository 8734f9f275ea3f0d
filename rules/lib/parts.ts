import type { Knowledge, SectionDefinition } from '../../src/engine/rule-api.js';
import { partsOf } from '../../src/model/query.js';
import type { Report, Section } from '../../src/model/types.js';

export interface PartMatch {
  part: Section;
  /** Index into the generation's section definitions, or undefined for a part the format does not name. */
  definitionIndex?: number;
}

/**
 * Ties each top-level part to the format's part it is, by key words (titles vary: 总体情况/概述).
 * Where several definitions match, the one at the part's own number wins (一 → the first).
 */
export function matchParts(report: Report, knowledge: Knowledge): { definitions: SectionDefinition[]; matches: PartMatch[] } {
  const definitions = knowledge.generations[report.facts.generation].sections;
  const matches = partsOf(report).map((part): PartMatch => {
    const candidates = definitions.flatMap((definition, index) => (definition.match.some((pattern) => new RegExp(pattern).test(part.title)) ? [index] : []));
    return { part, definitionIndex: candidates.includes(part.ordinal - 1) ? part.ordinal - 1 : candidates[0] };
  });
  return { definitions, matches };
}
