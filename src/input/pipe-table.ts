import type { GridCell } from '../model/block.js';
import type { SourceLocator } from '../model/source.js';
import { MappedBuilder } from './mapped-builder.js';

/** A GFM delimiter row: `| --- | :-: |`, pipes at the ends optional. */
const DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

export interface SourceLine {
  text: string;
  offset: number;
}

/** The lines of `source` between two offsets, each with the offset where it starts. */
export function linesBetween(source: string, from: number, to: number): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = from;
  while (start <= to) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 || newline > to ? to : newline;
    lines.push({ text: source.slice(start, end), offset: start });
    start = end + 1;
  }
  return lines;
}

/** ASCII punctuation a Markdown backslash escapes (`\*`, `\|`): the character stands for itself. */
export const ESCAPABLE = /[!-/:-@[-`{-~]/;

/** Cells of one table row: split at unescaped pipes, `\|` and other escapes read as the character. */
function rowCells(line: SourceLine, locator: SourceLocator): GridCell[] {
  const cells: GridCell[] = [];
  let cell = new MappedBuilder();
  let cellFrom = line.offset;
  const close = (at: number) => {
    const mapped = cell.finish();
    const first = mapped.spans[0];
    const last = mapped.spans[mapped.spans.length - 1];
    cells.push({ ...mapped, position: locator.position(first?.offset ?? cellFrom, last ? last.offset + last.length : at) });
    cell = new MappedBuilder();
  };
  const { text } = line;
  const start = text.trimStart().startsWith('|') ? text.indexOf('|') + 1 : 0;
  const end = text.trimEnd().endsWith('|') && text.trimEnd().length - 1 >= start ? text.trimEnd().length - 1 : text.length;
  cellFrom = line.offset + start;
  for (let i = start; i < end; i++) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < end && ESCAPABLE.test(text[i + 1]!)) {
      cell.appendExact(text[i + 1]!, line.offset + i + 1);
      i++;
    } else if (char === '*' || char === '`') {
      // Emphasis and code marks around a figure (**4**) are markup, never content.
    } else if (char === '|') {
      close(line.offset + i);
      cellFrom = line.offset + i + 1;
    } else cell.appendExact(char, line.offset + i);
  }
  close(line.offset + end);
  return cells;
}

/**
 * A GFM pipe table among the lines of a paragraph, read straight from the source: a header row,
 * a delimiter row with as many cells, and every line after it. Returns the index of the header
 * line and the rows, or undefined. Reading the reports' plain tables this way spares the GFM
 * extension's cost on every line of every file.
 */
export function findPipeTable(lines: SourceLine[], locator: SourceLocator): { headerIndex: number; rows: GridCell[][] } | undefined {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.text.includes('|') || !DELIMITER.test(lines[i + 1]!.text)) continue;
    const header = rowCells(lines[i]!, locator);
    if (header.length !== rowCells(lines[i + 1]!, locator).length) continue;
    return { headerIndex: i, rows: [header, ...lines.slice(i + 2).map((line) => rowCells(line, locator))] };
  }
  return undefined;
}
