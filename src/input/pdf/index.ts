import type { AdaptedInput, Block, GridCell, MappedText, PageLine } from '../../model/block.js';
import { joinMapped, sliceOfSource } from '../../model/block.js';
import { SourceLocator } from '../../model/source.js';
import { fragments, NUMBERED } from '../text.js';
import { framesOf, type Frame, type FrameCell } from './grid.js';
import { FIGURE, joinLines, linesOf, pageLineNumbers, type TextLine } from './lines.js';
import { loadPdf, type PdfPage } from './load.js';
import { withoutRunningLines } from './running-lines.js';
import { figureRows, labelColumns, unruledTables } from './unruled.js';

/** A body line or a ruled table, on its page (for a table: the page it ends on), in reading order. */
export type PageElement = { kind: 'line'; line: TextLine; page: number; pageLine: number } | { kind: 'table'; rows: PlacedCell[][]; xs: number[]; page: number };

/** A table cell with the page line it starts on; copies of a merged cell share one object. */
export interface PlacedCell {
  text: string;
  page: number;
  pageLine: number;
  /** Its last line runs to the cell's right edge: where a row is cut at a page's end, the text may go on over the page. */
  full?: boolean;
  /** In a column the page's edge cut: empty, or a line runs to the edge not known read to its end, so characters past it may be lost. */
  cut?: boolean;
}

/**
 * A PDF's text layer → blocks. The source is virtual, as for Word: one line per printed line of
 * the body and one per table cell, and `pageLines` tells for each the page and the line on it, so
 * a finding names 第N页 and the line a reader counts there. Running headers, footers and page
 * numbers are dropped, paragraphs are joined across line and page breaks, ruled tables become
 * grids, and a table that goes on over the next page (its header repeated or not) stays one grid.
 * `undefined` when no page has text: a scan, which only OCR could read. `load` reads the pages
 * (the tests give PDF.js's reader, to compare the fast one with).
 */
export async function adaptPdf(bytes: Uint8Array, load: (bytes: Uint8Array) => Promise<PdfPage[]> = loadPdf): Promise<AdaptedInput | undefined> {
  const pages = await load(bytes);
  if (!pages.some((page) => page.glyphs.length > 0)) return undefined;
  const laid = pages.map((page, i) => ({ number: i + 1, lineOn: pageLineNumbers(page.glyphs), ...framesOf(page.rules, page.glyphs, page.width) }));
  // Tables drawn without lines are found across pages: a header can end one page and its figures open the next.
  const { tables, rest } = unruledTables(laid.flatMap((page) => linesOf(page.rest).map((line) => ({ line, page: page.number }))));
  const rows = labelColumns(figureRows(rest));
  const elements = laid.flatMap((page) => {
    const placed = [
      ...tables.filter((table) => table.page === page.number).map((table) => ({
        top: table.top,
        element: { kind: 'table', rows: table.rows.map((row) => row.map((cell) => ({ text: joinLines(cell.lines.map((line) => line.text)), page: cell.page, pageLine: laid[cell.page - 1]!.lineOn(cell.lines[0]?.y ?? cell.y) }))), xs: table.xs, page: page.number } as PageElement,
      })),
      ...rows.filter((entry) => entry.page === page.number).map(({ line }) => ({ top: line.y + line.size, element: { kind: 'line', line, page: page.number, pageLine: page.lineOn(line.y) } as PageElement })),
      ...page.frames.map((frame) => ({ top: frame.ys[0]!, element: { kind: 'table', rows: placedRows(frame, page.number, page.lineOn), xs: frame.xs, page: page.number } as PageElement })),
    ];
    return placed.sort((a, b) => b.top - a.top).map((entry) => entry.element);
  });
  return assemble(joinContinuedTables(withoutRunningLines(elements, pages)));
}

function placedRows(frame: Frame, page: number, lineOn: (y: number) => number): PlacedCell[][] {
  const placed = new Map<FrameCell, PlacedCell>();
  const edge = frame.xs[frame.xs.length - 1]!;
  const inCutColumn = (cell: FrameCell) => frame.cut && cell.column + cell.columns === frame.xs.length - 1;
  // Where every text starts as far from its cell's left edge, the cut column's would too, on the page: an empty cell there is blank, not all beyond the edge.
  const written = frame.cut ? [...new Set(frame.cells.flat())].filter((cell) => cell.glyphs.length > 0) : [];
  const padding = written.map((cell) => Math.min(...cell.glyphs.map((glyph) => glyph.x)) - frame.xs[cell.column]!);
  const leftAligned = padding.length >= 2 && Math.max(...padding) - Math.min(...padding) <= SAME_START && frame.xs[frame.xs.length - 2]! + Math.max(...padding) < edge - CUT_MARGIN;
  return frame.cells.map((row, r) =>
    row.map((cell) => {
      let out = placed.get(cell);
      if (!out) {
        const lines = linesOf(cell.glyphs);
        const y = lines[0]?.y ?? (frame.ys[r]! + frame.ys[r + 1]!) / 2;
        const last = lines[lines.length - 1];
        const full = last !== undefined && last.right >= frame.xs[cell.column + cell.columns]! - last.size * FULL_LINE;
        // A producer prints the characters that start before the page's edge: a line that ends before it lost none, nor one read to its end past it.
        const cut = inCutColumn(cell) && (lines.length === 0 ? !leftAligned : lines.some((line) => line.right >= edge - CUT_MARGIN && !line.runs[line.runs.length - 1]!.whole));
        placed.set(cell, (out = { text: joinLines(lines.map((line) => line.text)), page, pageLine: lineOn(y), full, ...(cut && { cut }) }));
      }
      return out;
    }),
  );
}

/** A cell's line that ends less than this many characters (padding included) before its right edge filled it. */
const FULL_LINE = 1.5;
/** A line that ends less than this (points) before the page's edge may have run past it. */
const CUT_MARGIN = 1;
/** Texts starting this close (points) start at one x. */
const SAME_START = 1;

/** Column edges this close (points) are the same edge. */
const SAME_EDGE = 3;

/**
 * A table that ends one page and one that starts the next with the same outer edges are one
 * table; header rows the continuation repeats are dropped. The two parts need not have the same
 * inner columns (a part without the rows that split a column has fewer): both are laid out on
 * the columns of either.
 */
function joinContinuedTables(elements: PageElement[]): PageElement[] {
  const out: PageElement[] = [];
  for (const element of elements) {
    const previous = out[out.length - 1];
    if (element.kind === 'table' && previous?.kind === 'table' && element.page === previous.page + 1 && sameOuterEdges(previous.xs, element.xs)) {
      const xs = unionOfEdges(previous.xs, element.xs);
      const [before, after] = [onColumns(previous.rows, previous.xs, xs), onColumns(element.rows, element.xs, xs)];
      const key = (row: PlacedCell[]) => row.map((cell) => cell.text).join('\u0000');
      let repeated = 0;
      while (repeated < after.length - 1 && repeated < before.length && key(after[repeated]!) === key(before[repeated]!)) repeated++;
      const rest = after.slice(repeated);
      const cut = before.length > 0 && rest.length > 0 && goesOn(before[before.length - 1]!, rest[0]!);
      out[out.length - 1] = { ...element, xs, rows: cut ? [...before.slice(0, -1), joinedRow(before[before.length - 1]!, rest[0]!), ...rest.slice(1)] : [...before, ...rest] };
    } else {
      out.push(element);
    }
  }
  return out;
}

/**
 * The first row of a continuation is the rest of the row the page cut (a producer that lets rows
 * break across pages, as LibreOffice does) when it has words only under cells of that row whose
 * last line filled the cell, and none opens a numbered label (a new row: 三、…, （一）…).
 */
function goesOn(last: PlacedCell[], first: PlacedCell[]): boolean {
  const written = first.map((cell, c) => [cell, last[c]!] as const).filter(([cell]) => cell.text !== '');
  return written.length > 0 && written.every(([cell, above]) => above.full === true && !FIGURE.test(cell.text) && !NUMBERED.test(cell.text));
}

/** The row cut at a page's end with its rest: each cell's text goes on where its rest has any (copies of a merged cell stay one). */
function joinedRow(last: PlacedCell[], first: PlacedCell[]): PlacedCell[] {
  const joined = new Map<PlacedCell, PlacedCell>();
  return last.map((cell, c) => {
    const rest = first[c]!;
    if (rest.text === '') return cell;
    if (!joined.has(cell)) joined.set(cell, { ...cell, text: joinLines([cell.text, rest.text]), full: rest.full });
    return joined.get(cell)!;
  });
}

const sameOuterEdges = (a: number[], b: number[]) => Math.abs(a[0]! - b[0]!) <= SAME_EDGE && Math.abs(a[a.length - 1]! - b[b.length - 1]!) <= SAME_EDGE;

function unionOfEdges(a: number[], b: number[]): number[] {
  const out: number[] = [];
  for (const x of [...a, ...b].sort((p, q) => p - q)) if (out.length === 0 || x - out[out.length - 1]! > SAME_EDGE) out.push(x);
  return out;
}

/** Rows re-laid on finer columns: a cell covers every new column whose middle lies in it (copies share the cell). */
function onColumns(rows: PlacedCell[][], from: number[], to: number[]): PlacedCell[][] {
  if (from.length === to.length) return rows;
  const source = to.slice(1).map((right, c) => {
    const middle = (to[c]! + right) / 2;
    return Math.max(0, from.findIndex((edge, i) => i > 0 && middle < edge) - 1);
  });
  return rows.map((row) => source.map((c) => row[c]!));
}

/** The body's margins, and whether its paragraphs open with an indented first line. */
interface Body {
  left: number;
  right: number;
  indented: boolean;
}

/** Where text lines start and end on most pages: the body's margins, for telling wrapped lines from paragraph ends. */
function bodyOf(lines: TextLine[]): Body {
  const lefts = lines.map((line) => line.left).sort((a, b) => a - b);
  const rights = lines.map((line) => line.right).sort((a, b) => a - b);
  const left = lefts[Math.floor(lefts.length * 0.1)] ?? 0;
  const indentedLines = lines.filter((line) => line.left - left > line.size * 1.5 && line.left - left < line.size * 2.6).length;
  return { left, right: rights[Math.floor(rights.length * 0.9)] ?? 0, indented: indentedLines >= lines.length * 0.05 };
}

const ENDS_SENTENCE = /[。！？；：!?;:]$/;

/**
 * A line goes on the paragraph before when that one ran to the right margin and this one is not
 * indented. Where paragraphs are not indented, a line that ends a sentence also ends its paragraph
 * (splitting a paragraph at a sentence costs less than running two together); where they are, a
 * sentence's end followed by a numbered line (a heading set like the body, 3.筑牢……) does.
 */
function continues(previous: PageElement | undefined, current: TextLine, page: number, body: Body): boolean {
  if (previous?.kind !== 'line' || [previous.line, current].some((line) => line.cells.length || line.text.includes('|'))) return false;
  const before = previous.line;
  if (Math.abs(before.size - current.size) > 0.5 || (ENDS_SENTENCE.test(before.text) && (!body.indented || NUMBERED.test(current.text)))) return false;
  if (before.right < body.right - 2 * before.size || current.left > body.left + current.size * 0.5) return false;
  return previous.page !== page || before.y - current.y <= 2 * before.size;
}

function assemble(elements: PageElement[]): AdaptedInput {
  const lines: string[] = [];
  const pageLines: PageLine[] = [];
  const addLine = (text: string, page: number, line: number) => {
    pageLines.push({ page, line });
    return lines.push(text) - 1;
  };
  // Blocks are made once the source (and so every offset) is known: first their lines.
  // A line of cells — `|` fragments (a table flattened by a copy, then printed) or runs set apart
  // by wide gaps (a table drawn without lines) — is one block per cell, as flattened text is.
  type Draft = { kind: 'text'; lines: number[]; range?: [number, number] } | { kind: 'grid'; rows: Array<Array<{ line: number; spanned: boolean; cut?: boolean }>> };
  const drafts: Draft[] = [];
  const body = bodyOf(elements.flatMap((element) => (element.kind === 'line' ? [element.line] : [])));
  elements.forEach((element, i) => {
    if (element.kind === 'line') {
      const line = addLine(element.line.text, element.page, element.pageLine);
      const piped = element.line.text.includes('|');
      const cells = piped ? fragments(element.line.text) : element.line.cells;
      if (piped || cells.length) {
        for (const range of cells) drafts.push({ kind: 'text', lines: [line], range });
        return;
      }
      const last = drafts[drafts.length - 1];
      if (last?.kind === 'text' && continues(elements[i - 1], element.line, element.page, body)) last.lines.push(line);
      else drafts.push({ kind: 'text', lines: [line] });
      return;
    }
    const lineOf = new Map<PlacedCell, number>();
    drafts.push({
      kind: 'grid',
      rows: element.rows.map((row) =>
        row.map((cell) => {
          const known = lineOf.get(cell);
          if (known !== undefined) return { line: known, spanned: true, cut: cell.cut };
          const line = addLine(cell.text, cell.page, cell.pageLine);
          lineOf.set(cell, line);
          return { line, spanned: false, cut: cell.cut };
        }),
      ),
    });
  });
  const source = lines.join('\n');
  const locator = new SourceLocator(source);
  const mapped = (line: number): MappedText => sliceOfSource(source, locator.lineStart(line + 1), locator.lineStart(line + 1) + lines[line]!.length);
  const blocks: Block[] = drafts.map((draft) => {
    if (draft.kind === 'text' && draft.range) {
      const start = locator.lineStart(draft.lines[0]! + 1);
      const [from, to] = [start + draft.range[0], start + draft.range[1]];
      return { kind: 'text', ...sliceOfSource(source, from, to), position: locator.position(from, to) };
    }
    if (draft.kind === 'text') {
      const parts = draft.lines.flatMap((line, i) => (i > 0 && /[A-Za-z]$/.test(lines[draft.lines[i - 1]!]!) && /^[A-Za-z]/.test(lines[line]!) ? [{ text: ' ', spans: [] }, mapped(line)] : [mapped(line)]));
      const first = locator.lineStart(draft.lines[0]! + 1);
      const lastLine = draft.lines[draft.lines.length - 1]!;
      return { kind: 'text', ...joinMapped(parts), position: locator.position(first, locator.lineStart(lastLine + 1) + lines[lastLine]!.length) };
    }
    const rows: GridCell[][] = draft.rows.map((row) =>
      row.map(({ line, spanned, cut }) => {
        const start = locator.lineStart(line + 1);
        return { ...mapped(line), position: locator.position(start, start + lines[line]!.length), ...(spanned && { spanned: true }), ...(cut && { cut: true }) };
      }),
    );
    const cells = rows.flat();
    return { kind: 'grid', rows, position: { start: cells[0]!.position.start, end: cells[cells.length - 1]!.position.end } };
  });
  return { blocks, locator, directives: [], pageLines };
}
