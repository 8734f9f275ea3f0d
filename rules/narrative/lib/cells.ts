import type { Lang, RelatedInput } from '../../../src/engine/rule.js';
import { cellKey, tableDefinition, type Knowledge } from '../../../src/engine/rule-api.js';
import { Memo } from '../../../src/model/memo.js';
import { tableOf } from '../../../src/model/query.js';
import type { Cell, Generation, Report, Table, TableKind } from '../../../src/model/types.js';
import { columnsByKey } from '../../lib/columns.js';
import { roundFigure } from '../../lib/round.js';

/** The table cells a claim maps to, and what they add up to. */
export interface Target {
  table: Table;
  cells: Cell[];
  /** Sum of the cells, blanks counted as 0. */
  sum: number;
  /** Every cell blank: the table says nothing. */
  blank: boolean;
}

/** Targets by column and patterns: the narrative rules ask a table for the same ones claim after claim. */
const targetsOfTable = new Memo<Table, Map<string, Target | undefined>>(() => new Map());

/** Compiled cell patterns, by column and lexicon pattern (a fixed set). */
const cellPatterns = new Map<string, RegExp>();

function cellPattern(pattern: string, column: string): RegExp {
  const key = `${column} ${pattern}`;
  let compiled = cellPatterns.get(key);
  if (!compiled) cellPatterns.set(key, (compiled = new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\*/g, '[^:]+').replace('{c}', column)}$`)));
  return compiled;
}

/**
 * Cells of the report's table of `kind` whose keys match the lexicon patterns
 * (`withheld.*:{c}` → withheld.stateSecret:total …); undefined when there are none.
 */
export function targetOf(report: Report, kind: TableKind, patterns: string[], column = 'total'): Target | undefined {
  const table = tableOf(report, kind);
  if (!table) return undefined;
  const targets = targetsOfTable.get(table);
  const key = `${column} ${patterns.join(' ')}`;
  if (!targets.has(key)) targets.set(key, findTarget(table, patterns.map((pattern) => cellPattern(pattern, column))));
  return targets.get(key);
}

/** Every cell key a format's table defines, in the order of the format (per knowledge). */
const keysOfDefinition = new Memo((_: Knowledge) => new Map<string, string[]>());

function definedKeys(generation: Generation, kind: TableKind, knowledge: Knowledge): string[] {
  const id = `${generation} ${kind}`;
  const known = keysOfDefinition.get(knowledge);
  let keys = known.get(id);
  if (!keys) {
    const table = tableDefinition(generation, kind, knowledge);
    keys = !table ? [] : table.layout === 'sequence' ? table.cells.map((cell) => cell.key) : table.rows.flatMap((row) => (row.columns ?? table.columns).map((column) => cellKey(row.key, column.key)));
    known.set(id, keys);
  }
  return keys;
}

/**
 * The cells a claim names, as keys of the format's table, whether or not the report has the table:
 * `withheld.*:{c}` in column total → withheld.stateSecret:total … withheld.query:total.
 */
export function cellKeysOf(generation: Generation, kind: TableKind, patterns: string[], knowledge: Knowledge, column = 'total'): readonly string[] {
  // Asked for every claim of every report, from a small set of patterns: the answer is kept per knowledge.
  const known = keysOfPatterns.get(knowledge);
  const id = `${generation} ${kind} ${column} ${patterns.join(' ')}`;
  let keys = known.get(id);
  if (!keys) {
    const compiled = patterns.map((pattern) => cellPattern(pattern, column));
    known.set(id, (keys = definedKeys(generation, kind, knowledge).filter((key) => compiled.some((re) => re.test(key)))));
  }
  return keys;
}

const keysOfPatterns = new Memo((_: Knowledge) => new Map<string, readonly string[]>());

/** The format's label of a cell: "行政诉讼／复议后起诉·结果维持", "维持具体行政行为数"; the key where the format has none. */
export function cellLabel(generation: Generation, kind: TableKind, key: string, knowledge: Knowledge): string {
  const table = tableDefinition(generation, kind, knowledge);
  return (table?.layout === 'sequence' && table.cells.find((cell) => cell.key === key)?.label) || key;
}

function findTarget(table: Table, patterns: RegExp[]): Target | undefined {
  const cells = table.children.filter((cell) => patterns.some((re) => re.test(cell.key)));
  if (cells.length === 0) return undefined;
  const sum = roundFigure(cells.reduce((total, cell) => total + (cell.value ?? 0), 0));
  return { table, cells, sum, blank: cells.every((cell) => cell.value === null) };
}

/** "不予公开·国家秘密（总计）" / "withheld.stateSecret:total". */
function cellName(table: Table, cell: Cell, lang: Lang, knowledge: Knowledge): string {
  const info = columnsByKey(table, knowledge).get(cell.key);
  if (lang === 'en' || !info) return cell.key;
  return info.rowLabel === info.column.label || table.kind !== 'applications' ? info.rowLabel : `${info.rowLabel}（${info.column.label}列）`;
}

/**
 * Related places for a target: its non-zero cells, with values. When all are 0 or blank, the
 * first cell stands for them, named `whole` ("不予公开") if the target sums several rows.
 */
export function relatedCells(target: Target, lang: Lang, knowledge: Knowledge, whole?: string): RelatedInput[] {
  const shown = target.cells.filter((cell) => cell.value);
  if (shown.length === 0 && whole && target.cells.length > 1) {
    const name = lang === 'zh' ? `${whole}（${target.cells.length} 项合计）` : `${whole} (${target.cells.length} rows)`;
    return [{ message: { zh: '{name} = {value}', en: '{name} = {value}' }, data: { name, value: target.sum }, position: target.cells[0]!.position }];
  }
  return (shown.length ? shown : target.cells.slice(0, 1)).map((cell) => ({
    message: { zh: '{name} = {value}', en: '{name} = {value}' },
    data: { name: cellName(target.table, cell, lang, knowledge), value: cell.value ?? (lang === 'zh' ? '空白' : 'blank') },
    position: cell.position,
  }));
}
