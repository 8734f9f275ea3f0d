import { readFileSync } from 'node:fs';
import { adaptText } from '../../../../src/input/text.js';
import { knowledge } from '../../../../src/knowledge/index.js';
import { buildReport } from '../../../../src/parse/index.js';
import { claimsOf } from '../../../../src/parse/prose/claims.js';
import { cellKeysOf } from '../../../../src/parse/prose/cell-keys.js';
import type { ExpectedClaim, PhrasebookEntry } from './entry.js';

const YEAR = { legacy: 2015, gb2019: 2020, gb2021: 2023 } as const;

export const phrasebook = (file: string): PhrasebookEntry[] =>
  JSON.parse(readFileSync(new URL(`../../../../fixtures/phrasebook/${file}`, import.meta.url), 'utf8')) as PhrasebookEntry[];

/** A claim as the phrasebook states it: cell keys spelled out (withheld.* → every 不予公开 row) and sorted. */
const normal = (generation: PhrasebookEntry['generation'], claim: ExpectedClaim): string => {
  const cells = [...cellKeysOf(generation, claim.table, claim.cells, knowledge)].sort().join('+');
  return `${claim.table} ${cells || claim.cells.join('+')} = ${claim.value}${claim.unit} (${claim.scope})`;
};

/**
 * A sentence whose clauses open with years ("2012年度全镇共公开…"; "2016年…58件，2017年受理49件") comes from the
 * report of the latest of them: set into a report of another year, its years move with it, as its writer meant.
 */
export function inReportOf(sentence: string, year: number): string {
  const leading = [...sentence.matchAll(/(?:^|[，,；;。])\s*(?:在|于)?(20\d{2})\s*年/g)].map((match) => Number(match[1]));
  if (leading.length === 0) return sentence;
  const shift = year - Math.max(...leading);
  return sentence.replace(/20\d{2}(?=\s*年)/g, (written) => String(Number(written) + shift));
}

/** The sentence in a report of its body and generation, and the claims the reader takes from it. */
export function readEntry(entry: PhrasebookEntry): { expected: string[]; actual: string[] } {
  const year = YEAR[entry.generation];
  const text = `${entry.body}${year}年政府信息公开工作年度报告\n一、总体情况\n${inReportOf(entry.sentence, year)}\n`;
  const report = buildReport(adaptText(text), 'text');
  const actual = claimsOf(report, knowledge).map((claim) =>
    normal(entry.generation, {
      table: claim.entry.table,
      cells: [...cellKeysOf(entry.generation, claim.entry.table, claim.cells, knowledge, claim.whole ? 'total' : claim.column)],
      value: claim.value,
      unit: claim.unit,
      scope: claim.scope,
    }),
  );
  return { expected: entry.claims.map((claim) => normal(entry.generation, claim)), actual };
}

/** Sentences read exactly (the same claims, in order), and the rest for a failure message. */
export function measure(entries: PhrasebookEntry[]): { exact: number; misread: Array<{ sentence: string; expected: string[]; actual: string[] }> } {
  const misread = entries.flatMap((entry) => {
    const { expected, actual } = readEntry(entry);
    return JSON.stringify(expected) === JSON.stringify(actual) ? [] : [{ sentence: entry.sentence, expected, actual }];
  });
  return { exact: entries.length - misread.length, misread };
}
