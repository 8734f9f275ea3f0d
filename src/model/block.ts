import type { Position } from 'unist';
import type { SourceLocator } from './source.js';

/**
 * A piece of block text that comes from one contiguous run of the source:
 * `text.slice(start, start + length)` equals the source at `offset`.
 * Text produced by normalisation (an entity, a joined line) lies between spans.
 */
export interface Span {
  start: number;
  offset: number;
  length: number;
}

/** Text with a map back into the source, so any substring can be located. */
export interface MappedText {
  text: string;
  spans: Span[];
}

/** A paragraph-like unit of the input: a line of a text file, a <p>, a Markdown paragraph. */
export interface TextBlock extends MappedText {
  kind: 'text';
  position: Position;
  /** True when the input marked this block as a heading (Markdown `#`, HTML <h1>–<h6>). */
  markedHeading?: boolean;
  /**
   * An empty line among lines that follow each other without blank lines, or a line holding only
   * a no-break space (text files): an empty cell of a copied table only where the table's count of
   * cells says so, else spacing. Its text is empty.
   */
  maybeEmptyCell?: boolean;
}

/** One cell of a real table (HTML, Markdown, Word); rowspan/colspan already expanded. */
export interface GridCell extends MappedText {
  position: Position;
  /** True for a copy made by expanding rowspan/colspan. */
  spanned?: boolean;
  /** The page's edge cut through this cell (a table wider than the page): its text may have lost characters, so it is not read. */
  cut?: boolean;
}

export interface GridBlock {
  kind: 'grid';
  rows: GridCell[][];
  position: Position;
}

export type Block = TextBlock | GridBlock;

/** What every input adapter returns: blocks in reading order over one located source. */
export interface AdaptedInput {
  blocks: Block[];
  locator: SourceLocator;
  /** Comments such as `<!-- xxgk-disable-next-line rule -->`, for in-file suppression. */
  directives: Directive[];
  /**
   * For a paged original (PDF), the page of each source line and the line on that page as printed
   * (index: source line − 1), so a finding can name 第N页 and the line there.
   */
  pageLines?: PageLine[];
}

export interface PageLine {
  page: number;
  line: number;
}

export interface Directive {
  text: string;
  position: Position;
}

/** Source offset of character `index` of mapped text (clamped into the nearest span). */
export function offsetAt(mapped: MappedText, index: number): number {
  const { spans } = mapped;
  if (spans.length === 0) return 0;
  // The last span starting at or before `index` (spans are in text order): binary search, since
  // an HTML paragraph with entities or a joined text block can have hundreds.
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= index) lo = mid;
    else hi = mid - 1;
  }
  const chosen = spans[lo]!;
  const within = Math.min(Math.max(index - chosen.start, 0), chosen.length);
  return chosen.offset + within;
}

/** Position of `text.slice(from, to)` in the source. */
export function locate(mapped: MappedText, locator: SourceLocator, from: number, to: number): Position {
  const start = offsetAt(mapped, from);
  const end = to > from ? offsetAt(mapped, to - 1) + 1 : start;
  return locator.position(start, end);
}

/** Mapped text for a literal slice of the source. */
export function sliceOfSource(source: string, from: number, to: number): MappedText {
  return { text: source.slice(from, to), spans: [{ start: 0, offset: from, length: to - from }] };
}

/** Concatenates mapped texts, with an optional joiner that has no source. */
export function joinMapped(parts: MappedText[], joiner = ''): MappedText {
  let text = '';
  const spans: Span[] = [];
  parts.forEach((part, i) => {
    if (i > 0) text += joiner;
    for (const span of part.spans) spans.push({ ...span, start: span.start + text.length });
    text += part.text;
  });
  return { text, spans };
}

/** The mapped text from character `from` on, with its spans re-based. */
export function sliceMapped(mapped: MappedText, from: number, to = mapped.text.length): MappedText {
  const spans = mapped.spans
    .filter((span) => span.start + span.length > from && span.start < to)
    .map((span) => {
      const skip = Math.max(0, from - span.start);
      const length = Math.min(span.length - skip, to - (span.start + skip));
      return { start: span.start + skip - from, offset: span.offset + skip, length };
    });
  return { text: mapped.text.slice(from, to), spans };
}
