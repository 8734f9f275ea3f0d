import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { linesOf } from './lines.js';
import { readFast } from './fast/pages.js';
import { multiply, pathRules, type Matrix } from './paths.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/**
 * PDF.js's build for older engines, loaded once. It brings core-js, which on Node 20 replaces
 * `Array.prototype.push` and `JSON.parse` with much slower polyfills for the whole process (every
 * rule would pay): the engine's own are put back. Its "worker" runs in this thread, found as the
 * module on `globalThis.pdfjsWorker`: no Worker, no script URL, the same in Node and browsers.
 */
function pdfJs(): Promise<PdfJs> {
  return (pdfjs ??= (async () => {
    const [push, parse] = [Array.prototype.push, JSON.parse];
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    const api = await import('pdfjs-dist/legacy/build/pdf.mjs');
    Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
    Object.defineProperty(JSON, 'parse', { value: parse, writable: true, configurable: true, enumerable: false });
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return api;
  })());
}

/** A run of text as the PDF placed it; x, y (baseline) in points from the page's bottom left. */
export interface Glyphs {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /**
   * It runs past the page's right edge and is read to its end: the fast reader keeps the characters
   * a run begun on the page has past the edge, and knows nothing on its line was dropped there and
   * that the page's producer writes text past the edge. PDF.js drops them: its runs are never whole.
   */
  whole?: true;
}

/** A ruling line: horizontal (y fixed, from x to x2) or vertical (x fixed, from y to y2). */
export interface Rule {
  horizontal: boolean;
  /** The fixed coordinate. */
  at: number;
  from: number;
  to: number;
}

export interface PdfPage {
  width: number;
  height: number;
  glyphs: Glyphs[];
  rules: Rule[];
}

// One document at a time in a thread: PDF.js's in-thread worker mixes up documents read side by
// side (a lane of the CLI keeps several files in flight), failing with "Invalid page request".
let previous: Promise<unknown> = Promise.resolve();

/**
 * Every page's text runs and ruling lines. Throws on a damaged or encrypted file. The fast reader
 * (fast/) reads the common files (LibreOffice's, Chromium's: fonts with ToUnicode, Flate streams)
 * without parsing a font program; anything it does not fully understand goes to PDF.js.
 */
export function loadPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const fast = readFast(bytes);
  if (fast) return Promise.resolve(placed(fast.map((page) => ({ ...page, rules: () => page.rules }))));
  return fallback(bytes);
}

/**
 * How a file the fast reader declines is read: PDF.js here. PDF.js can loop without end on a damaged
 * font program, and only a thread can be stopped: a host that has threads reads it in one it ends at
 * its time limit (src/host/pdf-time-limit.ts).
 */
let fallback: (bytes: Uint8Array) => Promise<PdfPage[]> = readWithPdfJs;

export function readPdfFallbackWith(read: (bytes: Uint8Array) => Promise<PdfPage[]>): void {
  fallback = read;
}

/** Every page as PDF.js reads it (the fast reader's fallback, and its measure in the tests). */
export function readWithPdfJs(bytes: Uint8Array): Promise<PdfPage[]> {
  const pages = previous.then(() => readPages(bytes));
  previous = pages.catch(() => undefined);
  return pages;
}

/** A page in the PDF's own coordinates; its lines drawn are read on demand. */
interface Drawn {
  view: [number, number, number, number];
  glyphs: Glyphs[];
  rules: () => Rule[] | Promise<Rule[]>;
}

/**
 * Pages from the view box origin, text runs holding more than white space. Lines are read only
 * where a table can stand — text set apart on a line (a table's header, its rows of figures), or
 * a page after one with lines (a table's continuation, whose rows may hold labels and blanks
 * only): PDF.js's operator list costs as much as the text (it builds every shown glyph's
 * outline), and a scan's images are never decoded for nothing.
 */
async function placed(drawn: Iterable<Drawn> | AsyncIterable<Drawn>): Promise<PdfPage[]> {
  const pages: PdfPage[] = [];
  for await (const { view, glyphs: raw, rules } of drawn) {
    const [x0, y0, x1, y1] = view;
    const glyphs = raw.filter((glyph) => glyph.text.trim() !== '').map((glyph) => ({ ...glyph, x: glyph.x - x0, y: glyph.y - y0 }));
    const ruled = glyphs.length > 0 && (linesOf(glyphs).some((line) => line.cells.length > 0) || (pages[pages.length - 1]?.rules.length ?? 0) > 0);
    const lines = (ruled ? await rules() : []).map((rule) => (rule.horizontal ? { ...rule, at: rule.at - y0, from: rule.from - x0, to: rule.to - x0 } : { ...rule, at: rule.at - x0, from: rule.from - y0, to: rule.to - y0 }));
    pages.push({ width: x1 - x0, height: y1 - y0, glyphs, rules: lines });
  }
  return pages;
}

async function readPages(bytes: Uint8Array): Promise<PdfPage[]> {
  // PDF.js detaches the buffer it gets, and refuses a Node Buffer: it gets a plain copy.
  const { getDocument, OPS } = await pdfJs();
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false }).promise;
  async function* drawn(): AsyncIterable<Drawn> {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const glyphs = content.items
        .filter((item): item is TextItem => 'str' in item)
        .map((item) => ({ text: item.str, x: item.transform[4], y: item.transform[5], width: item.width, size: Math.hypot(item.transform[2], item.transform[3]) || item.height }));
      yield { view: page.view as [number, number, number, number], glyphs, rules: async () => rulesOf(await page.getOperatorList(), OPS) };
      page.cleanup();
    }
  }
  try {
    return await placed(drawn());
  } finally {
    await document.destroy();
  }
}

/** Horizontal and vertical lines drawn on a page: stroked segments and thin filled rectangles, in page space. */
function rulesOf(list: { fnArray: number[]; argsArray: unknown[] }, OPS: PdfJs['OPS']): Rule[] {
  const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);
  const rules: Rule[] = [];
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) saved.push(matrix);
    if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) matrix = saved.pop() ?? matrix;
    if (fn === OPS.transform) matrix = multiply(matrix, args as Matrix);
    // A form's matrix comes as a Float32Array.
    if (fn === OPS.paintFormXObjectBegin && (Array.isArray(args[0]) || args[0] instanceof Float32Array)) matrix = multiply(matrix, args[0] as ArrayLike<number>);
    const paint = args?.[0] as number;
    if (fn !== OPS.constructPath || !(STROKES.has(paint) || FILLS.has(paint))) return;
    const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
    if (data) rules.push(...pathRules(data, matrix, STROKES.has(paint)));
  });
  return rules;
}
