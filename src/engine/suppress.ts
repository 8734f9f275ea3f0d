import type { Directive } from '../model/block.js';
import type { Diagnostic } from './diagnostic.js';

interface Suppression {
  rules: Set<string> | 'all';
  fromLine: number;
  toLine: number;
}

const DIRECTIVE = /^xxgk-(disable-next-line|disable-line|disable|enable)\b\s*(.*)$/;

/**
 * In-file control a Markdown or HTML author can write:
 * `<!-- xxgk-disable-next-line table/blank-cell -->`, `<!-- xxgk-disable rule -->` … `<!-- xxgk-enable rule -->`.
 */
export function suppressions(directives: Directive[], source: string): Suppression[] {
  // Most files have no directive: spare them splitting the whole text into lines.
  if (directives.length === 0) return [];
  const lines = source.split(/\r\n|\r|\n/);
  const result: Suppression[] = [];
  const open = new Map<string, number>();
  for (const directive of directives) {
    const match = DIRECTIVE.exec(directive.text.trim());
    if (!match) continue;
    const rules = parseRules(match[2]!);
    const line = directive.position.start.line;
    const endLine = directive.position.end.line;
    if (match[1] === 'disable-next-line') result.push({ rules, fromLine: endLine + 1, toLine: nextContentLine(lines, endLine) });
    else if (match[1] === 'disable-line') result.push({ rules, fromLine: line, toLine: endLine });
    else if (match[1] === 'disable') open.set(keyOf(rules), line);
    else {
      const from = open.get(keyOf(rules));
      if (from !== undefined) result.push({ rules, fromLine: from, toLine: line });
      open.delete(keyOf(rules));
    }
  }
  for (const [key, from] of open) result.push({ rules: key === '*' ? 'all' : new Set(key.split(',')), fromLine: from, toLine: Number.POSITIVE_INFINITY });
  return result;
}

/** In Markdown a blank line often follows the comment: the directive covers the next line with content. */
function nextContentLine(lines: string[], line: number): number {
  let next = line + 1;
  while (next <= lines.length && !lines[next - 1]!.trim()) next++;
  return next;
}

function parseRules(text: string): Set<string> | 'all' {
  const names = text.split(/[\s,]+/).map((name) => name.trim()).filter((name) => name && name !== '--');
  return names.length ? new Set(names) : 'all';
}

function keyOf(rules: Set<string> | 'all'): string {
  return rules === 'all' ? '*' : [...rules].sort().join(',');
}

export function applySuppressions(diagnostics: Diagnostic[], list: Suppression[]): Diagnostic[] {
  if (list.length === 0) return diagnostics;
  return diagnostics.filter((d) => {
    const line = d.position.start.line;
    return !list.some((s) => line >= s.fromLine && line <= s.toLine && (s.rules === 'all' || s.rules.has(d.ruleId)));
  });
}
