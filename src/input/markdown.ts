import type { Heading, List, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { AdaptedInput, Block, Directive, TextBlock } from '../model/block.js';
import { SourceLocator } from '../model/source.js';
import { htmlBlocks } from './html.js';
import { MappedBuilder } from './mapped-builder.js';
import { findPandocTables, type TextTable } from './pandoc-tables.js';
import { findPipeTable, linesBetween } from './pipe-table.js';

/** Plain CommonMark: a GFM table reaches us as a paragraph of `|` lines, read by findPipeTable. */
const parser = unified().use(remarkParse);
const COMMENT = /<!--([\s\S]*?)-->/g;
/** A paragraph of this many short lines is a table flattened into lines, one cell per line. */
const CELL_LINES = 3;
const CELL_LENGTH = 40;

/** Markdown: headings, paragraphs, list items (with their markers), GFM pipe tables and embedded HTML. */
export function adaptMarkdown(source: string): AdaptedInput {
  const locator = new SourceLocator(source);
  // Pandoc tables are read apart; CommonMark sees blank lines in their place (offsets unchanged).
  const pandocTables = findPandocTables(source, locator);
  const tree = parser.parse(pandocTables.length ? blankOut(source, pandocTables) : source) as Root;
  const blocks: Block[] = [];
  const directives: Directive[] = [];
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading') blocks.push(...textBlocks(node, source, locator, '', true));
      else if (node.type === 'paragraph') blocks.push(...paragraphBlocks(node, source, locator));
      else if (node.type === 'list') blocks.push(...listBlocks(node, source, locator));
      else if (node.type === 'blockquote') visit(node.children);
      else if (node.type === 'html') {
        const from = node.position?.start.offset ?? 0;
        const found = htmlBlocks(node.value, locator, from);
        // One by one: spreading an HTML block of 100,000s of paragraphs into push overflows the stack.
        for (const block of found.blocks) blocks.push(block);
        for (const directive of [...found.directives, ...comments(node.value, from, locator)]) directives.push(directive);
      }
    }
  };
  visit(tree.children);
  return { blocks: pandocTables.length ? inOrder(blocks, pandocTables) : blocks, locator, directives: dedupe(directives) };
}

function blankOut(source: string, tables: TextTable[]): string {
  let out = '';
  let at = 0;
  for (const table of tables) {
    out += source.slice(at, table.from) + source.slice(table.from, table.to).replace(/[^\r\n]/g, ' ');
    at = table.to;
  }
  return out + source.slice(at);
}

/** The blocks with the pandoc tables' grids put in where they stand in the source. */
function inOrder(blocks: Block[], tables: TextTable[]): Block[] {
  const merged: Block[] = [];
  let next = 0;
  for (const block of blocks) {
    while (next < tables.length && tables[next]!.from <= block.position.start.offset!) merged.push(tables[next++]!.grid);
    merged.push(block);
  }
  return [...merged, ...tables.slice(next).map((table) => table.grid)];
}

/** Comments in an html node (rehype sees those in fragments too; keep one of each place). */
function comments(value: string, base: number, locator: SourceLocator): Directive[] {
  return [...value.matchAll(COMMENT)]
    .filter((match) => match[1]!.trim().startsWith('xxgk-'))
    .map((match) => ({ text: match[1]!.trim(), position: locator.position(base + match.index!, base + match.index! + match[0].length) }));
}

function dedupe(directives: Directive[]): Directive[] {
  const seen = new Set<number>();
  return directives.filter((d) => !seen.has(d.position.start.offset!) && seen.add(d.position.start.offset!));
}

function listBlocks(list: List, source: string, locator: SourceLocator): Block[] {
  return list.children.flatMap((item) => {
    const first = item.children[0];
    const itemStart = item.position?.start.offset ?? 0;
    return item.children.flatMap((child) => {
      if (child.type === 'list') return listBlocks(child, source, locator);
      if (child.type !== 'paragraph' && child.type !== 'heading') return [];
      // The report's own numbering ("1." "2、") is part of the text a heading check reads.
      const marker = child === first ? source.slice(itemStart, child.position?.start.offset ?? itemStart).trim() : '';
      return textBlocks(child, source, locator, marker, false, itemStart);
    });
  });
}

function textBlocks(node: Paragraph | Heading, source: string, locator: SourceLocator, marker: string, heading: boolean, markerOffset = 0): TextBlock[] {
  const lines: MappedBuilder[] = [new MappedBuilder()];
  if (marker) lines[0]!.appendExact(marker + ' ', markerOffset);
  inline(node.children, source, lines);
  const built = lines.map((line) => line.finish()).filter((line) => line.text);
  const short = built.length >= CELL_LINES && built.every((line) => line.text.length < CELL_LENGTH);
  const pieces = short ? built : [joinLines(built)];
  return pieces
    .filter((piece) => piece.text)
    .map((piece) => {
      const first = piece.spans[0];
      const last = piece.spans[piece.spans.length - 1];
      const from = first?.offset ?? node.position?.start.offset ?? 0;
      const to = last ? last.offset + last.length : node.position?.end.offset ?? from;
      return { kind: 'text' as const, ...piece, position: locator.position(from, to), ...(heading && { markedHeading: true }) };
    });
}

function joinLines(lines: Array<ReturnType<MappedBuilder['finish']>>): ReturnType<MappedBuilder['finish']> {
  const builder = new MappedBuilder();
  for (const line of lines) {
    let at = 0;
    for (const span of line.spans) {
      if (span.start > at) builder.appendVirtual(line.text.slice(at, span.start));
      builder.appendExact(line.text.slice(span.start, span.start + span.length), span.offset);
      at = span.start + span.length;
    }
    if (at < line.text.length) builder.appendVirtual(line.text.slice(at));
  }
  return builder.finish();
}

/** Walks inline content; a soft line break (a newline in a text node) starts a new line. */
function inline(nodes: PhrasingContent[], source: string, lines: MappedBuilder[]): void {
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') appendLiteral(node, source, lines);
    else if (node.type === 'break') lines.push(new MappedBuilder());
    else if (node.type === 'image') lines[lines.length - 1]!.appendVirtual(node.alt ?? '');
    else if ('children' in node) inline(node.children as PhrasingContent[], source, lines);
  }
}

function appendLiteral(node: Nodes & { value: string }, source: string, lines: MappedBuilder[]): void {
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  const exact = from !== undefined && to !== undefined && source.slice(from, to) === node.value;
  let offset = from ?? 0;
  node.value.split('\n').forEach((part, i) => {
    if (i > 0) lines.push(new MappedBuilder());
    const line = lines[lines.length - 1]!;
    if (exact) line.appendExact(part, offset);
    else if (from !== undefined) line.appendExact(part, Math.min(from, source.length));
    else line.appendVirtual(part);
    offset += part.length + 1;
  });
}

/** A paragraph, or the pipe table it holds (a table may follow lines of text without a blank line). */
function paragraphBlocks(node: Paragraph, source: string, locator: SourceLocator): Block[] {
  const from = node.position?.start.offset ?? 0;
  const to = node.position?.end.offset ?? from;
  const lines = source.indexOf('|', from) >= 0 && source.indexOf('|', from) < to ? linesBetween(source, from, to) : [];
  const table = findPipeTable(lines, locator);
  if (!table) return textBlocks(node, source, locator, '', false);
  const before = lines.slice(0, table.headerIndex).map((line) => {
    const builder = new MappedBuilder();
    builder.appendExact(line.text, line.offset);
    return builder.finish();
  });
  const lead: Block[] = before.length ? [{ kind: 'text', ...joinLines(before), position: locator.position(from, lines[table.headerIndex]!.offset) }] : [];
  const tableFrom = lines[table.headerIndex]!.offset;
  return [...lead, { kind: 'grid', rows: table.rows, position: locator.position(tableFrom, to) }];
}
