/**
 * What reading any file may cost, whoever made it (docs/reliability.md). Past a limit the file is
 * not read; the run goes on with the next.
 */

/** Elements or Markdown containers inside one another: the tree code recurses once per level. */
export const MAX_NESTING = 256;

/** Cells of one table once its row and column spans are expanded (a real one has a few hundred). */
export const MAX_GRID_CELLS = 100_000;

/** A limit a file went past; readInput turns it into a failure naming the limit. */
export class InputLimitError extends Error {
  constructor(
    readonly reason: 'too-large' | 'too-deep' | 'read-too-slow',
    detail: string,
  ) {
    super(detail);
  }
}

/** Elements HTML lets a writer leave open (or that hold nothing): they never nest without end. */
const NEVER_DEEP = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd td th tr thead tbody tfoot colgroup caption option optgroup rb rt rp html head body'.split(' '),
);
const TAG = /<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g;

/** How deep the elements of an HTML text nest, by its tags alone (one pass, no tree). */
export function htmlNesting(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name, selfClosing] of html.matchAll(TAG)) {
    if (selfClosing || NEVER_DEEP.has(name!.toLowerCase())) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/**
 * Block quote and list item markers opening lines. The Markdown parser (micromark 4) rebuilds its
 * whole event list each time such a container closes, so its time grows with their number times
 * the document's length: 20,000 one-line quotes took over three minutes. A report has a few dozen.
 */
export const MAX_MARKDOWN_CONTAINERS = 2000;

/** Block quotes and list items opening a line, with the indentation of a nested list (two spaces a level). */
const CONTAINERS = /^([ \t]*)((?:(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*)+)/gm;
const MARKER = />|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])/g;

/**
 * How deep the containers of a Markdown text nest, line by line (one pass, no tree), and the HTML
 * in it; throws InputLimitError past MAX_NESTING on a line or MAX_MARKDOWN_CONTAINERS markers.
 */
export function markdownNesting(markdown: string): number {
  let deepest = 0;
  let containers = 0;
  for (const [, indent, markers] of markdown.matchAll(CONTAINERS)) {
    const count = markers!.match(MARKER)?.length ?? 0;
    const depth = Math.floor(indent!.replace(/\t/g, '    ').length / 2) + count;
    assertNesting(depth);
    if (depth > deepest) deepest = depth;
    containers += count;
    if (containers > MAX_MARKDOWN_CONTAINERS) throw new InputLimitError('too-large', `more than ${MAX_MARKDOWN_CONTAINERS} Markdown quote and list markers`);
  }
  return Math.max(deepest, htmlNesting(markdown));
}

/** Throws when a text nests deeper than MAX_NESTING. */
export function assertNesting(depth: number): void {
  if (depth > MAX_NESTING) throw new InputLimitError('too-deep', `${depth} > ${MAX_NESTING}`);
}
