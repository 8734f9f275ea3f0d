import type { LintResult } from '../engine/diagnostic.js';
import type { ChunkedFormatter, Formatter } from './formatter.js';

/** ESLint's shape for one file: severity 1 warning, 2 error; positions 1-based. */
const eslintShape = (result: LintResult) => ({
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
});

/**
 * The JSON array of every file's result, one file per chunk, exactly as `JSON.stringify(array, null, 2)`
 * would print it: a run over ten thousand files is written as it is made, never held whole.
 */
export const jsonChunks: ChunkedFormatter = function* (results) {
  if (results.length === 0) {
    yield '[]\n';
    return;
  }
  for (const [index, result] of results.entries()) {
    // Raw line breaks only occur between JSON tokens (inside strings they are escaped): indent them one level.
    yield (index === 0 ? '[\n  ' : ',\n  ') + JSON.stringify(eslintShape(result), null, 2).replace(/\n/g, '\n  ');
  }
  yield '\n]\n';
};

export const json: Formatter = (results, context) => [...jsonChunks(results, context)].join('');
