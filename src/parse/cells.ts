import type { Position } from 'unist';
import { locate, sliceMapped, type MappedText } from '../model/block.js';
import type { SourceLocator } from '../model/source.js';
import { normalizeLabel } from '../knowledge/normalize.js';

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

/** A cell that holds only a unit (the 单位 column of a statistical table). */
export function isUnitOnly(normalized: string): boolean {
  return UNIT_ONLY.test(normalized);
}

/** A value cell narrowed to its written text, so a finding marks "4", not the whole `<td>4</td>`. */
export function writtenValue(cell: CellText, locator: SourceLocator): CellText {
  const start = cell.text.length - cell.text.trimStart().length;
  const end = cell.text.trimEnd().length;
  if (start >= end || cell.spans.length === 0) return cell;
  return { ...sliceMapped(cell, start, end), position: locate(cell, locator, start, end) };
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
