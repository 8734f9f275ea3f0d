import { cellKey, knowledge } from '../../src/knowledge/index.js';
import type { RowsTableDefinition, SequenceTableDefinition } from '../../src/knowledge/schema.js';
import type { Generation } from '../../src/model/types.js';

/**
 * The tables of a generation as a publisher lays them out: header cells spanning columns and
 * rows (申请人情况 over 自然人…总计, 三、本年度办理结果 down its result rows), each value cell
 * under its canonical key. Layout renderers (test/support/layouts.ts) write these in every form.
 */
export interface SpanCell {
  text: string;
  rowspan?: number;
  colspan?: number;
  /** Canonical key of the value this cell holds. */
  key?: string;
}

export interface PageTable {
  heading: string;
  rows: SpanCell[][];
  /** Header rows at the top (repeated when a table is split). */
  headerRows: number;
}

/** One cell of the grid a span table covers: the cell, and whether this is where it starts. */
export interface Covered {
  cell: SpanCell;
  origin: boolean;
  /** Where the cell starts, for renderers that write a span's copies differently across and down. */
  fromRow: number;
  fromColumn: number;
}

export function expand(rows: SpanCell[][]): Covered[][] {
  const grid: Covered[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c]) c++;
      for (let dr = 0; dr < (cell.rowspan ?? 1); dr++) {
        for (let dc = 0; dc < (cell.colspan ?? 1); dc++) grid[r + dr]![c + dc] = { cell, origin: dr === 0 && dc === 0, fromRow: r, fromColumn: c };
      }
      c += cell.colspan ?? 1;
    }
  });
  return grid;
}

const value = (key: string): SpanCell => ({ text: '', key });

/** 表三: three header rows, labels over three columns, groups as rowspans. */
function applications(definition: RowsTableDefinition): PageTable {
  const columns = definition.columns;
  const rows: SpanCell[][] = [
    [{ text: '信息内容', rowspan: 3, colspan: 3 }, { text: '申请人情况', colspan: columns.length }],
    [{ text: columns[0]!.label, rowspan: 2 }, { text: '法人或其他组织', colspan: columns.length - 2 }, { text: columns[columns.length - 1]!.label, rowspan: 2 }],
    columns.slice(1, -1).map((column) => ({ text: column.label })),
  ];
  // Numbered rows (1.属于国家秘密…) sit beside their parent ((三)不予公开), spanning them all.
  let parent: string | undefined;
  const body = definition.rows.map((row) => {
    const grouped = /^三、本年度办理结果(.+)$/.exec(row.label);
    const own = grouped ? grouped[1]! : row.label;
    const child = /^(（[一二三四五六七]）\S+?)\s+(\d\..+)$/.exec(own);
    if (child) parent = child[1]!;
    else if (!/^\d\./.test(own)) parent = undefined;
    const inGroup = /^（[一二三四五六七]）|^\d\./.test(own);
    return { row, group: inGroup ? '三、本年度办理结果' : undefined, parent, own: child ? child[2]! : own };
  });
  body.forEach(({ row, group, parent, own }, i) => {
    const cells: SpanCell[] = [];
    if (group && !body[i - 1]?.group) cells.push({ text: group, rowspan: body.filter((other) => other.group).length });
    if (parent) {
      if (body[i - 1]?.parent !== parent) cells.push({ text: parent, rowspan: body.filter((other) => other.parent === parent).length });
      cells.push({ text: own });
    } else cells.push({ text: own, colspan: group ? 2 : 3 });
    cells.push(...columns.map((column) => value(cellKey(row.key, column.key))));
    rows.push(cells);
  });
  return { heading: definition.title, rows, headerRows: 3 };
}

/** 表二: one small table per 第二十条 item, four columns wide, a single value spanning the rest. */
function proactive(definition: RowsTableDefinition, generation: Generation): PageTable {
  const items = ['（一）', '（五）', '（六）', '（八）', '（九）'];
  const groups = generation === 'gb2021'
    ? [['rules', 'normativeDocs'], ['licensing'], ['penalty', 'coercion'], ['fees']]
    : [['rules', 'normativeDocs'], ['licensing', 'otherServices'], ['penalty', 'coercion'], ['fees'], ['procurement']];
  const rows: SpanCell[][] = [];
  groups.forEach((keys, g) => {
    const group = keys.map((key) => definition.rows.find((row) => row.key === key)!);
    const columns = group[0]!.columns ?? definition.columns;
    rows.push([{ text: `第二十条第${items[g]}项`, colspan: 4 }]);
    rows.push([{ text: '信息内容' }, ...spread(columns.map((column) => ({ text: column.label })))]);
    for (const row of group) rows.push([{ text: row.label }, ...spread(columns.map((column) => value(cellKey(row.key, column.key))))]);
  });
  return { heading: definition.title, rows, headerRows: 2 };
}

/** Cells over three columns: the last one spans what the others leave. */
function spread(cells: SpanCell[]): SpanCell[] {
  return cells.map((cell, i) => (i === cells.length - 1 && cells.length < 3 ? { ...cell, colspan: 4 - cells.length } : cell));
}

/** 表四: 行政复议 and 行政诉讼 over their result columns, then one row of 15 values. */
function reviewLitigation(definition: SequenceTableDefinition): PageTable {
  const results = definition.cells.slice(0, 5).map((cell) => cell.label.split('·').pop()!);
  return {
    heading: definition.title,
    headerRows: 3,
    rows: [
      [{ text: '行政复议', colspan: 5 }, { text: '行政诉讼', colspan: 10 }],
      [...results.map((text) => ({ text, rowspan: 2 })), { text: '未经复议直接起诉', colspan: 5 }, { text: '复议后起诉', colspan: 5 }],
      [...results, ...results].map((text) => ({ text })),
      definition.cells.map((cell) => value(cell.key)),
    ],
  };
}

/** The legacy statistical table: 统计指标 / 单位 / 统计数. */
function legacyStats(definition: RowsTableDefinition): PageTable {
  const unit = (label: string) => (/人员数|人数/.test(label) ? '人' : /次数|会议|班数/.test(label) ? '次' : /经费|费用/.test(label) ? '万元' : /机构数|点数/.test(label) ? '个' : '条');
  return {
    heading: definition.title,
    headerRows: 1,
    rows: [
      [{ text: '统计指标' }, { text: '单位' }, { text: '统计数' }],
      ...definition.rows.map((row) => [{ text: row.label }, { text: unit(row.label) }, value(row.key)]),
    ],
  };
}

/** Every table a generation defines, laid out as published. */
export function pageTables(generation: Generation): PageTable[] {
  return knowledge.generations[generation].tables.map((definition) => {
    if (definition.layout === 'sequence') return reviewLitigation(definition);
    if (definition.kind === 'applications') return applications(definition);
    if (definition.kind === 'proactive') return proactive(definition, generation);
    return legacyStats(definition);
  });
}

/** Every value key of the tables, in page order. */
export function valueKeys(tables: PageTable[]): string[] {
  return tables.flatMap((table) => table.rows.flat().flatMap((cell) => (cell.key ? [cell.key] : [])));
}
