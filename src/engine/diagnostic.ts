import type { Position } from 'unist';
import type { PageLine } from '../model/block.js';

/** 1 = warning, 2 = error (the numbers ESLint users know). */
export type Severity = 1 | 2;

export interface RelatedPlace {
  message: string;
  position: Position;
  /** Another file, for cross-report rules; absent means the same file. */
  filePath?: string;
  /** In a PDF: the page and the printed line on it where the place starts. */
  page?: PageLine;
}

export interface Diagnostic {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  position: Position;
  /** In a PDF: the page and the printed line on it where the finding starts (第N页第M行). */
  page?: PageLine;
  related: RelatedPlace[];
  /** Link to the rule's doc page (relative to the project docs). */
  docsUrl: string;
  /** Optional replacement the rule can suggest (never applied silently). */
  suggestion?: { text: string; position: Position; message: string };
}

/** A file that could not be read or parsed: reported, never fatal for the run. */
export interface FileFailure {
  reason:
    | 'not-found'
    | 'no-reports'
    | 'unreadable'
    | 'empty'
    | 'binary'
    | 'unsupported-type'
    | 'no-text-layer'
    | 'not-a-report'
    | 'parse-error'
    | 'rule-crash'
    | 'too-large'
    | 'too-deep'
    | 'too-many-findings'
    | 'too-slow'
    | 'read-too-slow';
  message: string;
}

export interface LintResult {
  filePath: string;
  diagnostics: Diagnostic[];
  failure?: FileFailure;
  /** Short summary of what was recognised (generation, year, body) for outputs. */
  summary?: { generation: string; year?: number; body?: string };
}

export function countBySeverity(results: LintResult[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    for (const d of result.diagnostics) {
      if (d.severity === 2) errors++;
      else warnings++;
    }
  }
  return { errors, warnings };
}
