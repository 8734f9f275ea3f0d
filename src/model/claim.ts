import type { TableKind } from './types.js';

/**
 * Whose figure a prose claim states: the report's own body (`own`), a wider region than the body governs
 * (`region`: 全县 in a county bureau's report), a part of the body (`part`: 其中县政府办公室…), or another
 * body (`other`: 县司法局受理…). Only the report's own figures are compared with its tables.
 */
export type ClaimScope = 'own' | 'region' | 'part' | 'other';

/** A figure in the prose and the table cells it names, as `inspect` shows it. */
export interface ClaimView {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The clause as written, up to the figure (or its noun after it). */
  text: string;
  value: number;
  unit: string;
  table: TableKind;
  /** Cell keys summed, spelled out: 不予公开 is every 不予公开 row. */
  cells: readonly string[];
  scope: ClaimScope;
  /** 约300件 and the like are never compared. */
  approximate: boolean;
  /** Compared with the table: the report's own and exact. */
  checked: boolean;
}

/**
 * How prose states a change against last year: by a percentage (同比增长20%), by an amount (较上年减少3件),
 * as none (与上年持平) or as a ratio (是上年的2倍).
 */
export type ChangeKind = 'percent' | 'absolute' | 'same' | 'times';
