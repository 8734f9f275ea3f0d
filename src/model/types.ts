import type { Node, Parent, Position } from 'unist';
import type { Generation, TableKind } from '../knowledge/kinds.js';
import type { MappedText } from './block.js';

/** Format generation of a report, and the table kinds the model recognises: see docs/formats.md. */
export type { Generation, TableKind };

/** A recognised table cell under its canonical key (`received:total`, `review:pending`). */
export interface Cell extends Node {
  type: 'cell';
  key: string;
  /** null for a blank cell (never 0). */
  value: number | null;
  /** The cell as written: "251000元", "１２", "—". */
  raw: string;
  position?: Position;
}

export interface Table extends Parent {
  type: 'table';
  kind: TableKind;
  /** The generation whose definition matched the table's headers and rows. */
  generation: Generation;
  children: Cell[];
  position?: Position;
  /** Label of each recognised row (row key → label as written and where). */
  rowLabels: Record<string, { text: string; position?: Position }>;
  /** Header words that decided the generation (本年制发件数, 本年新制作数量 …). */
  headerEvidence: string[];
  /** Why the table cannot be read with confidence; such a table is reported once and the table rules skip it. */
  doubt?: string;
}

export interface Paragraph extends Node, MappedText {
  type: 'paragraph';
  position?: Position;
}

export interface Section extends Parent {
  type: 'section';
  /** 1 for 一、, 2 for （一）, 3 for 1. / 1、, 4 for （1）. */
  depth: number;
  /** Marker as written: "二、", "(三)", "1.". */
  marker: string;
  /** Ordinal value of the marker: 二 → 2. */
  ordinal: number;
  /** Heading text without the marker. For a run-in heading, its first sentence. */
  title: string;
  headingPosition?: Position;
  children: Array<Section | Paragraph | Table>;
  position?: Position;
}

export type Content = Section | Paragraph | Table;

export interface Located<T> {
  value: T;
  position?: Position;
}

export interface ReportFacts {
  /** The reporting body as it names itself (长乐镇人民政府). */
  body?: Located<string>;
  year?: Located<number>;
  title?: Located<string>;
  period?: Located<{ start: string; end: string }>;
  /** Publication date (YYYY-MM-DD) when the page shows one. */
  published?: Located<string>;
  generation: Generation;
  /** Why the generation was chosen, for inspect and for meta/outdated-template. */
  generationEvidence: { fromYear?: Generation; fromTables?: Generation };
}

export interface Report extends Parent {
  type: 'report';
  children: Content[];
  facts: ReportFacts;
  /** Format of the original file. */
  format: InputFormat;
  /** Full decoded source text (for Word and PDF, virtual: one line per paragraph, printed line or table cell). */
  source: string;
  position?: Position;
}

export type InputFormat = 'text' | 'markdown' | 'html' | 'docx' | 'doc' | 'pdf';
