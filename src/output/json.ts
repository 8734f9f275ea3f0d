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
    ...(d.page && { page: d.page.page, pageLine: d.page.line }),
    related: d.related.map((r) => ({
      message: r.message,
      line: r.position.start.line,
      column: r.position.start.column,
      endLine: r.position.end.line,
      endColumn: r.position.end.column,
      ...(r.page && { page: r.page.page, pageLine: r.page.line }),
      ...(r.filePath && { filePath: r.filePath }),
    })),
    ...(d.suggestion && { suggestion: d.suggestion }),
  })),
  errorCount: result.diagnostics.filter((d) => d.severity === 2).length + (result.failure ? 1 : 0),
  warningCount: result.diagnostics.filter((d) => d.severity === 1).length,
  ...(result.failure && { failure: result.failure }),
  ...(result.summary && { summary: result.summary }),
});

/** Files per chunk: one `JSON.stringify` of a batch costs a fraction of one per file re-indented. */
const FILES_PER_CHUNK = 256;

/**
 * The JSON array of every file's result, a batch of files per chunk (and the commas between
 * them), exactly as `JSON.stringify(array, null, 2)` would print it: a run over ten thousand files
 * is written as it is made, and the results can come one at a time, never all held.
 */
export const jsonChunks: ChunkedFormatter = function* (results) {
  let batch: ReturnType<typeof eslintShape>[] = [];
  let first = true;
  // A batch printed as an array is already indented one level: only its brackets are cut. The
  // separator goes apart: a file write encodes a slice of the printed text several times faster
  // than a string joined to it.
  function* flush() {
    yield first ? '[\n' : ',\n';
    yield JSON.stringify(batch, null, 2).slice(2, -2);
    first = false;
    batch = [];
  }
  for (const result of results) {
    batch.push(eslintShape(result));
    if (batch.length === FILES_PER_CHUNK) yield* flush();
  }
  if (batch.length > 0) yield* flush();
  yield first ? '[]\n' : '\n]\n';
};

export const json: Formatter = (results, context) => [...jsonChunks(results, context)].join('');
