import { builtinRules } from '../../../../rules/index.js';
import { cellKeysOf } from '../../../../src/parse/prose/cell-keys.js';
import { lintReport } from '../../../../src/engine/lint.js';
import { resolveConfig } from '../../../../src/engine/resolve.js';
import { adaptText } from '../../../../src/input/text.js';
import { knowledge } from '../../../../src/knowledge/index.js';
import { tableOf } from '../../../../src/model/query.js';
import type { Cell, Report } from '../../../../src/model/types.js';
import { buildReport } from '../../../../src/parse/index.js';
import { locatorOf, rememberLocator } from '../../../../src/model/source.js';
import { FIXTURES, fixtureText } from '../../../fixtures.js';
import type { ExpectedClaim, PhrasebookEntry } from './entry.js';
import { inReportOf } from './read.js';

/**
 * The narrative rules on phrasebook sentences set into a real report: its tables are made to agree with
 * every figure the sentence states (a correct sentence: any finding on it is a false alarm), then one
 * figure at a time is made to disagree (a wrong figure: a finding on its line is a detection). Only the
 * generations a fixture has tables for are measured: gb2021 (001) and legacy (000).
 */
const BASES: Partial<Record<PhrasebookEntry['generation'], string>> = { gb2021: FIXTURES.changleTownship2023, legacy: FIXTURES.amengTownship2017 };
const APPROXIMATE = /(?:约|近|逾|超过)\s*[0-9０-９一二两三四五六七八九十百千]|[0-9０-９十百千万]\s*(?:余|多)/;
const FIGURE_RULES = ['narrative/table-mismatch', 'narrative/category-mismatch'];
const config = resolveConfig({ rules: Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, FIGURE_RULES.includes(rule.meta.id) ? 'error' : 'off'])) }, builtinRules);

export interface Detection {
  /** Own-scope figures made wrong, and how many of them a finding named at their line. */
  wrong: number;
  found: number;
  /** Sentences left correct, and how many drew a finding anyway. */
  correct: number;
  alarms: number;
  missed: string[];
  alarmed: string[];
}

/** The year of a base report, read once. */
const baseYears = new Map<string, number>();
const yearOf = (base: string): number => {
  let year = baseYears.get(base);
  if (year === undefined) baseYears.set(base, (year = buildReport(adaptText(fixtureText(base)), 'text').facts.year!.value));
  return year;
};

/** The base report with the sentence as a paragraph after the first heading: the text and the sentence's line. */
function withSentence(base: string, sentence: string): { text: string; line: number } {
  const lines = base.split('\n');
  const heading = lines.findIndex((line) => /^\s*一、/.test(line));
  lines.splice(heading + 1, 0, '', sentence, '');
  return { text: lines.join('\n'), line: heading + 3 };
}

/** Cells of a claim in the report, or undefined when the report's table lacks one of them. */
function cellsOf(report: Report, claim: ExpectedClaim): Cell[] | undefined {
  const table = tableOf(report, claim.table);
  if (!table) return undefined;
  const keys = cellKeysOf(report.facts.generation, claim.table, claim.cells, knowledge);
  const cells = keys.map((key) => table.children.find((cell) => cell.key === key));
  return keys.length && cells.every(Boolean) ? (cells as Cell[]) : undefined;
}

/**
 * Sets the tables so every own figure of the sentence holds: single cells first, then each sum's first
 * free cell takes what the fixed ones leave (其中上年结转3件 fixes a cell of 受理62件). False when they cannot.
 */
function agree(report: Report, claims: ExpectedClaim[]): boolean {
  const fixed = new Set<Cell>();
  const size = (claim: ExpectedClaim) => cellsOf(report, claim)!.length;
  for (const claim of [...claims].sort((a, b) => size(a) - size(b))) {
    const cells = cellsOf(report, claim)!;
    const free = cells.filter((cell) => !fixed.has(cell));
    const rest = claim.value - cells.filter((cell) => fixed.has(cell)).reduce((sum, cell) => sum + (cell.value ?? 0), 0);
    if (free.length === 0 || rest < 0) return false;
    free.forEach((cell, i) => {
      cell.value = i === 0 ? rest : 0;
      fixed.add(cell);
    });
  }
  // The column a whole figure also is (均为自然人) holds it as well.
  for (const claim of claims) {
    if (!claim.whole) continue;
    const column = cellsOf(report, { ...claim, cells: claim.cells.map((cell) => cell.replace(/:total$/, `:${claim.whole}`)) });
    column?.forEach((cell, i) => (cell.value = i === 0 ? claim.value : 0));
  }
  return true;
}

function findingsAt(report: Report, line: number): string[] {
  return lintReport(report, [], config, 'zh').filter((d) => d.position.start.line === line).map((d) => d.message);
}

export function detect(entries: PhrasebookEntry[]): Detection {
  const result: Detection = { wrong: 0, found: 0, correct: 0, alarms: 0, missed: [], alarmed: [] };
  for (const entry of entries) {
    const base = BASES[entry.generation];
    if (!base) continue;
    const { text, line } = withSentence(fixtureText(base), inReportOf(entry.sentence, yearOf(base)));
    // The sentence's body stands in for the base report's: a copy of the model naming that body, whose prose
    // (read with the model) is read again for it.
    const fresh = () => {
      const read = buildReport(adaptText(text), 'text');
      const report: Report = { ...read, facts: { ...read.facts, body: { value: entry.body } } };
      rememberLocator(report, locatorOf(read));
      return report;
    };
    const probe = fresh();
    // An approximate figure (约300件, 300余件) is never an exact claim: such sentences are left out (the tables cannot be
    // made to agree with them, so a finding on their exact figures would be no false alarm).
    if (APPROXIMATE.test(entry.sentence)) continue;
    const checked = entry.claims.filter((claim) => claim.scope === 'own' && cellsOf(probe, claim));
    if (!agree(probe, checked)) continue;
    result.correct++;
    const alarms = findingsAt(probe, line);
    if (alarms.length) {
      result.alarms++;
      result.alarmed.push(`${entry.sentence} → ${alarms.join(' | ')}`);
    }
    checked.forEach((claim, i) => {
      const report = fresh();
      agree(report, checked);
      const cell = cellsOf(report, claim)![0]!;
      cell.value = (cell.value ?? 0) + 1 + (i % 3);
      result.wrong++;
      if (findingsAt(report, line).length) result.found++;
      else result.missed.push(`${entry.sentence} [${claim.cells.join('+')} = ${claim.value}]`);
    });
  }
  return result;
}
