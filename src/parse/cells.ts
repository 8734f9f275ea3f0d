import type { Position } from 'unist';
import { locate, sliceMapped, type GridBlock, type MappedText } from '../model/block.js';
import type { SourceLocator } from '../model/source.js';
import { isValueCell, normalizeLabel } from '../knowledge/normalize.js';

/** Anything a table is read from: a grid cell, a line of flattened text, or part of one. */
export interface CellText extends MappedText {
  position: Position;
}

/** One row as a table reader sees it: label cells, then value cells. */
export interface CandidateRow {
  labels: CellText[];
  values: CellText[];
}

const UNIT_ONLY = /^(条|件|个|次|人|人次|万元|元|项|篇|家|期|场)$/;

/** Rows of a real table: leading label cells, then the non-spanned cells from the first value on. */
export function rowsFromGrid(grid: GridBlock, locator: SourceLocator): CandidateRow[] {
  return grid.rows.map((row) => {
    const firstValue = row.findIndex((cell, i) => isValueCell(cell.text) && row.slice(i).every((c) => c.spanned || isValueCell(c.text) || UNIT_ONLY.test(normalizeLabel(c.text))));
    const split = firstValue < 0 ? row.length : firstValue;
    const labels = dedupeSpanned(row.slice(0, split)).filter((cell) => normalizeLabel(cell.text) && !UNIT_ONLY.test(normalizeLabel(cell.text)));
    const values = row.slice(split).filter((cell) => !cell.spanned && !UNIT_ONLY.test(normalizeLabel(cell.text))).map((cell) => written(cell, locator));
    return { labels, values };
  });
}

/** A value cell narrowed to its written text, so a finding marks "4", not the whole `<td>4</td>`. */
function written(cell: CellText, locator: SourceLocator): CellText {
  const start = cell.text.length - cell.text.trimStart().length;
  const end = cell.text.trimEnd().length;
  if (start >= end || cell.spans.length === 0) return cell;
  return { ...sliceMapped(cell, start, end), position: locate(cell, locator, start, end) };
}

/** A rowspan/colspan copy repeats its label in the same row only once. */
function dedupeSpanned<T extends CellText & { spanned?: boolean }>(cells: T[]): T[] {
  return cells.filter((cell, i) => i === 0 || cell.text !== cells[i - 1]!.text);
}

const GLUED_VALUE = /^(.*?)(?:万元|人次|个|人|次|条|件|元)?\s*(\d+(?:\.\d+)?)?\s*$/s;

/** A legacy statistical line: the number glued to its label ("政府网站公开政府信息数244"). */
export function splitGlued(cell: CellText, locator: SourceLocator): CandidateRow {
  const folded = cell.text.normalize('NFKC');
  const match = GLUED_VALUE.exec(folded);
  const number = match?.[2];
  if (!number || folded.length !== cell.text.length) return { labels: [cell], values: [emptyValue(cell)] };
  const at = folded.length - folded.trimEnd().length;
  const end = cell.text.length - at;
  const start = end - number.length;
  const labelText = cell.text.slice(0, start);
  return {
    labels: [{ text: labelText, spans: cell.spans, position: cell.position }],
    values: [{ ...sliceMapped(cell, start, end), position: locate(cell, locator, start, end) }],
  };
}

/** A value that is absent: blank text, placed at the end of the row's label. */
export function emptyValue(after: CellText): CellText {
  const end = after.position.end;
  return { text: '', spans: [], position: { start: end, end } };
}

export function labelText(row: CandidateRow): string {
  return normalizeLabel(row.labels.map((cell) => cell.text).join(''));
}
