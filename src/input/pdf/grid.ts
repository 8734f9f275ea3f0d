import type { Glyphs, Rule } from './load.js';

/** A cell of a ruled table: the slots it covers (merged cells cover several) and the text runs in it. */
export interface FrameCell {
  row: number;
  column: number;
  rows: number;
  columns: number;
  glyphs: Glyphs[];
}

/** A table drawn with ruling lines: column edges (x, left to right) and row edges (y, top down); `cells[r][c]` is the cell covering slot (r, c). */
export interface Frame {
  xs: number[];
  ys: number[];
  cells: FrameCell[][];
  /** The page's edge cut its last column (the table is wider than the page). */
  cut: boolean;
}

/**
 * Lines closer than this (points) are one line: borders drawn twice, as thin boxes with two edges,
 * or each cell's own border a few pixels from its neighbour's (HTML tables without collapsed borders).
 */
const SNAP = 4;

/**
 * Tables drawn with ruling lines on one page (`width` wide): every connected set of horizontal and
 * vertical lines that makes at least two rows and two columns. A slot without a line between it
 * and its neighbour belongs to the same (merged) cell. The text runs inside are handed to their
 * cells and taken out of `glyphs`, which keeps the page's other text.
 */
export function framesOf(rules: Rule[], glyphs: Glyphs[], width: number): { frames: Frame[]; rest: Glyphs[] } {
  const frames: Frame[] = [];
  let rest = glyphs;
  for (const group of connectedGroups(merged(rules.filter((r) => r.horizontal), Infinity), merged(rules.filter((r) => !r.horizontal), width))) {
    const frame = frameOf(group.horizontal, group.vertical, width);
    if (!frame) continue;
    const outside: Glyphs[] = [];
    for (const glyph of rest) {
      const slot = slotOf(frame, glyph, width);
      if (slot) slot.glyphs.push(glyph);
      else outside.push(glyph);
    }
    rest = outside;
    frames.push(frame);
  }
  return { frames, rest };
}

/** Collinear pieces of one line (a border drawn cell by cell) joined; a line at the page's edge (at `edge`) stays apart from those before it. */
function merged(rules: Rule[], edge: number): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Rule[] = [];
  const cut = (rule: Rule) => rule.at >= edge - PAGE_EDGE;
  for (const rule of sorted) {
    const same = out.find((line) => Math.abs(line.at - rule.at) <= SNAP && cut(line) === cut(rule) && rule.from <= line.to + SNAP && rule.to >= line.from - SNAP);
    if (same) {
      same.from = Math.min(same.from, rule.from);
      same.to = Math.max(same.to, rule.to);
    } else {
      out.push({ ...rule });
    }
  }
  return out;
}

const crosses = (h: Rule, v: Rule) => v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP;

function connectedGroups(horizontal: Rule[], vertical: Rule[]): Array<{ horizontal: Rule[]; vertical: Rule[] }> {
  const all = [...horizontal, ...vertical];
  const parent = all.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  horizontal.forEach((h, i) => vertical.forEach((v, j) => crosses(h, v) && (parent[root(i)] = root(horizontal.length + j))));
  const groups = new Map<number, { horizontal: Rule[]; vertical: Rule[] }>();
  all.forEach((rule, i) => {
    const key = root(i);
    if (!groups.has(key)) groups.set(key, { horizontal: [], vertical: [] });
    groups.get(key)![rule.horizontal ? 'horizontal' : 'vertical'].push(rule);
  });
  return [...groups.values()];
}

function distinct(values: number[]): number[] {
  const out: number[] = [];
  for (const value of [...values].sort((a, b) => a - b)) if (out.length === 0 || value - out[out.length - 1]! > SNAP) out.push(value);
  return out;
}

/** A vertical line this close to the page's right edge (or beyond it) is where the page cut a table wider than itself. */
const PAGE_EDGE = 1;

function frameOf(horizontal: Rule[], vertical: Rule[], width: number): Frame | undefined {
  // A table wider than the page (LibreOffice keeps a Word table's widths) is cut at its edge, which
  // gets a line of its own: the cut column, a few points wide, is a column however near its left edge.
  const onPage = vertical.filter((v) => v.at < width - PAGE_EDGE);
  // (The edge's lines were kept apart from the column's left edge when lines were merged.)
  const xs = distinct(onPage.map((v) => v.at));
  if (onPage.length < vertical.length) xs.push(width);
  const ys = distinct(horizontal.map((h) => h.at)).reverse();
  // Two columns at least: one ruled box is a frame around text. One row is enough: the last row of a table can stand alone on a page.
  if (xs.length < 3 || ys.length < 2) return undefined;
  const rows = ys.length - 1;
  const columns = xs.length - 1;
  const drawn = (lines: Rule[], at: number, along: number) => lines.some((line) => Math.abs(line.at - at) <= SNAP && along >= line.from - SNAP && along <= line.to + SNAP);
  // Slots joined where no line separates them, by union-find; each cell is the box its slots span.
  const parent = Array.from({ length: rows * columns }, (_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let r = 0; r < rows; r++) {
    const middleY = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < columns; c++) {
      const middleX = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < columns && !drawn(vertical, xs[c + 1]!, middleY)) parent[root(r * columns + c + 1)] = root(r * columns + c);
      if (r + 1 < rows && !drawn(horizontal, ys[r + 1]!, middleX)) parent[root((r + 1) * columns + c)] = root(r * columns + c);
    }
  }
  const byRoot = new Map<number, FrameCell>();
  const cells: FrameCell[][] = [];
  for (let r = 0; r < rows; r++) {
    cells.push([]);
    for (let c = 0; c < columns; c++) {
      const key = root(r * columns + c);
      let cell = byRoot.get(key);
      if (!cell) byRoot.set(key, (cell = { row: r, column: c, rows: 1, columns: 1, glyphs: [] }));
      cell.rows = Math.max(cell.rows, r - cell.row + 1);
      cell.columns = Math.max(cell.columns, c - cell.column + 1);
      cells[r]!.push(cell);
    }
  }
  return { xs, ys, cells, cut: onPage.length < vertical.length };
}

/** The cell a run of text starts in: where its first character stands (a run rarely crosses a border), on the page (a character cut by its edge). */
function slotOf(frame: Frame, glyph: Glyphs, width: number): FrameCell | undefined {
  const x = Math.min(glyph.x + Math.min(glyph.width, glyph.size) / 2, width - PAGE_EDGE / 2);
  const y = glyph.y + glyph.size * 0.3;
  const column = frame.xs.findIndex((edge, i) => i > 0 && x < edge) - 1;
  const row = frame.ys.findIndex((edge, i) => i > 0 && y > edge) - 1;
  if (x <= frame.xs[0]! || column < 0 || y >= frame.ys[0]! || row < 0) return undefined;
  return frame.cells[row]![column];
}
