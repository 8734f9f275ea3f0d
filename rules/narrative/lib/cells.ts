import type { Lang, RelatedInput } from '../../../src/engine/rule.js';
import type { Knowledge } from '../../../src/engine/rule-api.js';
import { Memo } from '../../../src/model/memo.js';
import { tableOf } from '../../../src/model/query.js';
import type { Cell, Report, Table, TableKind } from '../../../src/model/types.js';
import { columnsByKey } from '../../lib/columns.js';
import { roundFigure } from '../../../src/model/round.js';
import { cellPattern } from '../../../src/parse/prose/cell-keys.js';

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
