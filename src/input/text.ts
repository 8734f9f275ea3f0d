import { joinMapped, sliceOfSource, type AdaptedInput, type Directive, type TextBlock } from '../model/block.js';
import { SourceLocator } from '../model/source.js';

const DIRECTIVE = /^\s*<!--\s*(xxgk-[^>]*?)\s*-->\s*$/;
/** A line that ends a sentence or a heading-like unit; anything else may continue on the next line. */
const SENTENCE_END = /[。！？；：:;.!?）)」”"》】、，,]$/;
export const NUMBERED = /^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])/;
/** Lines shorter than this are cells or headings, never wrapped prose. */
const WRAP_MIN_LENGTH = 50;

/**
 * Plain text pasted from a web page: one block per non-blank line. A line with `|`
 * fragments (tables flattened by a copy) gives one block per fragment, and a long
 * line cut mid-sentence is joined with its continuation.
 */
export function adaptText(source: string): AdaptedInput {
  const locator = new SourceLocator(source);
  const blocks: TextBlock[] = [];
  const directives: Directive[] = [];
  let pendingWrap: TextBlock | undefined;
  for (let line = 1; line <= locator.lineCount; line++) {
    const lineStart = locator.lineStart(line);
    const lineEnd = line < locator.lineCount ? locator.lineStart(line + 1) : source.length;
    const content = source.slice(lineStart, lineEnd).replace(/\r?\n$|\r$/, '');
    const directive = DIRECTIVE.exec(content);
    if (directive) {
      directives.push({ text: directive[1]!, position: locator.position(lineStart, lineStart + content.length) });
      continue;
    }
    for (const [from, to] of fragments(content)) {
      const piece = block(source, locator, lineStart + from, lineStart + to);
      if (pendingWrap && !NUMBERED.test(piece.text)) {
        const joined = joinMapped([pendingWrap, piece]);
        Object.assign(pendingWrap, joined, {
          position: { start: pendingWrap.position.start, end: piece.position.end },
        });
      } else {
        blocks.push(piece);
      }
      pendingWrap = undefined;
    }
    const last = blocks[blocks.length - 1];
    if (last && last.position.end.line === line && last.text.length >= WRAP_MIN_LENGTH && !SENTENCE_END.test(last.text)) {
      pendingWrap = last;
    }
  }
  return { blocks, locator, directives };
}

/** Trimmed, non-empty ranges of a line split at `|` (a line without `|` is one range). */
export function fragments(content: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const re = /[^|]+/g;
  for (let match = re.exec(content); match; match = re.exec(content)) {
    const lead = match[0].length - match[0].trimStart().length;
    const text = match[0].trim();
    if (text) ranges.push([match.index + lead, match.index + lead + text.length]);
  }
  return ranges;
}

function block(source: string, locator: SourceLocator, from: number, to: number): TextBlock {
  return { kind: 'text', ...sliceOfSource(source, from, to), position: locator.position(from, to) };
}
