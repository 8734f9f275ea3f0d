import type { Cell, Content, Paragraph, Report, Section, Table, TableKind } from './types.js';

/**
 * Queries are asked by every rule of a run over the same unchanging tree, so each answer is kept
 * per node list or table (weakly: it goes with the model).
 */
const nodesCache = new WeakMap<Content[], Content[]>();
const cellsCache = new WeakMap<Table, Map<string, Cell>>();

/** Every node of the report in document order (depth first). */
export function* walk(nodes: Content[]): Generator<Content> {
  for (const node of nodes) {
    yield node;
    if (node.type === 'section') yield* walk(node.children);
  }
}

/** `walk` as an array, computed once per node list. */
function allNodes(nodes: Content[]): Content[] {
  let all = nodesCache.get(nodes);
  if (!all) nodesCache.set(nodes, (all = [...walk(nodes)]));
  return all;
}

export function tablesOf(report: Report): Table[] {
  return allNodes(report.children).filter((node): node is Table => node.type === 'table');
}

export function tableOf(report: Report, kind: TableKind): Table | undefined {
  return allNodes(report.children).find((node): node is Table => node.type === 'table' && node.kind === kind);
}

export function sectionsOf(report: Report): Section[] {
  return allNodes(report.children).filter((node): node is Section => node.type === 'section');
}

export function paragraphsOf(nodes: Content[]): Paragraph[] {
  return allNodes(nodes).filter((node): node is Paragraph => node.type === 'paragraph');
}

export function cellsByKey(table: Table): Map<string, Cell> {
  let cells = cellsCache.get(table);
  if (!cells) cellsCache.set(table, (cells = new Map(table.children.map((cell) => [cell.key, cell]))));
  return cells;
}

/** Top-level sections (一、二、…), the parts of the report. */
export function partsOf(report: Report): Section[] {
  return report.children.filter((node): node is Section => node.type === 'section' && node.depth === 1);
}
