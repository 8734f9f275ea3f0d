import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { linesOf } from './lines.js';

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

/** Thinner than this (in points) a filled rectangle is a drawn line; cell borders are drawn either way. */
const LINE_THICKNESS = 3;

// One document at a time in a thread: PDF.js's in-thread worker mixes up documents read side by
// side (a lane of the CLI keeps several files in flight), failing with "Invalid page request".
let previous: Promise<unknown> = Promise.resolve();

/** Every page's text runs and ruling lines. Throws on a damaged or encrypted file. */
export function loadPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const pages = previous.then(() => readPages(bytes));
  previous = pages.catch(() => undefined);
  return pages;
}

async function readPages(bytes: Uint8Array): Promise<PdfPage[]> {
  // PDF.js detaches the buffer it gets, and refuses a Node Buffer: it gets a plain copy.
  const { getDocument, OPS } = await pdfJs();
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const glyphs = content.items
        .filter((item): item is TextItem => 'str' in item && item.str.trim() !== '')
        .map((item) => ({ text: item.str, x: item.transform[4] - x0, y: item.transform[5] - y0, width: item.width, size: Math.hypot(item.transform[2], item.transform[3]) || item.height }));
      // The operator list costs as much as the text (PDF.js builds every shown glyph's outline for
      // it): it is read only where a table can stand — text set apart on a line (a table's header,
      // its rows of figures), or a page after one with lines (a table's continuation, whose rows
      // may hold labels and blanks only). A scan's images are never decoded for nothing.
      const ruled = glyphs.length > 0 && (linesOf(glyphs).some((line) => line.cells.length > 0) || (pages[pages.length - 1]?.rules.length ?? 0) > 0);
      const rules = (ruled ? rulesOf(await page.getOperatorList(), OPS) : []).map((rule) => (rule.horizontal ? { ...rule, at: rule.at - y0, from: rule.from - x0, to: rule.to - x0 } : { ...rule, at: rule.at - x0, from: rule.from - y0, to: rule.to - y0 }));
      pages.push({ width: x1 - x0, height: y1 - y0, glyphs, rules });
      page.cleanup();
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

// Path data of PDF.js's constructPath: an opcode, then its points.
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_TO = 3;
const CLOSE = 4;

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
    if (fn === OPS.paintFormXObjectBegin && Array.isArray(args[0])) matrix = multiply(matrix, args[0] as Matrix);
    const paint = args?.[0] as number;
    if (fn !== OPS.constructPath || !(STROKES.has(paint) || FILLS.has(paint))) return;
    const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
    if (data) rules.push(...pathRules(data, matrix, STROKES.has(paint)));
  });
  return rules;
}

/** A stroked path draws its segments; a filled one (a page or cell background too) only a thin box's length. */
function pathRules(data: ArrayLike<number>, matrix: Matrix, stroked: boolean): Rule[] {
  const points: Array<[number, number]> = [];
  const rules: Rule[] = [];
  const apply = (x: number, y: number): [number, number] => [matrix[0] * x + matrix[2] * y + matrix[4], matrix[1] * x + matrix[3] * y + matrix[5]];
  const flush = () => {
    if (stroked) for (let i = 1; i < points.length; i++) addSegment(rules, points[i - 1]!, points[i]!);
    if (points.length >= 4) addThinBox(rules, points);
    points.length = 0;
  };
  for (let i = 0; i < data.length; ) {
    const op = data[i++]!;
    if (op === MOVE_TO) {
      flush();
      points.push(apply(data[i]!, data[i + 1]!));
      i += 2;
    } else if (op === LINE_TO) {
      points.push(apply(data[i]!, data[i + 1]!));
      i += 2;
    } else if (op === CURVE_TO) {
      i += 6;
    } else if (op === QUADRATIC_TO) {
      i += 4;
    } else if (op === CLOSE) {
      if (points.length) points.push(points[0]!);
    } else {
      break;
    }
  }
  flush();
  return rules;
}

function addSegment(rules: Rule[], [ax, ay]: [number, number], [bx, by]: [number, number]): void {
  if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= 1) rules.push({ horizontal: true, at: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
  else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= 1) rules.push({ horizontal: false, at: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
}

/** A filled rectangle a few points thin is a line along its length. */
function addThinBox(rules: Rule[], points: Array<[number, number]>): void {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [left, right, bottom, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (top - bottom < LINE_THICKNESS && right - left >= LINE_THICKNESS) rules.push({ horizontal: true, at: (top + bottom) / 2, from: left, to: right });
  else if (right - left < LINE_THICKNESS && top - bottom >= LINE_THICKNESS) rules.push({ horizontal: false, at: (left + right) / 2, from: bottom, to: top });
}
