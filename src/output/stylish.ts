import { Chalk } from 'chalk';
import type { Diagnostic } from '../engine/diagnostic.js';
import { countBySeverity } from '../engine/diagnostic.js';
import type { FormatContext, Formatter } from './formatter.js';
import { displayPath } from './formatter.js';

const EXCERPT_WIDTH = 60;

/** Display width: CJK and full-width characters take two columns on a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(char) ? 2 : 1;
  return width;
}

/** A window of the line around the finding, and a `^~~` marker under its range. */
export function excerpt(line: string, startColumn: number, endColumn: number): [string, string] {
  const chars = [...line.replace(/\t/g, ' ')];
  const startIndex = Math.max(0, startColumn - 1);
  let from = startIndex;
  let width = 0;
  while (from > 0 && width + displayWidth(chars[from - 1]!) <= EXCERPT_WIDTH / 3) width += displayWidth(chars[--from]!);
  let to = from;
  width = 0;
  while (to < chars.length && width + displayWidth(chars[to]!) <= EXCERPT_WIDTH) width += displayWidth(chars[to++]!);
  const shown = (from > 0 ? '…' : '') + chars.slice(from, to).join('') + (to < chars.length ? '…' : '');
  const pad = (from > 0 ? 1 : 0) + displayWidth(chars.slice(from, startIndex).join(''));
  const markedWidth = Math.max(1, displayWidth(chars.slice(startIndex, Math.min(to, Math.max(startIndex + 1, endColumn - 1))).join('')));
  return [shown, ' '.repeat(pad) + '^' + '~'.repeat(markedWidth - 1)];
}

const LABELS = { zh: { 2: '错误', 1: '警告' }, en: { 2: 'error', 1: 'warning' } } as const;

/** Grouped by file, one line per finding, an excerpt with a marker under it, totals at the end. */
export const stylish: Formatter = (results, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const out: string[] = [];
  for (const result of results) {
    if (!result.failure && result.diagnostics.length === 0) continue;
    out.push('', chalk.underline(displayPath(result.filePath, context.cwd)));
    if (result.failure) out.push(`  ${chalk.red(context.lang === 'zh' ? '无法检查' : 'not checked')}  ${result.failure.message}  ${chalk.dim(result.failure.reason)}`);
    const lines = context.sources?.get(result.filePath)?.split(/\r\n|\r|\n/);
    for (const d of result.diagnostics) out.push(...diagnosticLines(d, lines, context, chalk));
  }
  const { errors, warnings } = countBySeverity(results);
  const failures = results.filter((result) => result.failure).length;
  const total = errors + warnings + failures;
  if (total === 0) return context.lang === 'zh' ? chalk.green('✔ 没有发现问题') + '\n' : chalk.green('✔ No problems found') + '\n';
  const summary =
    context.lang === 'zh'
      ? `✖ 共 ${total} 个问题（${errors + failures} 个错误，${warnings} 个警告）`
      : `✖ ${total} problem${total === 1 ? '' : 's'} (${errors + failures} error${errors + failures === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
  out.push('', (errors + failures ? chalk.red.bold : chalk.yellow.bold)(summary), '');
  return out.join('\n');
};

function diagnosticLines(d: Diagnostic, lines: string[] | undefined, context: FormatContext, chalk: InstanceType<typeof Chalk>): string[] {
  const where = `${d.position.start.line}:${d.position.start.column}`.padEnd(8);
  const label = LABELS[context.lang][d.severity];
  const level = d.severity === 2 ? chalk.red(label) : chalk.yellow(label);
  const out = [`  ${chalk.dim(where)}${level}  ${d.message}  ${chalk.dim(d.ruleId)}`];
  const line = lines?.[d.position.start.line - 1];
  if (line?.trim()) {
    const endColumn = d.position.end.line === d.position.start.line ? d.position.end.column : line.length + 1;
    const [shown, marker] = excerpt(line, d.position.start.column, endColumn);
    out.push(`          ${chalk.dim(shown)}`, `          ${chalk.red(marker)}`);
  }
  return out;
}
