import type { Formatter } from './formatter.js';
import { displayPath, oneLine } from './formatter.js';

/** `path:line:col: error|warning message [rule]` — what editors' problem matchers and quickfix lists read. */
export const unix: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const path = displayPath(result.filePath, context.cwd);
    if (result.failure) lines.push(`${path}:1:1: error ${oneLine(result.failure.message)} [${result.failure.reason}]`);
    for (const d of result.diagnostics) {
      lines.push(`${path}:${d.position.start.line}:${d.position.start.column}: ${d.severity === 2 ? 'error' : 'warning'} ${oneLine(d.message)} [${d.ruleId}]`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
