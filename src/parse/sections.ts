import { locate, sliceMapped, type Block, type TextBlock } from '../model/block.js';
import type { SourceLocator } from '../model/source.js';
import type { Content, Paragraph, Section, Table } from '../model/types.js';
import { headingMarker } from './headings.js';
import type { FoundTable } from './tables.js';

/**
 * A heading that goes on after its first sentence is a run-in heading with body text: "（二）依申请公开。全年
 * 共收到申请5件…" is a heading 依申请公开 over a paragraph. So is a short title ended by a colon
 * ("1.依申请公开情况：本年度…"). The body must say something (a stray 。 or two characters are not text).
 */
const RUN_IN_BODY_MIN = 3;
const COLON_TITLE_MAX = 16;

/** Builds the section tree from the blocks that are not tables. */
export function buildSections(blocks: Block[], tables: FoundTable[], locator: SourceLocator): Content[] {
  const root: Content[] = [];
  const stack: Section[] = [];
  const append = (node: Content) => (stack.length ? stack[stack.length - 1]!.children : root).push(node);
  const tableAt = new Map(tables.map((found) => [found.start, found]));
  for (let i = 0; i < blocks.length; i++) {
    const found = tableAt.get(i);
    if (found) {
      append(found.table as Table);
      i = found.end;
      continue;
    }
    const block = blocks[i]!;
    // An empty cell of a copied table that no table took has nothing to say.
    if (block.kind !== 'text' || !block.text) continue;
    const marker = headingMarker(block.text);
    if (!marker) {
      append(paragraph(block));
      continue;
    }
    while (stack.length && stack[stack.length - 1]!.depth >= marker.depth) stack.pop();
    const section = makeSection(block, marker, locator);
    append(section);
    stack.push(section);
  }
  for (const node of root) if (node.type === 'section') extend(node);
  return root;
}

function makeSection(block: TextBlock, marker: NonNullable<ReturnType<typeof headingMarker>>, locator: SourceLocator): Section {
  const afterMarker = block.text.slice(marker.marker.length);
  const sentenceStop = afterMarker.search(/[。！？]/);
  const colon = afterMarker.search(/[：:]/);
  const stop = colon >= 0 && colon <= COLON_TITLE_MAX && (sentenceStop < 0 || colon < sentenceStop) ? colon : sentenceStop;
  const runIn = stop >= 0 && afterMarker.slice(stop + 1).trim().length >= RUN_IN_BODY_MIN;
  const titleEnd = marker.marker.length + (runIn ? stop + 1 : afterMarker.length);
  const section: Section = {
    type: 'section',
    depth: marker.depth,
    marker: marker.marker,
    ordinal: marker.ordinal,
    title: block.text.slice(marker.marker.length, runIn ? titleEnd - 1 : titleEnd).trim(),
    headingPosition: locate(block, locator, 0, titleEnd),
    children: [],
    position: block.position,
  };
  if (runIn) {
    const body = block.text.slice(titleEnd);
    const lead = body.length - body.trimStart().length;
    const from = titleEnd + lead;
    section.children.push({ type: 'paragraph', ...sliceMapped(block, from), position: locate(block, locator, from, block.text.length) });
  }
  return section;
}

function paragraph(block: TextBlock): Paragraph {
  return { type: 'paragraph', text: block.text, spans: block.spans, position: block.position };
}

/** A section's position runs from its heading to the end of its last child. */
function extend(section: Section): void {
  for (const child of section.children) if (child.type === 'section') extend(child);
  const last = section.children[section.children.length - 1];
  if (last?.position && section.position) section.position = { start: section.position.start, end: last.position.end };
}
