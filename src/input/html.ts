import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { AdaptedInput, Block, Directive, GridBlock, GridCell } from '../model/block.js';
import { SourceLocator } from '../model/source.js';
import { InputLimitError, MAX_GRID_CELLS } from './limits.js';
import { MappedBuilder } from './mapped-builder.js';

const SKIPPED = new Set(['script', 'style', 'noscript', 'head', 'template', 'nav', 'header', 'footer', 'select', 'button', 'iframe', 'svg']);
const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'main', 'aside', 'blockquote', 'pre', 'dd', 'dt', 'dl', 'center', 'body', 'html', 'form', 'fieldset', 'figure', 'figcaption', 'hr', 'caption']);
const HEADINGS = /^h[1-6]$/;
const WHITE = /[\s\u00a0\u3000]+/g;

/** An HTML page: block elements become text blocks, tables become grids with spans expanded; page chrome is skipped. */
export function adaptHtml(source: string): AdaptedInput {
  const locator = new SourceLocator(source);
  return { locator, ...htmlBlocks(source, locator, 0) };
}

/** Blocks of an HTML fragment that starts at `base` in the located source (also used for HTML inside Markdown). */
export function htmlBlocks(html: string, locator: SourceLocator, base: number): { blocks: Block[]; directives: Directive[] } {
  const tree = unified().use(rehypeParse, { fragment: base > 0 }).parse(html) as Root;
  const walker = new Walker(html, locator, base);
  walker.visitAll(tree.children);
  walker.flush();
  return { blocks: walker.blocks, directives: walker.directives };
}

class Walker {
  readonly blocks: Block[] = [];
  readonly directives: Directive[] = [];
  private readonly line = new MappedBuilder();
  private heading = false;
  private start = Number.POSITIVE_INFINITY;
  private end = 0;

  constructor(
    private readonly html: string,
    private readonly locator: SourceLocator,
    private readonly base: number,
  ) {}

  visitAll(nodes: Array<RootContent | ElementContent>): void {
    for (const node of nodes) this.visit(node);
  }

  private visit(node: RootContent | ElementContent): void {
    if (node.type === 'text') appendText(this.line, node, this.html, this.base, (from, to) => this.extend(from, to));
    else if (node.type === 'comment') this.comment(node.value, node.position?.start.offset, node.position?.end.offset);
    else if (node.type === 'element') this.element(node);
  }

  private element(node: Element): void {
    const tag = node.tagName;
    if (SKIPPED.has(tag) || node.properties?.role === 'navigation' || node.properties?.hidden !== undefined) return;
    if (tag === 'table') {
      this.flush();
      // A table that holds tables lays the page out (Word documents nest the report's tables in one):
      // its cells are read as blocks, the tables inside them as tables.
      if (holdsTable(node)) {
        for (const row of collectRows(node)) {
          for (const cell of cellsOf(row)) {
            this.visitAll(cell.children);
            this.flush();
          }
        }
        return;
      }
      const grid = readGrid(node, this.html, this.locator, this.base);
      if (grid) this.blocks.push(grid);
      return;
    }
    if (tag === 'br') return this.flush();
    if (!BLOCKS.has(tag)) return this.visitAll(node.children);
    this.flush();
    this.heading = HEADINGS.test(tag);
    this.visitAll(node.children);
    this.flush();
  }

  private comment(value: string, from?: number, to?: number): void {
    const text = value.trim();
    if (!text.startsWith('xxgk-') || from === undefined || to === undefined) return;
    this.directives.push({ text, position: this.locator.position(this.base + from, this.base + to) });
  }

  private extend(from: number, to: number): void {
    this.start = Math.min(this.start, from);
    this.end = Math.max(this.end, to);
  }

  flush(): void {
    if (!this.line.isBlank) {
      const mapped = this.line.finish();
      const first = mapped.spans[0];
      const last = mapped.spans[mapped.spans.length - 1];
      const from = first ? first.offset : this.start;
      const to = last ? last.offset + last.length : this.end;
      this.blocks.push({ kind: 'text', ...mapped, position: this.locator.position(from, to), ...(this.heading && { markedHeading: true }) });
    }
    this.line.reset();
    this.heading = false;
    this.start = Number.POSITIVE_INFINITY;
    this.end = 0;
  }
}

/**
 * Appends a text node, collapsing white space, with each character mapped to the source:
 * parse5 decodes entities, so the source is walked beside the value (an entity maps to its `&`).
 */
function appendText(builder: MappedBuilder, node: Text, html: string, base: number, extend: (from: number, to: number) => void): void {
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  const value = node.value.replace(WHITE, ' ');
  if (from === undefined || to === undefined) {
    builder.appendVirtual(value);
    return;
  }
  extend(base + from, base + to);
  const raw = html.slice(from, to);
  let s = 0;
  let pendingSpace = false;
  for (const char of node.value) {
    if (/[\s\u00a0\u3000]/.test(char)) {
      pendingSpace = true;
    } else {
      if (pendingSpace && builder.length > 0) builder.appendVirtual(' ');
      pendingSpace = false;
      const at = Math.min(s, raw.length);
      builder.appendExact(char, base + from + at);
    }
    s = advance(raw, s, char);
  }
  if (pendingSpace) builder.appendVirtual(' ');
}

/** An `&` written as an entity (`&amp;`, `&#38;`), which the `&` itself would otherwise match. */
const AMPERSAND = /&(?:amp|#0*38|#x0*26);?/iy;

/** Moves past one decoded character in the raw source: itself, or a whole `&…;` entity. */
function advance(raw: string, at: number, char: string): number {
  if (char === '&') {
    AMPERSAND.lastIndex = at;
    if (AMPERSAND.test(raw)) return AMPERSAND.lastIndex;
  }
  if (raw.startsWith(char, at)) return at + char.length;
  if (raw[at] === '&') {
    const semicolon = raw.indexOf(';', at);
    if (semicolon > at && semicolon - at <= 32) return semicolon + 1;
  }
  return at + 1;
}

/** A table with rowspan/colspan expanded; the copies are marked `spanned`. */
function readGrid(table: Element, html: string, locator: SourceLocator, base: number): GridBlock | undefined {
  const rows = collectRows(table);
  const grid: GridCell[][] = [];
  let expanded = 0;
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of cellsOf(row)) {
      while (grid[r]![c]) c++;
      const built = new MappedBuilder();
      collectCellText(cell, built, html, base);
      const mapped = built.finish();
      const from = base + (cell.position?.start.offset ?? 0);
      const to = base + (cell.position?.end.offset ?? 0);
      const made: GridCell = { ...mapped, position: locator.position(from, to) };
      const rowspan = Math.min(Math.max(Number(cell.properties?.rowSpan ?? 1) || 1, 1), 100);
      const colspan = Math.min(Math.max(Number(cell.properties?.colSpan ?? 1) || 1, 1), 100);
      // Spans copy a cell up to 100 × 100 times: bounded per table, or a page of spans would fill memory.
      expanded += rowspan * colspan;
      if (expanded > MAX_GRID_CELLS) throw new InputLimitError('too-large', `a table of more than ${MAX_GRID_CELLS} cells`);
      for (let dr = 0; dr < rowspan; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colspan; dc++) grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? made : { ...made, spanned: true };
      }
      c += colspan;
    }
  });
  const filled = grid.slice(0, rows.length).map((row) => Array.from(row, (cell) => cell ?? { text: '', spans: [], position: locator.position(base, base) }));
  if (filled.length === 0) return undefined;
  const from = base + (table.position?.start.offset ?? 0);
  const to = base + (table.position?.end.offset ?? 0);
  return { kind: 'grid', rows: filled, position: locator.position(from, to) };
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((child): child is Element => child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th'));
}

/** Whether a table has a table inside one of its cells. */
function holdsTable(table: Element): boolean {
  return collectRows(table).some((row) => cellsOf(row).some(function inside(node: Element): boolean {
    return node.children.some((child) => child.type === 'element' && (child.tagName === 'table' || inside(child)));
  }));
}

function collectRows(element: Element, rows: Element[] = []): Element[] {
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') collectRows(child, rows);
  }
  return rows;
}

/** A cell's text: every text inside it, nested tables included, paragraphs joined without space (labels wrap). */
function collectCellText(node: Element, builder: MappedBuilder, html: string, base: number): void {
  for (const child of node.children) {
    if (child.type === 'text') appendText(builder, child, html, base, () => undefined);
    else if (child.type === 'element' && !SKIPPED.has(child.tagName)) collectCellText(child, builder, html, base);
  }
}
