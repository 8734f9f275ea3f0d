import { joinMapped, sliceOfSource, type AdaptedInput, type Directive, type TextBlock } from '../model/block.js';
import { SourceLocator } from '../model/source.js';

const DIRECTIVE = /^\s*<!--\s*(xxgk-[^>]*?)\s*-->\s*$/;
/** A line that ends a sentence or a heading-like unit; anything else may continue on the next line. */
const SENTENCE_END = /[。！？；：:;.!?）)」”"》】、，,]$/;
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])/;
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
  // A block cut mid-sentence and the lines continuing it, joined once the sentence is complete:
  // joining line by line copied the growing block each time (quadratic on a long unpunctuated run).
  let wrap: TextBlock[] = [];
  let wrapLength = 0;
  let open = false;
  const settle = () => {
    if (wrap.length > 1) Object.assign(wrap[0]!, joinMapped(wrap), { position: { start: wrap[0]!.position.start, end: wrap.at(-1)!.position.end } });
  };
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
      if (open && !NUMBERED.test(piece.text)) {
        wrap.push(piece);
        wrapLength += piece.text.length;
      } else {
        settle();
        blocks.push(piece);
        wrap = [piece];
        wrapLength = piece.text.length;
      }
      open = false;
    }
    const last = wrap.at(-1);
    open = last !== undefined && last.position.end.line === line && wrapLength >= WRAP_MIN_LENGTH && !SENTENCE_END.test(last.text);
  }
  settle();
  return { blocks, locator, directives };
}

/** Trimmed, non-empty ranges of a line split at `|` (a line without `|` is one range). */
function fragments(content: string): Array<[number, number]> {
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
