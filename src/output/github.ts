import type { Formatter } from './formatter.js';
import { displayPath } from './formatter.js';

// GitHub's workflow-command escaping: data escapes % CR LF; properties also : and ,.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions annotations (`::error file=…,line=…::message`). */
export const github: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = escapeProperty(displayPath(result.filePath, context.cwd));
    if (result.failure) lines.push(`::error file=${file},line=1,col=1,title=${escapeProperty(result.failure.reason)}::${escapeData(result.failure.message)}`);
    for (const d of result.diagnostics) {
      const { start, end } = d.position;
      lines.push(
        `::${d.severity === 2 ? 'error' : 'warning'} file=${file},line=${start.line},col=${start.column},endLine=${end.line},endColumn=${end.column},title=${escapeProperty(d.ruleId)}::${escapeData(d.message)}`,
      );
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
