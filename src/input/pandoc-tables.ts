import type { GridBlock, GridCell } from '../model/block.js';
import type { SourceLocator } from '../model/source.js';
import { MappedBuilder } from './mapped-builder.js';
import { ESCAPABLE, linesBetween, type SourceLine } from './pipe-table.js';

/**
 * Pandoc's grid tables (`+---+` borders) and multiline tables (dash rules, rows apart by blank
 * lines), which CommonMark reads as paragraphs and thematic breaks. Their columns are where the
 * border's `+` or the rule's dashes stand, counted in display columns: pandoc lines CJK text up
 * with each character two columns wide.
 */
export interface TextTable {
  from: number;
  to: number;
  grid: GridBlock;
}

const GRID_BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;
const GRID_LINE = /^\s*[+|]/;
const FULL_RULE = /^\s*-{3,}\s*$/;
const COLUMN_RULE = /^\s*-{2,}(?:[ \t]+-{2,})+\s*$/;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Columns a character takes on screen: two for East Asian wide characters. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** Display column where each UTF-16 index of the line starts (one entry past the end). */
function columnsOf(text: string): number[] {
  const columns: number[] = [];
  let column = 0;
  for (let i = 0; i < text.length; i++) {
    columns.push(column);
    const code = text.charCodeAt(i);
    // The high half of a surrogate pair takes the character's width; the low half none.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    column += WIDE.test(text[i]!) ? 2 : 1;
  }
  columns.push(column);
  return columns;
}

/** A source with no line that could start either table is not scanned line by line. */
const MAY_HOLD = /^[ \t]*(?:\+[-=]|-{3,}[ \t]*$|-{2,}[ \t]+-{2,})/m;

/** Grid and multiline tables of a Markdown source, in order. */
export function findPandocTables(source: string, locator: SourceLocator): TextTable[] {
  if (!MAY_HOLD.test(source)) return [];
  const lines = linesBetween(source, 0, source.length);
  const tables: TextTable[] = [];
  // The last line a table found so far takes.
  let taken = -1;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const found = GRID_BORDER.test(text)
      ? gridTable(lines, i, locator)
      : FULL_RULE.test(text)
        ? multilineTable(lines, i, locator)
        : COLUMN_RULE.test(text)
          ? (headerlessTable(lines, i, locator) ?? (i - 1 > taken ? simpleTable(lines, i, locator) : undefined))
          : undefined;
    if (!found) continue;
    tables.push(found.table);
    i = taken = found.last;
  }
  return tables;
}

/** One cell being read: its text over the lines of its row. */
class CellReader {
  private readonly text = new MappedBuilder();
  private from = -1;

  add(line: SourceLine, start: number, end: number): void {
    const raw = line.text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const piece = raw.trim();
    if (!piece) return;
    const at = line.offset + start + lead;
    if (this.from < 0) this.from = at;
    // pandoc escapes punctuation in cells (a footnote mark 4\* ): the escaped character is the text.
    let from = 0;
    for (let i = 0; i + 1 < piece.length; i++) {
      if (piece[i] !== '\\' || !ESCAPABLE.test(piece[i + 1]!)) continue;
      if (i > from) this.text.appendExact(piece.slice(from, i), at + from);
      from = ++i;
    }
    this.text.appendExact(piece.slice(from), at + from);
  }

  finish(locator: SourceLocator, fallback: number): GridCell {
    const mapped = this.text.finish();
    const last = mapped.spans[mapped.spans.length - 1];
    const from = this.from < 0 ? fallback : this.from;
    return { ...mapped, position: locator.position(from, last ? last.offset + last.length : from) };
  }
}

/** Cells of one row read from its lines, a cell spanning columns copied into each (marked spanned). */
function rowOf(readers: Array<{ reader: CellReader; span: number } | undefined>, locator: SourceLocator, at: number): GridCell[] {
  const row: GridCell[] = [];
  for (const entry of readers) {
    if (!entry) continue;
    const cell = entry.reader.finish(locator, at);
    row.push(cell);
    for (let k = 1; k < entry.span; k++) row.push({ ...cell, spanned: true });
  }
  return row;
}

function gridTable(lines: SourceLine[], start: number, locator: SourceLocator): { table: TextTable; last: number } | undefined {
  const borderColumns = columnsOf(lines[start]!.text);
  const boundaries = [...lines[start]!.text].flatMap((char, i) => (char === '+' ? [borderColumns[i]!] : []));
  const rows: GridCell[][] = [];
  let readers: Array<{ reader: CellReader; span: number } | undefined> | undefined;
  let last = start;
  for (let i = start + 1; i < lines.length && GRID_LINE.test(lines[i]!.text); i++) {
    const line = lines[i]!;
    if (GRID_BORDER.test(line.text)) {
      if (readers) rows.push(rowOf(readers, locator, line.offset));
      readers = undefined;
      last = i;
      continue;
    }
    readers ??= boundaries.slice(0, -1).map(() => undefined);
    // The cells of this line lie between its `|`s; a `|` missing at a boundary joins two columns.
    const columns = columnsOf(line.text);
    const bars = [...line.text].flatMap((char, k) => (char === '|' && boundaries.includes(columns[k]!) ? [k] : []));
    for (let b = 0; b + 1 < bars.length; b++) {
      const first = boundaries.indexOf(columns[bars[b]!]!);
      const span = boundaries.indexOf(columns[bars[b + 1]!]!) - first;
      const entry = (readers[first] ??= { reader: new CellReader(), span });
      entry.reader.add(line, bars[b]! + 1, bars[b + 1]!);
    }
  }
  if (rows.length < 2) return undefined;
  const from = lines[start]!.offset;
  const to = lines[last]!.offset + lines[last]!.text.length;
  return { table: { from, to, grid: { kind: 'grid', rows, position: locator.position(from, to) } }, last };
}

/** Columns of a multiline table: where each dash segment of its rule starts, in display columns. */
function ruleColumns(rule: string): number[] {
  const columns = columnsOf(rule);
  return [...rule].flatMap((char, i) => (char === '-' && (i === 0 || rule[i - 1] !== '-') ? [columns[i]!] : []));
}

function multilineTable(lines: SourceLine[], start: number, locator: SourceLocator): { table: TextTable; last: number } | undefined {
  let rule = start + 1;
  while (rule < lines.length && rule - start <= 6 && !COLUMN_RULE.test(lines[rule]!.text) && lines[rule]!.text.trim()) rule++;
  if (rule >= lines.length || rule === start + 1 || !COLUMN_RULE.test(lines[rule]!.text)) return undefined;
  let end = rule + 1;
  while (end < lines.length && !FULL_RULE.test(lines[end]!.text)) end++;
  if (end >= lines.length) return undefined;
  const starts = ruleColumns(lines[rule]!.text);
  // Each header line is a header row of its own (a spanned header above the column names).
  const rows = lines.slice(start + 1, rule).map((line) => rowInColumns([line], starts, locator));
  rows.push(...bodyRows(lines.slice(rule + 1, end), starts, locator));
  const from = lines[start]!.offset;
  const to = lines[end]!.offset + lines[end]!.text.length;
  return { table: { from, to, grid: { kind: 'grid', rows, position: locator.position(from, to) } }, last: end };
}

/** A row read from its lines: each column's text from where its rule segment starts to where the next one does. */
function rowInColumns(group: SourceLine[], starts: number[], locator: SourceLocator): GridCell[] {
  const readers = starts.map(() => ({ reader: new CellReader(), span: 1 }));
  for (const line of group) {
    const columns = columnsOf(line.text);
    const indexAt = (column: number) => columns.findIndex((at) => at >= column);
    starts.forEach((column, c) => {
      const from = indexAt(column);
      const next = c + 1 < starts.length ? indexAt(starts[c + 1]!) : line.text.length;
      if (from >= 0 && from < line.text.length) readers[c]!.reader.add(line, from, next < 0 ? line.text.length : next);
    });
  }
  return rowOf(readers, locator, group[0]!.offset);
}

/** The body's rows: apart by blank lines (a multiline table), or one a line when none stands between (a simple table). */
function bodyRows(body: SourceLine[], starts: number[], locator: SourceLocator): GridCell[][] {
  if (body.every((line) => line.text.trim())) return body.map((line) => rowInColumns([line], starts, locator));
  const rows: GridCell[][] = [];
  let group: SourceLine[] = [];
  for (const line of body) {
    if (line.text.trim()) {
      group.push(line);
    } else if (group.length) {
      rows.push(rowInColumns(group, starts, locator));
      group = [];
    }
  }
  if (group.length) rows.push(rowInColumns(group, starts, locator));
  return rows;
}

/** A headerless table looks no further than this many lines for its closing rule. */
const MAX_HEADERLESS_LINES = 400;

/**
 * A table without header (pandoc writes one for a <table> without <thead>): a column rule, the
 * rows (one a line, or apart by blank lines), and the same rule again.
 */
function headerlessTable(lines: SourceLine[], start: number, locator: SourceLocator): { table: TextTable; last: number } | undefined {
  const rule = lines[start]!.text.trimEnd();
  let end = start + 1;
  while (end < lines.length && end - start <= MAX_HEADERLESS_LINES && lines[end]!.text.trimEnd() !== rule) end++;
  if (end >= lines.length || end - start > MAX_HEADERLESS_LINES || end === start + 1) return undefined;
  const rows = bodyRows(lines.slice(start + 1, end), ruleColumns(rule), locator);
  const from = lines[start]!.offset;
  const to = lines[end]!.offset + lines[end]!.text.length;
  return { table: { from, to, grid: { kind: 'grid', rows, position: locator.position(from, to) } }, last: end };
}

/**
 * A simple table with a header (pandoc writes one for a <table> with <thead> whose cells each fit
 * on a line): the header line, a column rule under it, then one row a line up to a blank line.
 */
function simpleTable(lines: SourceLine[], start: number, locator: SourceLocator): { table: TextTable; last: number } | undefined {
  const header = lines[start - 1];
  if (!header?.text.trim() || COLUMN_RULE.test(header.text) || FULL_RULE.test(header.text)) return undefined;
  let last = start;
  while (last + 1 < lines.length && lines[last + 1]!.text.trim()) last++;
  if (last === start) return undefined;
  const starts = ruleColumns(lines[start]!.text);
  const rows = [header, ...lines.slice(start + 1, last + 1)].map((line) => rowInColumns([line], starts, locator));
  const to = lines[last]!.offset + lines[last]!.text.length;
  return { table: { from: header.offset, to, grid: { kind: 'grid', rows, position: locator.position(header.offset, to) } }, last };
}
