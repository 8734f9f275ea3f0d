import mammoth from 'mammoth';
import type { AdaptedInput, Block, GridCell, TextBlock } from '../model/block.js';
import { SourceLocator } from '../model/source.js';
import { htmlBlocks } from './html.js';
import { assertNesting, htmlNesting } from './limits.js';
import { checkZip } from './zip-check.js';

/**
 * A Word document through mammoth's HTML (tables and merged cells kept). A .docx has no
 * text lines, so the source is virtual: one line per paragraph and per table cell, in
 * reading order — "line N" is the N-th paragraph or cell of the document.
 */
export async function adaptDocx(bytes: Uint8Array): Promise<{ source: string; input: AdaptedInput }> {
  // Sizes and counts first: mammoth's zip reader inflates every part whole, whatever it holds.
  checkZip(bytes);
  let html: string;
  try {
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // mammoth reads `buffer` in Node and `arrayBuffer` in browsers; JSZip takes a Uint8Array as either.
    html = (await mammoth.convertToHtml({ arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer })).value;
  } catch (error) {
    throw new Error(`无法读取 Word 文档：${(error as Error).message}（是否为 .docx 格式？旧的 .doc 请另存为 .docx）`);
  }
  assertNesting(htmlNesting(html));
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
  return { source, input: { blocks, locator, directives: [] } };
}
