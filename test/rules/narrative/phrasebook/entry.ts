/**
 * One sentence of the phrasebook and the claims a careful reader takes from it. fixtures/phrasebook/ holds
 * sentences worded as real reports word their figures (docs/phrasing.md), none copied from a report:
 * - phrasebook.json, made by generate.ts (phrasings × numerals × scopes, plus odd-ones.ts); the claim reader
 *   is tuned on it;
 * - held-out.json, written by hand before any measuring, measured blind once, a dev set since (docs/evaluation.md).
 * (No README there: `xxgk-lint fixtures/` would lint it as a report.)
 */
export interface PhrasebookEntry {
  generation: 'legacy' | 'gb2019' | 'gb2021';
  /** The report's body: whether 全县 is its own scope depends on it. */
  body: string;
  sentence: string;
  /** Every figure the sentence ties to table cells, in order; none for "no claim". */
  claims: ExpectedClaim[];
}

export interface ExpectedClaim {
  table: 'proactive' | 'applications' | 'reviewLitigation' | 'legacyStats';
  /** Cell keys summed; `withheld.*:total` stands for every 不予公开 row of the total column. */
  cells: string[];
  value: number;
  unit: string;
  scope: 'own' | 'region' | 'part' | 'other';
  /** "36件（均为自然人提交）": the applicant column the whole figure also is; the detection measure sets it too. */
  whole?: string;
}

export const claim = (table: ExpectedClaim['table'], cells: string[], value: number, unit: string, scope: ExpectedClaim['scope']): ExpectedClaim => ({ table, cells, value, unit, scope });
