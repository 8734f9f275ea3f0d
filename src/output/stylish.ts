import { Chalk } from 'chalk';
import type { Diagnostic } from '../engine/diagnostic.js';
import { countBySeverity } from '../engine/diagnostic.js';
import type { Formatter } from './formatter.js';
import { displayPath, oneLine, pagePlace } from './formatter.js';

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
  // Columns count UTF-16 units; `chars` holds code points (an Extension-B 𠮷 is two units, one char).
  const toIndex = (column: number) => [...line.slice(0, Math.max(0, column - 1))].length;
  const startIndex = toIndex(startColumn);
  const endIndex = toIndex(endColumn);
  // Keep a third of the window before the finding, more when the rest of the line is short, so a short line shows whole.
  const before = Math.max(EXCERPT_WIDTH / 3, EXCERPT_WIDTH - displayWidth(chars.slice(startIndex).join('')));
  let from = startIndex;
  let width = 0;
  while (from > 0 && width + displayWidth(chars[from - 1]!) <= before) width += displayWidth(chars[--from]!);
  let to = from;
  width = 0;
  while (to < chars.length && width + displayWidth(chars[to]!) <= EXCERPT_WIDTH) width += displayWidth(chars[to++]!);
  const shown = (from > 0 ? '…' : '') + chars.slice(from, to).join('') + (to < chars.length ? '…' : '');
  const pad = (from > 0 ? 1 : 0) + displayWidth(chars.slice(from, startIndex).join(''));
  const markedWidth = Math.max(1, displayWidth(chars.slice(startIndex, Math.min(to, Math.max(startIndex + 1, endIndex))).join('')));
  return [shown, ' '.repeat(pad) + '^' + '~'.repeat(markedWidth - 1)];
}

const LABELS = { zh: { 2: '错误', 1: '警告' }, en: { 2: 'error', 1: 'warning' } } as const;

const padTo = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

interface Row {
  where: string;
  label: string;
  severity: 1 | 2;
  message: string;
  id: string;
  diagnostic?: Diagnostic;
}

/** Grouped by file, columns aligned per file (by display width), an excerpt with a marker under each finding, totals at the end. */
export const stylish: Formatter = (results, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const out: string[] = [];
  for (const result of results) {
    if (!result.failure && result.diagnostics.length === 0) continue;
    const rows: Row[] = result.diagnostics.map((d) => ({
      where: d.page ? pagePlace(d.page, context.lang) : `${d.position.start.line}:${d.position.start.column}`,
      label: LABELS[context.lang][d.severity],
      severity: d.severity,
      message: oneLine(d.message),
      id: d.ruleId,
      diagnostic: d,
    }));
    if (result.failure) rows.unshift({ where: '', label: context.lang === 'zh' ? '无法检查' : 'not checked', severity: 2, message: oneLine(result.failure.message), id: result.failure.reason });
    const width = (pick: (row: Row) => string) => rows.reduce((widest, row) => Math.max(widest, displayWidth(pick(row))), 0);
    const [whereWidth, labelWidth, messageWidth] = [width((r) => r.where), width((r) => r.label), width((r) => r.message)];
    const indent = ' '.repeat(2 + whereWidth + 2);
    const lines = context.sources?.get(result.filePath)?.split(/\r\n|\r|\n/);
    out.push('', chalk.underline(displayPath(result.filePath, context.cwd)));
    for (const row of rows) {
      const paint = row.severity === 2 ? chalk.red : chalk.yellow;
      out.push(`  ${chalk.dim(padTo(row.where, whereWidth))}  ${paint(padTo(row.label, labelWidth))}  ${padTo(row.message, messageWidth)}  ${chalk.dim(row.id)}`);
      if (row.diagnostic) out.push(...excerptLines(row.diagnostic, lines, indent, chalk));
    }
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

function excerptLines(d: Diagnostic, lines: string[] | undefined, indent: string, chalk: InstanceType<typeof Chalk>): string[] {
  const line = lines?.[d.position.start.line - 1];
  if (!line?.trim()) return [];
  const endColumn = d.position.end.line === d.position.start.line ? d.position.end.column : line.length + 1;
  const [shown, marker] = excerpt(line, d.position.start.column, endColumn);
  return [indent + chalk.dim(shown), indent + (d.severity === 2 ? chalk.red : chalk.yellow)(marker)];
}
