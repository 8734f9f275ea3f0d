import type { AdaptedInput, Block, GridCell, TextBlock } from '../model/block.js';
import { SourceLocator } from '../model/source.js';
import { htmlBlocks } from './html.js';

/**
 * Blocks of a Word document given as HTML (paragraphs and tables, merged cells kept). A Word file
 * has no text lines, so the source is virtual: one line per paragraph and per table cell, in
 * reading order — "line N" is the N-th paragraph or cell of the document. Shared by .docx and .doc.
 */
export function wordBlocks(html: string): AdaptedInput {
  const { blocks: fromHtml } = htmlBlocks(html, new SourceLocator(html), 0);
  const lines: string[] = [];
  // A merged cell's copies share their original's HTML offset, so they share its line too.
  const lineOfCell = new Map<number, number>();
  const addLine = (text: string) => lines.push(text.replace(/[\r\n]+/g, ' ')) - 1;
  for (const block of fromHtml) {
    if (block.kind === 'text') addLine(block.text);
    else for (const cell of block.rows.flat()) if (!cell.spanned) lineOfCell.set(cell.position.start.offset!, addLine(cell.text));
  }
  const source = lines.join('\n');
  const locator = new SourceLocator(source);
  const onLine = (line: number) => {
    const start = locator.lineStart(line + 1);
    const text = lines[line]!;
    return { text, spans: text ? [{ start: 0, offset: start, length: text.length }] : [], position: locator.position(start, start + text.length) };
  };
  let next = 0;
  const blocks: Block[] = [];
  for (const block of fromHtml) {
    if (block.kind === 'text') {
      const placed: TextBlock = { kind: 'text', ...onLine(next++), ...(block.markedHeading && { markedHeading: true }) };
      blocks.push(placed);
      continue;
    }
    const rows: GridCell[][] = block.rows.map((row) =>
      row.map((cell) => {
        const line = lineOfCell.get(cell.position.start.offset!) ?? 0;
        if (!cell.spanned) next = line + 1;
        return { ...onLine(line), ...(cell.spanned && { spanned: true }) };
      }),
    );
    const cells = rows.flat();
    if (cells.length === 0) continue;
    blocks.push({ kind: 'grid', rows, position: { start: cells[0]!.position.start, end: cells[cells.length - 1]!.position.end } });
  }
  return { blocks, locator, directives: [] };
}
