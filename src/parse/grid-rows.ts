import { isValueCell, normalizeLabel, parseCellNumber } from '../knowledge/normalize.js';
import type { ColumnDefinition, RowsTableDefinition } from '../knowledge/schema.js';
import type { GridBlock, GridCell } from '../model/block.js';
import { Memo } from '../model/memo.js';
import type { SourceLocator } from '../model/source.js';
import { isUnitOnly, writtenValue, type CandidateRow, type CellText } from './cells.js';

/**
 * One row of a real table. Converters write a spanned cell as empty cells or as the text repeated
 * in each, and drop or keep the cells a rowspan covers, so a value's position in the row says
 * little: the values are taken under the columns the header rows named, or else by counting.
 */
export interface GridLine extends CandidateRow {
  cells: GridCell[];
  /** Normalised text of each cell. */
  texts: string[];
  hasNumber: boolean;
}

const isBlank = (cell: GridCell) => parseCellNumber(cell.text).kind === 'blank';
const isNumber = (cell: GridCell) => parseCellNumber(cell.text).kind === 'number';

/** Each grid row split into its labels and its trailing values (the values as counting reads them). */
export function gridLines(grid: GridBlock): GridLine[] {
  return grid.rows.map((cells) => {
    const texts = cells.map((cell) => normalizeLabel(cell.text));
    const start = valueRegionStart(cells, texts);
    return {
      cells,
      texts,
      labels: labelsBefore(cells, texts, start),
      values: cells.slice(start).filter((cell, i) => !cell.spanned && !isUnitOnly(texts[start + i]!)),
      hasNumber: cells.slice(start).some(isNumber),
    };
  });
}

/** Where the run of value cells that ends the row begins (units such as 件 may stand among them). */
function valueRegionStart(cells: GridCell[], texts: string[]): number {
  let start = cells.length;
  while (start > 0 && (isValueCell(cells[start - 1]!.text) || isUnitOnly(texts[start - 1]!))) start--;
  while (start < cells.length && isUnitOnly(texts[start]!)) start++;
  return start;
}

/** The label cells before `end`: written ones, a span's copies and repeats counted once. */
function labelsBefore(cells: GridCell[], texts: string[], end: number): CellText[] {
  return cells.slice(0, end).filter((cell, i) => texts[i] && !isUnitOnly(texts[i]!) && !isValueCell(cell.text) && (i === 0 || cell.text !== cells[i - 1]!.text));
}

/** Header texts that name each column of a definition: its label, and the variants the knowledge data lists. */
const headerPatternsOf = new Memo((definition: RowsTableDefinition) => {
  const byKey = new Map<string, RegExp[]>();
  for (const column of [definition.columns, ...definition.rows.map((row) => row.columns ?? [])].flat()) {
    if (byKey.has(column.key)) continue;
    const label = normalizeLabel(column.label).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    byKey.set(column.key, [new RegExp(`^${label}$`), ...column.match.map((source) => new RegExp(source))]);
  }
  return byKey;
});

/** A column of row codes or serial numbers (statistical forms' 代码 01, 02 …): its figures label the row. */
export const CODE_COLUMN = /^(代码|序号|编号|行次|栏次)$/;

/** Where each column's header sits in the grid, and how wide the header row was. */
export class ColumnAnchors {
  private readonly at = new Map<string, { index: number; width: number; written: number }>();
  /** Grid columns of row codes, at the width of the header row that named them. */
  private readonly codes: Array<{ index: number; width: number }> = [];

  constructor(private readonly definition: RowsTableDefinition) {}

  /** Remembers the columns a header row names, and where its written cells end; true when it names any. */
  learn(line: GridLine): boolean {
    const named = new Set<string>();
    const written = line.cells.findLastIndex((cell) => !isBlank(cell)) + 1;
    line.texts.forEach((text, index) => {
      if (!text) return;
      if (CODE_COLUMN.test(text)) this.codes.push({ index, width: line.cells.length });
      for (const [key, patterns] of headerPatternsOf.get(this.definition)) {
        // A span repeated in each of its cells names its column at the first of them.
        if (named.has(key) || !patterns.some((pattern) => pattern.test(text))) continue;
        this.at.set(key, { index, width: line.cells.length, written });
        named.add(key);
        break;
      }
    });
    return named.size > 0;
  }

  /**
   * The values of a data row under the columns, narrowed to their written text; undefined when
   * they cannot be read with confidence. A row shorter or longer than its header (the cells a
   * rowspan covers left out, colspans that disagree, a header written left of its values) is
   * lined up by its right end, its left end or its header's written end, whichever fits best.
   */
  valuesOf(line: GridLine, columns: ColumnDefinition[], locator: SourceLocator): CellText[] | undefined {
    const read = this.underHeaders(line, columns) ?? this.agreeing(line, columns, counted(line, columns.length));
    return read?.map((cell) => writtenValue(cell, locator));
  }

  /**
   * Values found by counting, unless one stands left of the header naming its column in a row as
   * wide as the header's (no layout puts a header right of its values): a converter that lost
   * columns leaves a row as long as its values with the label's empty cells counted in, and
   * counting would move every figure two columns right.
   */
  private agreeing(line: GridLine, columns: ColumnDefinition[], read: GridCell[] | undefined): GridCell[] | undefined {
    if (!read) return undefined;
    const contradicts = columns.some((column, i) => {
      const anchor = this.at.get(column.key);
      return anchor?.width === line.cells.length && line.cells.indexOf(read[i]!) < anchor.index;
    });
    return contradicts ? undefined : read;
  }

  private underHeaders(line: GridLine, columns: ColumnDefinition[]): GridCell[] | undefined {
    const found = columns.map((column) => this.at.get(column.key));
    if (found.some((anchor) => !anchor)) return undefined;
    const anchors = found as Array<NonNullable<(typeof found)[number]>>;
    const { cells } = line;
    const first = anchors[0]!;
    // Lined up by the row's right end, by its left end, or by the end of the header's written
    // cells: a header cell written once for a span (pandoc's pipe tables) leaves empty cells at the
    // end of the header row, and the data sits that many columns right of its header.
    const shifts = [cells.length - first.width, 0, cells.length - first.written];
    let best: { indexes: number[]; leftBehind: number } | undefined;
    for (const shift of shifts) {
      const indexes = anchors.map((anchor) => anchor.index + shift);
      const codes = new Set(this.codes.filter((code) => code.width === first.width).map((code) => code.index + shift));
      if (!fits(line, indexes, codes)) continue;
      // A figure after the reading passes for a span's repeat only if no reading takes it as a value.
      const leftBehind = cells.slice(indexes[indexes.length - 1]! + 1).filter((cell) => !cell.spanned && !isBlank(cell)).length;
      if (!best || leftBehind < best.leftBehind) best = { indexes, leftBehind };
    }
    return best?.indexes.map((i) => cells[i]!);
  }
}

/** Values at these indexes make sense: value cells in order, no number among the labels before them but row codes, nothing but copies after. */
function fits(line: GridLine, indexes: number[], codes: Set<number>): boolean {
  const { cells } = line;
  if (indexes.some((i, n) => i < 0 || i >= cells.length || (n > 0 && i <= indexes[n - 1]!))) return false;
  if (indexes.some((i) => !isValueCell(cells[i]!.text))) return false;
  if (cells.slice(0, indexes[0]).some((cell, i) => isNumber(cell) && !codes.has(i))) return false;
  const last = indexes[indexes.length - 1]!;
  return cells.slice(last + 1).every((cell, k) => cell.spanned || isBlank(cell) || cell.text === cells[last + k]!.text || isUnitOnly(line.texts[last + 1 + k]!));
}

/** Without headers: the row's trailing values, less the empty or repeated cells a span left beside them. */
function counted(line: GridLine, count: number): GridCell[] | undefined {
  const values = [...line.values];
  while (values.length > count && isBlank(values[0]!)) values.shift();
  while (values.length > count && (isBlank(values[values.length - 1]!) || values[values.length - 1]!.text === values[values.length - 2]!.text)) values.pop();
  return values.length === count ? values : undefined;
}
