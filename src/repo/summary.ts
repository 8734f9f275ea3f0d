import type { Position } from 'unist';
import { tableOf } from '../model/query.js';
import { Memo } from '../model/memo.js';
import { knowledge, type Knowledge } from '../knowledge/index.js';
import { TABLE_KINDS } from '../knowledge/kinds.js';
import type { Cell, Generation, Located, Report, TableKind } from '../model/types.js';
import type { ChangeKind } from '../model/claim.js';
import { bodyOf } from '../parse/body.js';
import { changesOf } from '../parse/prose/changes.js';
import { cellKeysOf } from '../parse/prose/cell-keys.js';
import { isChecked } from '../parse/prose/claims.js';
import { normalizeBody } from './bodies.js';
import { fingerprintProse, type ProseFingerprint } from './fingerprint.js';
import { placeAt, placeNumbers, PLACE_NUMBERS } from './places.js';

/**
 * What the cross-report rules need of one report, made right after its own rules ran so the
 * model can be dropped: the cells, the prose (as hashes) and the stated changes that the run's rules declared they need. Plain data and
 * typed arrays, packed into one byte array (packSummary) for worker messages and the cache; a run
 * unpacks 10,000s of them at once, so they are a handful of objects each, not hundreds.
 */
export interface RepoSummary {
  filePath: string;
  generation: Generation;
  year?: number;
  /** Normalised body name (see normalizeBody); aliases are applied later, when grouping. */
  body?: string;
  /** Where the report names its year (else its title, else line 1): findings about the whole report go here. */
  anchor: Position;
  /** The cells of the rows the rules need (`carriedOver:*` …): read them with cellValue, cellOf and columnsUnder. */
  cells: SummaryCells;
  /** Empty unless a rule needs the sentences. */
  prose: ProseFingerprint;
  /** The changes against last year the prose states of the report's own exact figures; empty unless a rule needs them. */
  changes: SummaryChange[];
}

/** "收到申请120件，同比增长20%": the change, and the cells of the figure it is about (as keys of the format's table). */
export interface SummaryChange {
  kind: ChangeKind;
  /** 1 a rise, −1 a fall, 0 持平 and a ratio. */
  direction: -1 | 0 | 1;
  /** 20 for 增长20%, 3 for 减少3件, 2 for 2倍, 0 for 持平. */
  value: number;
  /** Digits written after the decimal point: how far the stated figure was rounded. */
  decimals: number;
  /** The phrase as written: "同比增长20%". */
  text: string;
  table: TableKind;
  /** Id of the claim vocabulary's entry (`received`), for its label. */
  entry: string;
  /** The figure's unit (件). */
  unit: string;
  /** Cell keys summed: `received:total`. */
  cells: readonly string[];
  position: Position;
}

/** What a cross-report rule reads of each report, besides its body, year and anchor. */
export interface SummaryNeeds {
  /** Per table, the rows whose cells (every column) it compares, or single cells: `{ applications: ['carriedOver', 'received:total'] }`. */
  cells?: Partial<Record<TableKind, string[]>>;
  /** The prose as hashed sentences. */
  sentences?: boolean;
  /** The changes against last year the prose states (同比增长20%). */
  changes?: boolean;
}

/** Every total cell a claim can name, by table (neededByAll adds them for a rule that reads stated changes). */
const claimedCells = new Memo((from: Knowledge) => {
  const cells: Partial<Record<TableKind, Set<string>>> = {};
  for (const entry of from.claims.counts) {
    for (const generation of entry.generations) for (const key of cellKeysOf(generation, entry.table, entry.cells, from)) (cells[entry.table] ??= new Set()).add(key);
  }
  return cells;
});

/**
 * What a run's rules need together, in one order whatever the rules' (it is part of the cache key). A
 * rule that reads stated changes needs every total cell a claim can name too: a change may be about
 * any of them, and any report may be another's previous year.
 */
export function neededByAll(needs: SummaryNeeds[]): SummaryNeeds {
  const changes = needs.some((need) => need.changes);
  const claimed = changes ? claimedCells.get(knowledge) : {};
  const cells: Partial<Record<TableKind, string[]>> = {};
  for (const kind of TABLE_KINDS) {
    const rows = [...new Set([...needs.flatMap((need) => need.cells?.[kind] ?? []), ...(claimed[kind] ?? [])])].sort();
    if (rows.length) cells[kind] = rows;
  }
  return { cells, sentences: needs.some((need) => need.sentences), changes };
}

/**
 * Cells, flat: cell i has key i of `keys` (joined with `|`), value `numbers[5i]` (NaN: blank) and
 * place `numbers[5i+1 … 5i+4]` (line, column, end line, end column; all 0 when it has none).
 */
export interface SummaryCells {
  keys: string;
  /** Cell i's value (NaN: blank). */
  values: Float64Array;
  /** Cell i's place at 4i … 4i+3 (all 0: none); whole numbers, so half the bytes of float64 (10,000s of summaries are held at once). */
  places: Uint32Array;
}

const START: Position = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
const NO_PROSE: ProseFingerprint = { hashes: new Float64Array(0), weights: new Uint32Array(0), places: new Uint32Array(0) };
export const NO_CHANGES: SummaryChange[] = [];

export function packCells(cells: Cell[]): SummaryCells {
  const values = new Float64Array(cells.length);
  const places = new Uint32Array(cells.length * PLACE_NUMBERS);
  cells.forEach((cell, i) => {
    values[i] = cell.value ?? Number.NaN;
    places.set(placeNumbers(cell.position), i * PLACE_NUMBERS);
  });
  return { keys: cells.map((cell) => cell.key).join('|'), values, places };
}

/**
 * Key → cell index, one per distinct key list: reports of one generation list the same cells, so
 * 10,000 summaries share a handful of these (a map per summary cost more than the rules). Each
 * summary finds its own once: comparing its long key list on every lookup would cost as much.
 */
const keyIndexes = new Map<string, Map<string, number>>();
const indexOfKey = new Memo((cells: SummaryCells) => {
  let index = keyIndexes.get(cells.keys);
  if (!index) keyIndexes.set(cells.keys, (index = new Map(cells.keys ? cells.keys.split('|').map((key, i) => [key, i]) : [])));
  return index;
});

function unpackCell({ values, places }: SummaryCells, index: number): Located<number | null> {
  const value = values[index]!;
  const at = index * PLACE_NUMBERS;
  // Line 0: the cell has no place.
  return { value: Number.isNaN(value) ? null : value, ...(places[at]! > 0 && { position: placeAt(places, at) }) };
}

/** The value of cell `key` (null: blank), undefined when the report lacks it: a rule compares values first and asks places only of a finding. */
export function cellValue(summary: RepoSummary, key: string): number | null | undefined {
  const index = indexOfKey.get(summary.cells).get(key);
  if (index === undefined) return undefined;
  const value = summary.cells.values[index]!;
  return Number.isNaN(value) ? null : value;
}

/** The cell `key` (`carriedOver:natural`, `rules:inForce` …) with its place, when the report has it. */
export function cellOf(summary: RepoSummary, key: string): Located<number | null> | undefined {
  const index = indexOfKey.get(summary.cells).get(key);
  return index === undefined ? undefined : unpackCell(summary.cells, index);
}

/** The rest of the keys that start with `prefix` (`carriedOver:` → `natural`, `commercial` …), in table order. */
export function columnsUnder(summary: RepoSummary, prefix: string): string[] {
  const byPrefix = columnsOfIndex.get(indexOfKey.get(summary.cells));
  let columns = byPrefix.get(prefix);
  if (!columns) byPrefix.set(prefix, (columns = [...indexOfKey.get(summary.cells).keys()].filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length))));
  return columns;
}

/** Per shared key index: prefix → its columns, worked out once. */
const columnsOfIndex = new Memo((_index: Map<string, number>) => new Map<string, string[]>());

/** Cells of the rows needed, table by table in table order; a row's cells are keyed `row:column` (or `row` alone). */
function neededCells(report: Report, cells: SummaryNeeds['cells'] = {}): Cell[] {
  return TABLE_KINDS.flatMap((kind) => {
    const rows = cells[kind];
    const table = rows && tableOf(report, kind);
    if (!table) return [];
    const needed = rowSets.get(rows);
    return table.children.filter((cell) => isNeeded(cell.key, needed));
  });
}

/** A run's rows of a table as a set, once per run: testing every cell against every row (52 of them) cost more than the rest of the summary. */
const rowSets = new Memo((rows: string[]) => new Set(rows));

/** Whether `key` is a needed row, or a cell of one: what comes before any of its colons is. */
function isNeeded(key: string, rows: Set<string>): boolean {
  if (rows.has(key)) return true;
  for (let colon = key.indexOf(':'); colon >= 0; colon = key.indexOf(':', colon + 1)) if (rows.has(key.slice(0, colon))) return true;
  return false;
}

export function summarizeForRepository(report: Report, filePath: string, needs: SummaryNeeds): RepoSummary {
  const { facts } = report;
  // An office that speaks for its government files the government's report (bodyOf's identity).
  const named = bodyOf(report)?.identity ?? facts.body?.value;
  const body = named && normalizeBody(named);
  return {
    filePath,
    generation: facts.generation,
    ...(facts.year && { year: facts.year.value }),
    ...(body && { body }),
    // Line and column only, as every place of a summary (packed, it keeps no more).
    anchor: placeAt(placeNumbers(facts.year?.position ?? facts.title?.position ?? START), 0),
    cells: packCells(neededCells(report, needs.cells)),
    prose: needs.sentences ? fingerprintProse(report, named ? [...new Set([facts.body?.value ?? named, named, body!])] : []) : NO_PROSE,
    changes: needs.changes ? statedChanges(report) : NO_CHANGES,
  };
}

/** The stated changes of the report's own exact figures, as plain data. */
function statedChanges(report: Report): SummaryChange[] {
  return changesOf(report, knowledge)
    .filter(({ claim }) => isChecked(claim))
    .map(({ claim, kind, direction, value, decimals, text, position }) => ({
      kind,
      direction,
      value,
      decimals,
      text,
      table: claim.entry.table,
      entry: claim.entry.id,
      unit: claim.unit,
      cells: cellKeysOf(report.facts.generation, claim.entry.table, claim.cells, knowledge, claim.whole ? 'total' : claim.column),
      position: placeAt(placeNumbers(position), 0),
    }));
}
