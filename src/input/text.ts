import { joinMapped, sliceOfSource, type AdaptedInput, type Block, type Directive, type GridCell, type TextBlock } from '../model/block.js';
import { SourceLocator } from '../model/source.js';
import { isValueCell } from '../knowledge/normalize.js';
import { findPandocTables } from './pandoc-tables.js';
import { findPipeTable, type SourceLine } from './pipe-table.js';

const DIRECTIVE = /^\s*<!--\s*(xxgk-[^>]*?)\s*-->\s*$/;
/** A line that ends a sentence or a heading-like unit; anything else may continue on the next line. */
const SENTENCE_END = /[。！？；：:;.!?）)」”"》】、，,]$/;
export const NUMBERED = /^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])/;
/** Lines shorter than this are cells or headings, never wrapped prose. */
const WRAP_MIN_LENGTH = 50;

/** Only pipes: a copied table's cell ends, spans and empty cells. */
const PIPES_ONLY = /^\s*\|[|\s]*$/;
const ONE_PIPE = /^\s*\|\s*$/;
const PIPE_ROW = /^\s*\|.*\|\s*$/;
/** A row a line, each cell followed by "|" ("索引号 | 0144… | 分类 | … |"), as some pages copy. */
const BAR_ROW = /^\s*[^|\s][^|]*\|(?:[^|]*\|)+\s*$/;
/** A further row of those whose first cell is empty (" | 4 | … |"). */
const EMPTY_FIRST_BAR_ROW = /^\s*\|(?:[^|]*\|)+\s*$/;
const CELL_AFTER_PIPE = /^\s*\|\s*[^|\s][^|]*$/;

/**
 * Plain text pasted from a web page: one block per non-blank line. A line with `|`
 * fragments (tables flattened by a copy) gives one block per fragment, and a long
 * line cut mid-sentence is joined with its continuation. Markdown pipe rows (a
 * delimiter row under the header) are read as a table. Empty cells of a copied table
 * become empty blocks, so the values after them keep their columns (see isEmptyCell).
 */
export function adaptText(source: string): AdaptedInput {
  const locator = new SourceLocator(source);
  const blocks: Block[] = [];
  const directives: Directive[] = [];
  // A block cut mid-sentence and the lines continuing it, joined once the sentence is complete:
  // joining line by line copied the growing block each time (quadratic on a long unpunctuated run).
  let wrap: TextBlock[] = [];
  let wrapLength = 0;
  let open = false;
  const settle = () => {
    if (wrap.length > 1) Object.assign(wrap[0]!, joinMapped(wrap), { position: { start: wrap[0]!.position.start, end: wrap.at(-1)!.position.end } });
  };
  let previousLine = '';
  // Whether this copy writes its cells as "4|": then every line of pipes is an empty cell.
  let cellsEndWithPipe = false;
  // Whether it writes them as "| 4", the row closed by a lone "|": a lone "|" before another cell is an empty one.
  let cellsStartWithPipe = false;
  // pandoc's plain text writes its tables as in its Markdown (column rules, cells lined up).
  const pandocTables = new Map(findPandocTables(source, locator).map((table) => [table.from, table]));
  let gap: Gap = { last: 0, dense: false };
  // Whether the file mostly writes its lines without blank lines between them (looked at once, at its first empty line).
  let linesFollowEachOther: boolean | undefined;
  for (let line = 1; line <= locator.lineCount; line++) {
    const lineStart = locator.lineStart(line);
    const content = lineText(source, locator, line);
    const pandoc = pandocTables.get(lineStart);
    const table = pandoc
      ? { block: pandoc.grid, lastLine: locator.position(pandoc.to, pandoc.to).end.line }
      : PIPE_ROW.test(content) ? pipeTableFrom(source, locator, line) : content.includes('\t') ? separatedTableFrom(source, locator, line, '\t') : BAR_ROW.test(content) ? separatedTableFrom(source, locator, line, '|') : undefined;
    if (table) {
      blocks.push(table.block);
      line = table.lastLine;
      open = false;
      previousLine = '';
      cellsEndWithPipe = false;
      continue;
    }
    const previous = previousLine;
    previousLine = content;
    if (!PIPES_ONLY.test(content) && content.trim()) {
      cellsEndWithPipe = content.trimEnd().endsWith('|');
      // Labels start such a row without a pipe: the convention holds once seen.
      cellsStartWithPipe ||= CELL_AFTER_PIPE.test(content);
    }
    // Only a line of pipes or an empty one may be an empty cell: the next line is read for those alone.
    const next = (PIPES_ONLY.test(content) || !content.trim()) && line < locator.lineCount ? lineText(source, locator, line + 1) : '';
    // In a "| 4" copy, a lone "|" before another cell is an empty cell, and so is an empty line
    // between a row's closing "|" and the next row's "| 4" (the row's first cell was empty).
    const emptyFirst = cellsStartWithPipe && !content.trim() && ONE_PIPE.test(previous) && next.trimStart().startsWith('|');
    if (emptyFirst || (PIPES_ONLY.test(content) && (cellsEndWithPipe || isEmptyCell(previous, content, next) || (cellsStartWithPipe && ONE_PIPE.test(content) && next.trimStart().startsWith('|'))))) {
      const at = lineStart + Math.max(0, content.indexOf('|'));
      blocks.push({ kind: 'text', text: '', spans: [], position: locator.position(at, at) });
      open = false;
      continue;
    }
    if (!content.trim()) {
      linesFollowEachOther ??= followEachOther(source, locator);
      if (line > gap.last) gap = gapAt(source, locator, line, linesFollowEachOther);
      // A no-break space is a browser's mark for an empty cell; an empty line is one among lines
      // that follow each other without blank lines (LibreOffice's text of a table, a cell a line).
      const mark = content.indexOf('\u00a0');
      if (mark >= 0 || gap.dense) {
        const at = lineStart + Math.max(0, mark);
        blocks.push({ kind: 'text', text: '', spans: [], position: locator.position(at, at), maybeEmptyCell: true });
        open = false;
        continue;
      }
    }
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

/** A run of lines holding nothing but spaces: its last line, and whether two lines with text stand right before or after it. */
interface Gap {
  last: number;
  dense: boolean;
}

function gapAt(source: string, locator: SourceLocator, first: number, everywhere: boolean): Gap {
  let last = first;
  while (last < locator.lineCount && !hasText(source, locator, last + 1)) last++;
  const dense = everywhere || (hasText(source, locator, first - 1) && hasText(source, locator, first - 2)) || (hasText(source, locator, last + 1) && hasText(source, locator, last + 2));
  return { last, dense };
}

/** Whether a line holds a character that is not a space (read in place, not sliced). */
function hasText(source: string, locator: SourceLocator, line: number): boolean {
  if (line < 1 || line > locator.lineCount) return false;
  for (let i = locator.lineStart(line); i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 10 || code === 13) return false;
    if (!isSpace(code)) return true;
  }
  return false;
}

/**
 * Whether at least a third of the lines with text are followed by another line with text: a file
 * that puts a blank line after each (a copy with cells apart by blank lines) has almost none, one
 * written without blank lines has most, even where many of its table's cells are empty lines.
 */
function followEachOther(source: string, locator: SourceLocator): boolean {
  let together = 0;
  let withText = 0;
  let previous = false;
  for (let line = 1; line <= locator.lineCount; line++) {
    const text = hasText(source, locator, line);
    if (text) withText++;
    if (previous && text) together++;
    previous = text;
  }
  return 3 * together >= withText;
}

/** The characters String.prototype.trim removes. */
function isSpace(code: number): boolean {
  return code <= 32 ? code === 32 || (code >= 9 && code <= 13) : code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
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

/**
 * Whether a line of pipes is an empty cell in a copy that writes a cell as "4" and a line "|":
 * a second "|" line is an empty cell when a value or more pipes follow; before a label, or as
 * "||", it ends the row.
 */
function isEmptyCell(previous: string, content: string, next: string): boolean {
  return ONE_PIPE.test(previous) && ONE_PIPE.test(content) && (PIPES_ONLY.test(next) || (next.trim() !== '' && isValueCell(next.trim())));
}

function lineText(source: string, locator: SourceLocator, line: number): string {
  const end = line < locator.lineCount ? locator.lineStart(line + 1) : source.length;
  return source.slice(locator.lineStart(line), end).replace(/\r?\n$|\r$/, '');
}

/** A Markdown pipe table starting at `line`: the run of `|` rows, read when its second row is a delimiter row. */
function pipeTableFrom(source: string, locator: SourceLocator, line: number): { block: Block; lastLine: number } | undefined {
  const lines: SourceLine[] = [];
  for (let at = line; at <= locator.lineCount; at++) {
    const text = lineText(source, locator, at);
    if (!PIPE_ROW.test(text) || PIPES_ONLY.test(text)) break;
    lines.push({ text, offset: locator.lineStart(at) });
  }
  const table = lines.length >= 3 ? findPipeTable(lines, locator) : undefined;
  if (!table || table.headerIndex !== 0) return undefined;
  const last = lines[lines.length - 1]!;
  return { block: { kind: 'grid', rows: table.rows, position: locator.position(lines[0]!.offset, last.offset + last.text.length) }, lastLine: line + lines.length - 1 };
}

/** Fewer lines than this with tabs (or cells ended by "|") are not a copied table. */
const TAB_TABLE_LINES = 2;

/**
 * Rows copied from Word or a spreadsheet: cells apart by tabs, one row a line, a merged cell
 * written once; or rows a page's copy ends each cell of with "|". Empty cells stay, so the
 * values after them keep their columns.
 */
function separatedTableFrom(source: string, locator: SourceLocator, line: number, separator: '\t' | '|'): { block: Block; lastLine: number } | undefined {
  const rows: GridCell[][] = [];
  for (let at = line; at <= locator.lineCount; at++) {
    const text = lineText(source, locator, at);
    if (separator === '|' ? !(BAR_ROW.test(text) || (rows.length > 0 && EMPTY_FIRST_BAR_ROW.test(text))) : !text.includes('\t')) break;
    // The first row has text on both sides of a tab (a heading with a stray tab starts no table).
    if (rows.length === 0 && text.split(separator).filter((cell) => cell.trim()).length < 2) break;
    const offset = locator.lineStart(at);
    let from = 0;
    // The "|" after the last cell ends the row; no cell follows it.
    const pieces = separator === '|' ? text.slice(0, text.lastIndexOf('|')).split('|') : text.split('\t');
    rows.push(
      pieces.map((raw) => {
        const lead = raw.length - raw.trimStart().length;
        const cell = raw.trim();
        const start = offset + from + lead;
        from += raw.length + 1;
        return { ...sliceOfSource(source, start, start + cell.length), position: locator.position(start, start + cell.length) };
      }),
    );
  }
  if (rows.length < TAB_TABLE_LINES) return undefined;
  const last = rows[rows.length - 1]!;
  return { block: { kind: 'grid', rows, position: locator.position(rows[0]![0]!.position.start.offset!, last[last.length - 1]!.position.end.offset!) }, lastLine: line + rows.length - 1 };
}

function block(source: string, locator: SourceLocator, from: number, to: number): TextBlock {
  return { kind: 'text', ...sliceOfSource(source, from, to), position: locator.position(from, to) };
}
