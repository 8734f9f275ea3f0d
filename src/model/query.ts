import { Memo } from './memo.js';
import type { Cell, Content, Paragraph, Report, Section, Table, TableKind } from './types.js';

// Queries are asked by every rule of a run over the same unchanging tree, so each answer is kept per node list or table.
/** `walk` as an array. */
const allNodes = new Memo((nodes: Content[]) => [...walk(nodes)]);
const cellsOfTable = new Memo((table: Table) => new Map(table.children.map((cell) => [cell.key, cell])));

/** Every node of the report in document order (depth first). */
export function* walk(nodes: Content[]): Generator<Content> {
  for (const node of nodes) {
    yield node;
    if (node.type === 'section') yield* walk(node.children);
  }
}

const isTable = (node: Content): node is Table => node.type === 'table';

// Rules ask for a table per figure of the prose: the lists are made once per tree, not per question.
const confidentTables = new Memo((nodes: Content[]) => allNodes.get(nodes).filter((node): node is Table => isTable(node) && !node.doubt));
const doubtfulTables = new Memo((nodes: Content[]) => allNodes.get(nodes).filter((node): node is Table => isTable(node) && !!node.doubt));

/** The tables read with confidence: every rule that checks cells reads only these. */
export function tablesOf(report: Report): Table[] {
  return confidentTables.get(report.children);
}

export function tableOf(report: Report, kind: TableKind): Table | undefined {
  return tablesOf(report).find((table) => table.kind === kind);
}

/** Tables found but not read with confidence (Table.doubt says why): reported once, checked by no rule. */
export function doubtfulTablesOf(report: Report): Table[] {
  return doubtfulTables.get(report.children);
}

export function sectionsOf(report: Report): Section[] {
  return allNodes.get(report.children).filter((node): node is Section => node.type === 'section');
}

export function paragraphsOf(nodes: Content[]): Paragraph[] {
  return allNodes.get(nodes).filter((node): node is Paragraph => node.type === 'paragraph');
}

export const cellsByKey = (table: Table): Map<string, Cell> => cellsOfTable.get(table);

/** Top-level sections (一、二、…), the parts of the report. */
export function partsOf(report: Report): Section[] {
  return report.children.filter((node): node is Section => node.type === 'section' && node.depth === 1);
}
