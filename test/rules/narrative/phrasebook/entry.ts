/** One sentence of the phrasebook (fixtures/phrasebook/*.json) and the claims a careful reader takes from it. */
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
}

export const claim = (table: ExpectedClaim['table'], cells: string[], value: number, unit: string, scope: ExpectedClaim['scope']): ExpectedClaim => ({ table, cells, value, unit, scope });
