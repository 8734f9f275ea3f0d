import type { Position } from 'unist';
import { cellKey, knowledge, tableDefinition } from '../knowledge/index.js';
import type { MappedText } from '../model/block.js';
import { cellsByKey, walk } from '../model/query.js';
import type { Cell, Content, Report, Section, Table } from '../model/types.js';
import type { Piece, ViewCell, ViewNode, ViewPart, ViewRow } from './api.js';

const range = (position: Position | undefined) => ({
  start: position?.start.offset ?? 0,
  end: position?.end.offset ?? 0,
  line: position?.start.line ?? 1,
});

/** Text pieces of mapped text: literal source runs keep their offset, normalised text between them has none. */
function pieces(mapped: MappedText): Piece[] {
  const result: Piece[] = [];
  let at = 0;
  for (const span of mapped.spans) {
    if (span.start > at) result.push({ text: mapped.text.slice(at, span.start) });
    result.push({ text: mapped.text.slice(span.start, span.start + span.length), from: span.offset });
    at = span.start + span.length;
  }
  if (at < mapped.text.length) result.push({ text: mapped.text.slice(at) });
  return result;
}

function heading(section: Section, source: string): ViewNode {
  const { start, end, line } = range(section.headingPosition);
  const written = source.slice(start, end);
  const shown = section.marker + section.title;
  // Markup (`## `, tags) around a heading: show the clean text, placed by the whole heading's range.
  const literal = written.replace(/\s/g, '') === shown.replace(/\s/g, '');
  return { kind: 'heading', depth: section.depth, start, end, line, pieces: [literal ? { text: written, from: start } : { text: shown }] };
}

const cell = (found: Cell | undefined): ViewCell | null => (found ? { raw: found.raw, ...range(found.position) } : null);

/** A table drawn from the format's definition: table 三 as rows × 7 columns, table 四 as 3 × 5, table 二 with its changing columns. */
function table(node: Table): ViewNode {
  const definition = tableDefinition(node.generation, node.kind, knowledge)!;
  const byKey = cellsByKey(node);
  const rows: ViewRow[] = [];
  let header: string[] = [];
  if (definition.layout === 'rows') {
    let previous = '';
    for (const row of definition.rows) {
      const columns = row.columns ?? definition.columns;
      const cells = columns.map((column) => cell(byKey.get(cellKey(row.key, column.key))));
      // Rows the report does not have (most of the legacy table's 58) are left out.
      if (cells.every((c) => c === null) && !node.rowLabels[row.key]) continue;
      const labels = columns.map((column) => column.label);
      const changed = rows.length > 0 && labels.join() !== previous;
      if (rows.length === 0) header = labels;
      previous = labels.join();
      rows.push({ label: node.rowLabels[row.key]?.text ?? row.label, ...(changed && { header: labels }), cells });
    }
  } else {
    // Sequence tables name each cell "group·column" (行政复议·结果维持): one row per group.
    const groups = new Map<string, Map<string, Cell | undefined>>();
    for (const { key, label } of definition.cells) {
      const [group, column] = label.includes('·') ? label.split('·') as [string, string] : ['', label];
      if (!groups.has(group)) groups.set(group, new Map());
      groups.get(group)!.set(column, byKey.get(key));
    }
    header = [...groups.values().next().value!.keys()];
    for (const [group, cells] of groups) rows.push({ label: group, cells: header.map((column) => cell(cells.get(column))) });
  }
  return { kind: 'table', title: definition.title, header, rows, ...range(node.position) };
}

function nodes(content: Content[], source: string): ViewNode[] {
  return [...walk(content)].map((node) => {
    if (node.type === 'section') return heading(node, source);
    if (node.type === 'table') return table(node);
    return { kind: 'paragraph', pieces: pieces(node), ...range(node.position) };
  });
}

/** The report as the page draws it, by part (一、二、…), so findings can be listed under the part they are in. */
export function reportView(report: Report): ViewPart[] {
  const parts: ViewPart[] = [];
  for (const node of report.children) {
    if (node.type === 'section') parts.push({ title: `${node.marker}${node.title}`, nodes: nodes([node], report.source) });
    else {
      const last = parts.at(-1);
      if (last && (last.title === '开头' || last.title === '文末')) last.nodes.push(...nodes([node], report.source));
      else parts.push({ title: parts.length === 0 ? '开头' : '文末', nodes: nodes([node], report.source) });
    }
  }
  return parts;
}
