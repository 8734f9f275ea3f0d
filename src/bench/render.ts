import { cellKey, knowledge, tableDefinition } from '../knowledge/index.js';
import type { Table } from '../model/types.js';

/**
 * A synthetic report as parts: lines of prose as the text file has them, and tables with
 * their (possibly changed) values. The text form keeps the original lines; Markdown and HTML
 * are rendered from the parts, the tables as real tables.
 */
export type Part = { kind: 'line'; text: string } | { kind: 'table'; lines: string[]; table: Table; value: (key: string) => string };

/** Header rows then body rows of a table, from the format definition (one label cell per row). */
function grid(table: Table, value: (key: string) => string): string[][] {
  const definition = tableDefinition(table.generation, table.kind, knowledge)!;
  if (definition.layout === 'sequence') {
    // Table 四 as published: group names over the result columns (行政复议·结果维持 → 结果维持).
    return [['行政复议', '行政诉讼'], definition.cells.map((cell) => cell.label.split('·').pop()!), definition.cells.map((cell) => value(cell.key))];
  }
  const header = ['信息内容', ...definition.columns.map((column) => column.label)];
  const rows = definition.rows
    .filter((row) => row.key in table.rowLabels)
    .map((row) => [table.rowLabels[row.key]!.text, ...(row.columns ?? definition.columns).map((column) => value(cellKey(row.key, column.key)))]);
  return [header, ...rows];
}

export const escapeMarkdown = (text: string) => text.replace(/([*_`\\[\]<>|#])/g, '\\$1');
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function toText(parts: Part[]): string {
  return parts.flatMap((part) => (part.kind === 'line' ? [part.text] : part.lines)).join('\n');
}

/** Each line its own paragraph; tables as GFM tables. */
export function toMarkdown(parts: Part[]): string {
  const out: string[] = [];
  for (const part of parts) {
    if (part.kind === 'line') {
      if (part.text.trim()) out.push(escapeMarkdown(part.text.trim()), '');
      continue;
    }
    const rows = grid(part.table, part.value);
    const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
    const line = (cells: string[]) => `| ${[...cells.map(escapeMarkdown), ...Array<string>(width - cells.length).fill('')].join(' | ')} |`;
    out.push(line(rows[0]!), line(Array<string>(width).fill('---')), ...rows.slice(1).map(line), '');
  }
  return out.join('\n');
}

/** A page as government sites publish it: menu, paragraphs, <table>s, footer. */
export function toHtml(parts: Part[]): string {
  const out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>年度报告</title></head><body>', '<nav><a href="/">首页</a> <a href="/zwgk">政务公开</a></nav>'];
  for (const part of parts) {
    if (part.kind === 'line') {
      if (part.text.trim()) out.push(`<p>${escapeHtml(part.text.trim())}</p>`);
      continue;
    }
    out.push('<table border="1">');
    for (const row of grid(part.table, part.value)) out.push(`<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`);
    out.push('</table>');
  }
  out.push('<footer>版权所有</footer></body></html>');
  return out.join('\n');
}
