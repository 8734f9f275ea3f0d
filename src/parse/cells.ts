import type { Position } from 'unist';
import { locate, sliceMapped, type MappedText } from '../model/block.js';
import type { SourceLocator } from '../model/source.js';
import { normalizeLabel } from '../knowledge/normalize.js';

/** Anything a table is read from: a grid cell, a line of flattened text, or part of one. */
export interface CellText extends MappedText {
  position: Position;
  /** Its text may be incomplete (a cell the page's edge cut): no value is read from it. */
  cut?: boolean;
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
  return { ...sliceMapped(cell, start, end), position: locate(cell, locator, start, end), ...(cell.cut && { cut: true }) };
}

const GLUED_VALUE = /^(.*?)(?:万元|人次|个|人|次|条|件|元)?\s*(\d+(?:,\d{3})*(?:\.\d+)?|[—\-/])?\s*$/s;

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

const VALUE_TOKEN = '(?:[+-]?[0-9０-９][0-9０-９,]*(?:\\.[0-9０-９]+)?|[—－/／-])';
/** A flattened row: its label, then its values apart by spaces, the first perhaps glued to the label ("规章0 0 15"). */
const ROW_LINE = new RegExp(`^(.*?)(${VALUE_TOKEN}(?:[ \\t\\u00a0\\u3000]+${VALUE_TOKEN})*)\\s*$`, 's');
const TOKEN = new RegExp(VALUE_TOKEN, 'g');

/** A row flattened onto one line, split into its label and its values; undefined when the line does not end in values. */
export function splitRowLine(cell: CellText, locator: SourceLocator): CandidateRow | undefined {
  const match = ROW_LINE.exec(cell.text);
  if (!match) return undefined;
  const labelEnd = match[1]!.trimEnd().length;
  const values: CellText[] = [];
  for (const token of match[2]!.matchAll(TOKEN)) {
    const start = match[1]!.length + token.index!;
    const end = start + token[0].length;
    values.push({ ...sliceMapped(cell, start, end), position: locate(cell, locator, start, end) });
  }
  const labels = labelEnd > 0 ? [{ ...sliceMapped(cell, 0, labelEnd), position: locate(cell, locator, 0, labelEnd) }] : [];
  return { labels, values };
}

/** A value that is absent: blank text, placed at the end of the row's label. */
export function emptyValue(after: CellText): CellText {
  const end = after.position.end;
  return { text: '', spans: [], position: { start: end, end } };
}

export function labelText(row: CandidateRow): string {
  return normalizeLabel(row.labels.map((cell) => cell.text).join(''));
}
