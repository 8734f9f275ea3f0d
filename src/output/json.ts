import type { Formatter } from './formatter.js';

/** ESLint-shaped JSON: severity 1 warning, 2 error; positions 1-based. */
export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((result) => ({
      filePath: result.filePath,
      messages: result.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity,
        message: d.message,
        line: d.position.start.line,
        column: d.position.start.column,
        endLine: d.position.end.line,
        endColumn: d.position.end.column,
        related: d.related.map((r) => ({
          message: r.message,
          line: r.position.start.line,
          column: r.position.start.column,
          endLine: r.position.end.line,
          endColumn: r.position.end.column,
          ...(r.filePath && { filePath: r.filePath }),
        })),
        ...(d.suggestion && { suggestion: d.suggestion }),
      })),
      errorCount: result.diagnostics.filter((d) => d.severity === 2).length + (result.failure ? 1 : 0),
      warningCount: result.diagnostics.filter((d) => d.severity === 1).length,
      ...(result.failure && { failure: result.failure }),
      ...(result.summary && { summary: result.summary }),
    })),
    null,
    2,
  ) + '\n';
