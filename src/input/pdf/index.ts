import type { AdaptedInput, Block, GridCell, MappedText, PageLine } from '../../model/block.js';
import { joinMapped, sliceOfSource } from '../../model/block.js';
import { SourceLocator } from '../../model/source.js';
import { framesOf, type Frame, type FrameCell } from './grid.js';
import { joinLines, linesOf, pageLineNumbers, type TextLine } from './lines.js';
import { loadPdf, type PdfPage } from './load.js';
import { withoutRunningLines } from './running-lines.js';

/** A body line or a ruled table, on its page, in reading order. */
export type PageElement = { kind: 'line'; line: TextLine; page: number; pageLine: number } | { kind: 'table'; rows: PlacedCell[][]; xs: number[]; page: number };

/** A table cell with the page line it starts on; copies of a merged cell share one object. */
export interface PlacedCell {
  text: string;
  page: number;
  pageLine: number;
}

/**
 * A PDF's text layer → blocks. The source is virtual, as for Word: one line per printed line of
 * the body and one per table cell, and `pageLines` tells for each the page and the line on it, so
 * a finding names 第N页 and the line a reader counts there. Running headers, footers and page
 * numbers are dropped, paragraphs are joined across line and page breaks, ruled tables become
 * grids, and a table that goes on over the next page (its header repeated or not) stays one grid.
 * `undefined` when no page has text: a scan, which only OCR could read.
 */
export async function adaptPdf(bytes: Uint8Array): Promise<AdaptedInput | undefined> {
  const pages = await loadPdf(bytes);
  if (!pages.some((page) => page.glyphs.length > 0)) return undefined;
  const elements = withoutRunningLines(pages.flatMap((page, i) => elementsOf(page, i + 1)), pages);
  return assemble(joinContinuedTables(elements));
}

function elementsOf(page: PdfPage, number: number): PageElement[] {
  const lineOn = pageLineNumbers(page.glyphs);
  const { frames, rest } = framesOf(page.rules, page.glyphs);
  const placed = [
    ...linesOf(rest).map((line) => ({ top: line.y + line.size, element: { kind: 'line', line, page: number, pageLine: lineOn(line.y) } as PageElement })),
    ...frames.map((frame) => ({ top: frame.ys[0]!, element: { kind: 'table', rows: placedRows(frame, number, lineOn), xs: frame.xs, page: number } as PageElement })),
  ];
  return placed.sort((a, b) => b.top - a.top).map((entry) => entry.element);
}

function placedRows(frame: Frame, page: number, lineOn: (y: number) => number): PlacedCell[][] {
  const placed = new Map<FrameCell, PlacedCell>();
  return frame.cells.map((row, r) =>
    row.map((cell) => {
      let out = placed.get(cell);
      if (!out) {
        const lines = linesOf(cell.glyphs);
        const y = lines[0]?.y ?? (frame.ys[r]! + frame.ys[r + 1]!) / 2;
        placed.set(cell, (out = { text: joinLines(lines.map((line) => line.text)), page, pageLine: lineOn(y) }));
      }
      return out;
    }),
  );
}

/** Column edges this close (points) are the same columns: a table continued on the next page. */
const SAME_EDGE = 3;

/**
 * A table that ends one page and one that starts the next with the same columns are one table;
 * header rows the continuation repeats are dropped.
 */
function joinContinuedTables(elements: PageElement[]): PageElement[] {
  const out: PageElement[] = [];
  for (const element of elements) {
    const previous = out[out.length - 1];
    if (element.kind === 'table' && previous?.kind === 'table' && element.page === previous.page + 1 && sameColumns(previous.xs, element.xs)) {
      const key = (row: PlacedCell[]) => row.map((cell) => cell.text).join('\u0000');
      let repeated = 0;
      while (repeated < element.rows.length - 1 && repeated < previous.rows.length && key(element.rows[repeated]!) === key(previous.rows[repeated]!)) repeated++;
      out[out.length - 1] = { ...previous, rows: [...previous.rows, ...element.rows.slice(repeated)] };
    } else {
      out.push(element);
    }
  }
  return out;
}

const sameColumns = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= SAME_EDGE);

/** Where text lines start and end on most pages: the body's margins, for telling wrapped lines from paragraph ends. */
function margins(lines: TextLine[]): { left: number; right: number } {
  const lefts = lines.map((line) => line.left).sort((a, b) => a - b);
  const rights = lines.map((line) => line.right).sort((a, b) => a - b);
  return { left: lefts[Math.floor(lefts.length * 0.1)] ?? 0, right: rights[Math.floor(rights.length * 0.9)] ?? 0 };
}

const ENDS_SENTENCE = /[。！？；：!?;:]$/;

/** A line goes on the paragraph before when that one ran to the right margin and this one is not indented. */
function continues(previous: PageElement | undefined, current: TextLine, page: number, body: { left: number; right: number }): boolean {
  if (previous?.kind !== 'line') return false;
  const before = previous.line;
  if (Math.abs(before.size - current.size) > 0.5 || ENDS_SENTENCE.test(before.text)) return false;
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
  type Draft = { kind: 'text'; lines: number[] } | { kind: 'grid'; rows: Array<Array<{ line: number; spanned: boolean }>> };
  const drafts: Draft[] = [];
  const body = margins(elements.flatMap((element) => (element.kind === 'line' ? [element.line] : [])));
  elements.forEach((element, i) => {
    if (element.kind === 'line') {
      const line = addLine(element.line.text, element.page, element.pageLine);
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
          if (known !== undefined) return { line: known, spanned: true };
          const line = addLine(cell.text, cell.page, cell.pageLine);
          lineOf.set(cell, line);
          return { line, spanned: false };
        }),
      ),
    });
  });
  const source = lines.join('\n');
  const locator = new SourceLocator(source);
  const mapped = (line: number): MappedText => sliceOfSource(source, locator.lineStart(line + 1), locator.lineStart(line + 1) + lines[line]!.length);
  const blocks: Block[] = drafts.map((draft) => {
    if (draft.kind === 'text') {
      const parts = draft.lines.flatMap((line, i) => (i > 0 && /[A-Za-z]$/.test(lines[draft.lines[i - 1]!]!) && /^[A-Za-z]/.test(lines[line]!) ? [{ text: ' ', spans: [] }, mapped(line)] : [mapped(line)]));
      const first = locator.lineStart(draft.lines[0]! + 1);
      const lastLine = draft.lines[draft.lines.length - 1]!;
      return { kind: 'text', ...joinMapped(parts), position: locator.position(first, locator.lineStart(lastLine + 1) + lines[lastLine]!.length) };
    }
    const rows: GridCell[][] = draft.rows.map((row) =>
      row.map(({ line, spanned }) => {
        const start = locator.lineStart(line + 1);
        return { ...mapped(line), position: locator.position(start, start + lines[line]!.length), ...(spanned && { spanned: true }) };
      }),
    );
    const cells = rows.flat();
    return { kind: 'grid', rows, position: { start: cells[0]!.position.start, end: cells[cells.length - 1]!.position.end } };
  });
  return { blocks, locator, directives: [], pageLines };
}
