import type { Content, Report, Section, TableKind } from './types.js';
import { doubtfulTablesOf, tablesOf } from './query.js';

export interface SectionOutline {
  depth: number;
  marker: string;
  title: string;
  line?: number;
  children: SectionOutline[];
}

export interface ReportOutline {
  generation: string;
  year?: number;
  body?: string;
  title?: string;
  period?: { start: string; end: string };
  published?: string;
  format: string;
  generationEvidence: Report['facts']['generationEvidence'];
  sections: SectionOutline[];
  tables: Partial<Record<TableKind, Record<string, number | null>>>;
  /** Cells whose written form differs from a plain number ("１２", "251000元"), with their line. */
  rawCells: Partial<Record<TableKind, Record<string, { raw: string; line?: number }>>>;
  /** Tables found but not read with confidence, with the reason: none of their cells is given. */
  doubtful?: Partial<Record<TableKind, string>>;
}

function sections(nodes: Content[]): SectionOutline[] {
  return nodes
    .filter((node): node is Section => node.type === 'section')
    .map((section) => ({
      depth: section.depth,
      marker: section.marker,
      title: section.title,
      ...(section.headingPosition && { line: section.headingPosition.start.line }),
      children: sections(section.children),
    }));
}

/** The model as `inspect --json` prints it. */
export function outlineOf(report: Report): ReportOutline {
  const { facts } = report;
  const tables: ReportOutline['tables'] = {};
  const rawCells: ReportOutline['rawCells'] = {};
  for (const table of tablesOf(report)) {
    tables[table.kind] = Object.fromEntries(table.children.map((cell) => [cell.key, cell.value]));
    const unusual = table.children.filter((cell) => cell.raw !== (cell.value === null ? '' : String(cell.value)));
    if (unusual.length) rawCells[table.kind] = Object.fromEntries(unusual.map((cell) => [cell.key, { raw: cell.raw, line: cell.position?.start.line }]));
  }
  return {
    generation: facts.generation,
    ...(facts.year && { year: facts.year.value }),
    ...(facts.body && { body: facts.body.value }),
    ...(facts.title && { title: facts.title.value }),
    ...(facts.period && { period: facts.period.value }),
    ...(facts.published && { published: facts.published.value }),
    format: report.format,
    generationEvidence: facts.generationEvidence,
    sections: sections(report.children),
    tables,
    rawCells,
    ...(doubtfulTablesOf(report).length && { doubtful: Object.fromEntries(doubtfulTablesOf(report).map((table) => [table.kind, table.doubt!])) }),
  };
}
