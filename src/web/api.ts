/** What `POST /api/lint` returns: shared by the server and the page (types only). */
import type { LintResult } from '../engine/diagnostic.js';
import type { ReportOutline } from '../model/outline.js';

/**
 * A run of text as shown; `from` is the source offset of its first character when the
 * text is a literal slice of the source (normalised text, such as a joined line, has none).
 */
export interface Piece {
  text: string;
  from?: number;
}

/** Source range [start, end) of something shown, for placing findings. */
interface Ranged {
  start: number;
  end: number;
  /** 1-based line where it starts, for "第 N 行". */
  line: number;
}

export interface ViewCell extends Ranged {
  raw: string;
}

export interface ViewRow {
  label: string;
  /** Present when this row's columns differ from the previous row's (table 二 changes columns mid-table). */
  header?: string[];
  /** One per column; null where the report has no such cell. */
  cells: Array<ViewCell | null>;
}

export type ViewNode =
  | (Ranged & { kind: 'heading'; depth: number; pieces: Piece[] })
  | (Ranged & { kind: 'paragraph'; pieces: Piece[] })
  | (Ranged & { kind: 'table'; title: string; header: string[]; rows: ViewRow[] });

export interface ViewPart {
  /** 一、总体情况 — or 开头 / 文末 for what stands before the first part and after the last. */
  title: string;
  nodes: ViewNode[];
}

export interface LintResponse {
  result: LintResult;
  summary?: ReportOutline;
  /** The format generation recognised, in words: the document that defines it and its years. */
  generation?: { definedBy: string; from: number; to?: number };
  parts?: ViewPart[];
}

export type ExportFormat = 'json' | 'sarif';

export interface ExportRequest {
  format: ExportFormat;
  result: LintResult;
}
