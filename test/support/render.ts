import { escapeHtml, escapeMarkdown } from '../../src/bench/render.js';
import { knowledge, tableDefinition } from '../../src/knowledge/index.js';
import { cellsByKey } from '../../src/model/query.js';
import type { Content, Report, Table } from '../../src/model/types.js';

/**
 * Re-renders a parsed real report in another input form (Markdown with GFM tables, HTML
 * with the rowspan/colspan layout government sites publish), so the adapters can be held
 * to giving the same table values as the original text.
 */
type Row = { label: string[]; values: string[] };

function tableRows(table: Table): { header: string[][]; rows: Row[] } {
  const definition = tableDefinition(table.generation, table.kind, knowledge)!;
  const cells = cellsByKey(table);
  const raw = (key: string) => cells.get(key)?.raw ?? '';
  if (definition.layout === 'sequence') {
    return {
      header: [['行政复议', '行政诉讼'], definition.cells.map((cell) => cell.label.split('·').pop()!)],
      rows: [{ label: [], values: definition.cells.map((cell) => raw(cell.key)) }],
    };
  }
  const rows = definition.rows
    .filter((row) => row.key in table.rowLabels)
    .map((row) => ({
      label: labelParts(table.rowLabels[row.key]!.text, row.label),
      values: (row.columns ?? definition.columns).map((column) => raw(column.key === 'value' ? row.key : `${row.key}:${column.key}`)),
    }));
  return { header: [['信息内容', ...definition.columns.map((column) => column.label)]], rows };
}

/** 表三 labels as on the page: "（三）不予公开" above "1.属于国家秘密" (the parent becomes a rowspan cell). */
function labelParts(written: string, canonical: string): string[] {
  const parent = /^(三、本年度办理结果)?\s*(（[一二三四五六七]）\S+?)\s+(\d\..+)$/.exec(canonical);
  return parent ? [parent[2]!.replace(/（/g, '(').replace(/）/g, ')'), written] : [written];
}

export function toMarkdown(report: Report): string {
  const out: string[] = [];
  const visit = (nodes: Content[]) => {
    for (const node of nodes) {
      if (node.type === 'section') {
        out.push(`${'#'.repeat(Math.min(node.depth + 1, 6))} ${node.marker}${node.title}`, '');
        visit(node.children);
      } else if (node.type === 'paragraph') {
        out.push(escapeMarkdown(node.text), '');
      } else {
        const { header, rows } = tableRows(node);
        const width = Math.max(...rows.map((row) => row.label.length + row.values.length), ...header.map((h) => h.length));
        const line = (cells: string[]) => `| ${[...cells, ...Array(Math.max(0, width - cells.length)).fill('')].join(' | ')} |`;
        out.push(line(header[0]!), line(Array(width).fill('---')));
        for (const cells of header.slice(1)) out.push(line(cells));
        for (const row of rows) out.push(line([row.label.join(''), ...row.values]));
        out.push('');
      }
    }
  };
  visit(report.children);
  return out.join('\n');
}


export function toHtml(report: Report): string {
  const out: string[] = [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>年度报告</title></head><body>',
    '<nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></nav>',
    `<h1>${escapeHtml(report.facts.title?.value ?? '')}</h1>`,
  ];
  const visit = (nodes: Content[]) => {
    for (const node of nodes) {
      if (node.type === 'section') {
        out.push(`<h${Math.min(node.depth + 1, 6)}>${escapeHtml(node.marker + node.title)}</h${Math.min(node.depth + 1, 6)}>`);
        visit(node.children);
      } else if (node.type === 'paragraph') {
        out.push(`<p style="text-indent:2em">${escapeHtml(node.text).replace(/ /g, '&nbsp;')}</p>`);
      } else {
        out.push(htmlTable(node));
      }
    }
  };
  visit(report.children);
  out.push('<footer>版权所有 · 网站标识码 0000000000</footer></body></html>');
  return out.join('\n');
}

/** Parents of consecutive child rows ("(三)不予公开") span them with rowspan, as published tables do. */
function htmlTable(table: Table): string {
  const { header, rows } = tableRows(table);
  const lines = ['<table border="1" cellspacing="0">'];
  for (const cells of header) lines.push(`<tr>${cells.map((cell) => `<td><p>${escapeHtml(cell)}</p></td>`).join('')}</tr>`);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const cells: string[] = [];
    if (row.label.length === 2) {
      const parent = row.label[0]!;
      const previous = rows[i - 1];
      if (!previous || previous.label[0] !== parent || previous.label.length !== 2) {
        let span = 1;
        while (rows[i + span]?.label.length === 2 && rows[i + span]!.label[0] === parent) span++;
        cells.push(`<td rowspan="${span}">${escapeHtml(parent)}</td>`);
      }
      cells.push(`<td>${escapeHtml(row.label[1]!)}</td>`);
    } else if (row.label.length === 1) {
      cells.push(`<td colspan="2">${escapeHtml(row.label[0]!)}</td>`);
    }
    for (const value of row.values) cells.push(`<td>${value === '' ? '&nbsp;' : escapeHtml(value)}</td>`);
    lines.push(`<tr>${cells.join('')}</tr>`);
  }
  lines.push('</table>');
  return lines.join('\n');
}

/** The same report as a Word document: headings, paragraphs and real tables (merged parent cells). */
export async function toDocx(report: Report): Promise<Uint8Array> {
  const { Document, Packer, Paragraph, Table: DocxTable, TableCell, TableRow, VerticalMergeType } = await import('docx');
  const children: Array<InstanceType<typeof Paragraph> | InstanceType<typeof DocxTable>> = [];
  const text = (value: string) => new Paragraph({ text: value });
  children.push(text(report.facts.title?.value ?? ''));
  const visit = (nodes: Content[]) => {
    for (const node of nodes) {
      if (node.type === 'section') {
        children.push(text(node.marker + node.title));
        visit(node.children);
      } else if (node.type === 'paragraph') {
        children.push(text(node.text));
      } else {
        const { header, rows } = tableRows(node);
        const tableRowsOut = header.map((cells) => new TableRow({ children: cells.map((cell) => new TableCell({ children: [text(cell)] })) }));
        rows.forEach((row, i) => {
          const cells: InstanceType<typeof TableCell>[] = [];
          if (row.label.length === 2) {
            const continues = rows[i - 1]?.label.length === 2 && rows[i - 1]!.label[0] === row.label[0];
            cells.push(new TableCell({ children: [text(continues ? '' : row.label[0]!)], verticalMerge: continues ? VerticalMergeType.CONTINUE : VerticalMergeType.RESTART }));
            cells.push(new TableCell({ children: [text(row.label[1]!)] }));
          } else if (row.label.length === 1) {
            cells.push(new TableCell({ children: [text(row.label[0]!)], columnSpan: 2 }));
          }
          for (const value of row.values) cells.push(new TableCell({ children: [text(value)] }));
          tableRowsOut.push(new TableRow({ children: cells }));
        });
        children.push(new DocxTable({ rows: tableRowsOut }));
      }
    }
  };
  visit(report.children);
  const buffer = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  return new Uint8Array(buffer);
}
