import type { Cell, Content, Paragraph, Report, Section, Table, TableKind } from './types.js';

/** Every node of the report in document order (depth first). */
export function* walk(nodes: Content[]): Generator<Content> {
  for (const node of nodes) {
    yield node;
    if (node.type === 'section') yield* walk(node.children);
  }
}

export function tablesOf(report: Report): Table[] {
  return [...walk(report.children)].filter((node): node is Table => node.type === 'table');
}

export function tableOf(report: Report, kind: TableKind): Table | undefined {
  return tablesOf(report).find((table) => table.kind === kind);
}

export function sectionsOf(report: Report): Section[] {
  return [...walk(report.children)].filter((node): node is Section => node.type === 'section');
}

export function paragraphsOf(nodes: Content[]): Paragraph[] {
  return [...walk(nodes)].filter((node): node is Paragraph => node.type === 'paragraph');
}

export function cellsByKey(table: Table): Map<string, Cell> {
  return new Map(table.children.map((cell) => [cell.key, cell]));
}

/** Top-level sections (一、二、…), the parts of the report. */
export function partsOf(report: Report): Section[] {
  return report.children.filter((node): node is Section => node.type === 'section' && node.depth === 1);
}
