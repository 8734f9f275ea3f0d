import { escapeHtml, escapeMarkdown } from '../../src/bench/render.js';
import { displayWidth } from '../../src/input/pandoc-tables.js';
import type { Generation } from '../../src/model/types.js';
import { expand, type Covered, type PageTable, type SpanCell } from './page-tables.js';

/**
 * Test-only renderers: the same tables and values written the ways converters and websites
 * write them, each read back by the linter and compared cell by cell (test/parse/layouts.test.ts).
 */
export interface Rendered {
  fileName: string;
  content: string | Uint8Array;
}

export type Layout = (title: string, tables: PageTable[], written: (key: string) => string) => Rendered | Promise<Rendered>;

const YEARS: Record<Generation, number> = { legacy: 2016, gb2019: 2019, gb2021: 2022 };
export const reportTitle = (generation: Generation) => `某县人民政府${YEARS[generation]}年政府信息公开工作年度报告`;

const textOf = (cell: SpanCell, written: (key: string) => string) => (cell.key ? written(cell.key) : cell.text);

/** The covered grid as plain strings: a span's other cells empty, or its text repeated in each. */
function flatRows(table: PageTable, written: (key: string) => string, spans: 'empty' | 'repeated'): string[][] {
  return expand(table.rows).map((row) => row.map((covered) => (covered.origin || spans === 'repeated' ? textOf(covered.cell, written) : '')));
}

const pipeRow = (cells: string[]) => `| ${cells.map((cell) => escapeMarkdown(cell)).join(' | ')} |`;

/** Spans as converters write them: empty cells, the text repeated, or (for cells a rowspan covers) left out. */
type Spans = 'empty' | 'repeated' | 'rowspans left out';

function pipeTable(table: PageTable, written: (key: string) => string, spans: Spans): string[] {
  const [header, ...rows] =
    spans === 'rowspans left out'
      ? expand(table.rows).map((row, r) => row.filter((covered) => covered.fromRow === r).map((covered) => (covered.origin ? textOf(covered.cell, written) : '')))
      : flatRows(table, written, spans);
  return [pipeRow(header!), pipeRow(header!.map(() => '---')), ...rows.map(pipeRow)];
}

function document(title: string, tables: PageTable[], render: (table: PageTable) => string[], headingPrefix = ''): string {
  return [`${headingPrefix}${title}`, '', ...tables.flatMap((table) => [`${headingPrefix}${table.heading}`, '', ...render(table), ''])].join('\n');
}

const markdownPipe = (spans: Spans): Layout => (title, tables, written) => ({
  fileName: 'report.md',
  content: document(title, tables, (table) => pipeTable(table, written, spans), '## '),
});

const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - displayWidth(text)));

/** Splits text into lines of at most `limit` display columns (labels wrap inside their cell). */
function wrap(text: string, limit: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (line && displayWidth(line + char) > limit) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  return [...lines, line];
}

/** Labels wrap at this width, as pandoc wraps long cells. */
const LABEL_WIDTH = 16;

function columnWidths(rows: string[][]): number[] {
  return rows[0]!.map((_, c) => Math.min(Math.max(2, ...rows.map((row) => displayWidth(row[c] ?? ''))), LABEL_WIDTH));
}

/** Pandoc grid table (spans written as empty cells, as pandoc 2 writes them); long labels wrap inside their cell. */
const pandocGrid: Layout = (title, tables, written) => ({
  fileName: 'report.md',
  content: document(title, tables, (table) => {
    // Widths of the text as written, escapes included, as pandoc measures them.
    const rows = flatRows(table, written, 'empty').map((row) => row.map(escapeMarkdown));
    const widths = columnWidths(rows);
    const rule = (char: string) => `+${widths.map((w) => char.repeat(w + 2)).join('+')}+`;
    const out = [rule('-')];
    rows.forEach((row, r) => {
      const wrapped = row.map((cell, c) => wrap(cell, widths[c]!));
      const height = Math.max(...wrapped.map((lines) => lines.length));
      for (let l = 0; l < height; l++) out.push(`|${wrapped.map((lines, c) => ` ${pad(lines[l] ?? '', widths[c]!)} `).join('|')}|`);
      out.push(rule(r === table.headerRows - 1 ? '=' : '-'));
    });
    return out;
  }),
});

/** Pandoc multiline table: each header row on its own line, body rows apart by blank lines, long labels wrapped. */
const pandocMultiline: Layout = (title, tables, written) => ({
  fileName: 'report.md',
  content: document(title, tables, (table) => {
    // Widths of the text as written, escapes included, as pandoc measures them.
    const rows = flatRows(table, written, 'empty').map((row) => row.map(escapeMarkdown));
    const widths = columnWidths(rows);
    const full = '-'.repeat(widths.reduce((sum, w) => sum + w + 1, -1));
    const line = (cells: string[]) => cells.map((cell, c) => pad(cell, widths[c]!)).join(' ').trimEnd();
    const out = [full];
    for (const row of rows.slice(0, table.headerRows)) out.push(line(row.map((cell, c) => wrap(cell, widths[c]!)[0]!)));
    out.push(widths.map((w) => '-'.repeat(w)).join(' '));
    rows.slice(table.headerRows).forEach((row, r) => {
      const wrapped = row.map((cell, c) => wrap(cell, widths[c]!));
      const height = Math.max(...wrapped.map((lines) => lines.length));
      if (r > 0) out.push('');
      for (let l = 0; l < height; l++) out.push(line(wrapped.map((lines) => lines[l] ?? '')));
    });
    out.push(full);
    return out;
  }),
});

/**
 * The grid pandoc writes from a page whose header cells carry no colspan (the body's labels do):
 * each cell once, a span's other cells and a rowspan's cells below empty, every row padded with
 * empty cells on the right to the widest row, so the header stands left of the values it names.
 */
function pandocCells(table: PageTable, written: (key: string) => string): string[][] {
  const rows = table.rows.map((row, r) => (r < table.headerRows ? row.map((cell) => ({ ...cell, colspan: undefined })) : row));
  const grid = expand(rows).map((row) => row.map((covered) => (covered.origin ? textOf(covered.cell, written) : '')));
  const width = Math.max(...grid.map((row) => row.length));
  return grid.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
}

/** pandoc --to gfm of such a page: no <thead>, so an empty header row above the table. */
const pandocGfm: Layout = (title, tables, written) => ({
  fileName: 'report.md',
  content: document(title, tables, (table) => {
    const rows = pandocCells(table, written);
    const empty = rows[0]!.map(() => '');
    return [pipeRow(empty), pipeRow(empty.map(() => '---')), ...rows.map(pipeRow)];
  }, '## '),
});

/** pandoc --to markdown of such a page: a headerless simple table, one row a line between two column rules. */
const pandocSimple: Layout = (title, tables, written) => ({
  fileName: 'report.md',
  content: document(title, tables, (table) => {
    const rows = pandocCells(table, written).map((row) => row.map((cell) => escapeMarkdown(cell)));
    const widths = rows[0]!.map((_, c) => 2 + Math.max(...rows.map((row) => displayWidth(row[c]!))));
    const rule = `  ${widths.map((w) => '-'.repeat(w)).join(' ')}`;
    return [rule, ...rows.map((row) => `  ${row.map((cell, c) => pad(cell, widths[c]!)).join(' ')}`.trimEnd()), rule];
  }),
});

function htmlTable(rows: SpanCell[][], written: (key: string) => string, colspanOf: (cell: SpanCell, row: number) => number | undefined): string {
  const lines = ['<table border="1" cellspacing="0">'];
  rows.forEach((row, r) => {
    const cells = row.map((cell) => {
      const colspan = colspanOf(cell, r);
      const attributes = `${cell.rowspan ? ` rowspan="${cell.rowspan}"` : ''}${colspan ? ` colspan="${colspan}"` : ''}`;
      return `<td${attributes}><p>${escapeHtml(textOf(cell, written))}</p></td>`;
    });
    lines.push(`<tr>${cells.join('')}</tr>`);
  });
  return [...lines, '</table>'].join('\n');
}

function htmlDocument(title: string, tables: PageTable[], render: (table: PageTable) => string): string {
  const parts = tables.map((table) => `<h2>${escapeHtml(table.heading)}</h2>\n${render(table)}`);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>\n<h1>${escapeHtml(title)}</h1>\n${parts.join('\n')}\n</body></html>`;
}

/** Every span written out as copies of its cell, no rowspan or colspan. */
const htmlRepeatedCells: Layout = (title, tables, written) => ({
  fileName: 'report.html',
  content: htmlDocument(title, tables, (table) => htmlTable(expand(table.rows).map((row) => row.map((covered) => ({ ...covered.cell, rowspan: undefined }))), written, () => undefined)),
});

const html: Layout = (title, tables, written) => ({
  fileName: 'report.html',
  content: htmlDocument(title, tables, (table) => htmlTable(table.rows, written, (cell) => cell.colspan)),
});

/** The header rows' first wide cell one column narrower than the body's: values stand one column off the headers. */
const htmlDisagreeingColspans: Layout = (title, tables, written) => ({
  fileName: 'report.html',
  content: htmlDocument(title, tables, (table) => {
    const narrowed = new Set(table.rows.slice(0, table.headerRows).map((row) => row.find((cell) => (cell.colspan ?? 1) > 1)).filter(Boolean));
    return htmlTable(table.rows, written, (cell) => (narrowed.has(cell) ? cell.colspan! - 1 : cell.colspan));
  }),
});

/** Each long table split over two <table>s at a page break, the header repeated, "续表" between. */
const htmlSplit: Layout = (title, tables, written) => ({
  fileName: 'report.html',
  content: htmlDocument(title, tables, (table) => {
    const body = table.rows.slice(table.headerRows);
    const header = table.rows.slice(0, table.headerRows);
    // Split where no rowspan crosses the break.
    const grid = expand(table.rows);
    const at = Array.from({ length: body.length }, (_, i) => table.headerRows + i).find((r) => r > table.headerRows + body.length / 2 && grid[r]!.every((covered) => covered.fromRow === r));
    if (body.length < 8 || at === undefined) return htmlTable(table.rows, written, (cell) => cell.colspan);
    const colspan = (cell: SpanCell) => cell.colspan;
    return [htmlTable(table.rows.slice(0, at), written, colspan), '<p>续表</p>', htmlTable([...header, ...table.rows.slice(at)], written, colspan)].join('\n');
  }),
});

/** A Word document: merged cells as gridSpan (across) and vMerge (down); `nested` puts each table in a one-cell layout table. */
const docx = (nested: boolean): Layout => async (title, tables, written) => {
  const { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } = await import('docx');
  const children: Array<InstanceType<typeof Paragraph> | InstanceType<typeof Table>> = [new Paragraph({ text: title })];
  for (const table of tables) {
    const grid = expand(table.rows);
    const rows = grid.map((row, r) => {
      const cells: InstanceType<typeof TableCell>[] = [];
      row.forEach((covered: Covered, c) => {
        if (covered.fromColumn !== c) return;
        const { cell } = covered;
        const merge = (cell.rowspan ?? 1) > 1 ? (covered.fromRow === r ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE) : undefined;
        const text = covered.fromRow === r ? textOf(cell, written) : '';
        cells.push(new TableCell({ children: [new Paragraph({ text })], ...(cell.colspan && { columnSpan: cell.colspan }), ...(merge && { verticalMerge: merge }) }));
      });
      return new TableRow({ children: cells });
    });
    const heading = new Paragraph({ text: table.heading });
    const inner = new Table({ rows });
    if (nested) children.push(new Table({ rows: [new TableRow({ children: [new TableCell({ children: [heading, inner, new Paragraph({ text: '' })] })] })] }));
    else children.push(heading, inner);
  }
  return { fileName: 'report.docx', content: new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] }))) };
};

/** A web page copied from a browser: one cell per line with "|" after it, "||" for a span, a lone "|" for an empty cell. */
const copiedCellLines: Layout = (title, tables, written) => ({
  fileName: 'report.txt',
  content: document(title, tables, (table) =>
    table.rows.flatMap((row) => row.map((cell) => `${textOf(cell, written)}${'|'.repeat(cell.colspan ?? 1)}`)),
  ).replace(/\n\n/g, '\n'),
});

/**
 * LibreOffice's text of a page (soffice --convert-to txt): a cell a line, a span written once, an
 * empty cell and each cell under a rowspan an empty line, no blank lines between paragraphs.
 */
const libreOfficeText: Layout = (title, tables, written) => ({
  fileName: 'report.txt',
  content: [
    title,
    ...tables.flatMap((table) => [
      table.heading,
      ...expand(table.rows).flatMap((row, r) => row.flatMap((covered, c) => (covered.fromColumn !== c && covered.fromRow === r ? [] : [covered.origin ? textOf(covered.cell, written) : '']))),
    ]),
  ].join('\n'),
});

/** A browser's copy of a page: each cell on a line, a blank line after it, an empty cell a line holding a no-break space. */
const blankLinesCopy: Layout = (title, tables, written) => ({
  fileName: 'report.txt',
  content: document(title, tables, (table) => table.rows.flatMap((row) => row.flatMap((cell) => [textOf(cell, written) || '\u00a0', '']))),
});

/** A browser's copy of a page: a row a line, each cell followed by " |" (an empty cell a lone "|"), cells under a rowspan left out. */
const barRows: Layout = (title, tables, written) => ({
  fileName: 'report.txt',
  content: document(title, tables, (table) => table.rows.map((row) => row.map((cell) => `${textOf(cell, written)} |`).join(' '))),
});

/** Rows flattened into lines: the labels, then the values apart by spaces, the first glued to its label ("规章0 0 15"); header cells one per line. */
const flattenedRows: Layout = (title, tables, written) => ({
  fileName: 'report.txt',
  content: document(title, tables, (table) =>
    table.rows.flatMap((row) => {
      const labels = row.filter((cell) => !cell.key).map((cell) => cell.text);
      const values = row.filter((cell) => cell.key).map((cell) => written(cell.key!));
      return values.length ? [`${labels.filter((label) => !/^(条|人|次|个|万元)$/.test(label)).join('')}${values.join(' ')}`] : labels;
    }),
  ),
});

/** Rows copied from Word into a text file: cells apart by tabs, a merged cell written once, cells under a rowspan left out. */
const tabRows: Layout = (title, tables, written) => ({
  fileName: 'report.txt',
  content: document(title, tables, (table) => table.rows.map((row) => row.map((cell) => textOf(cell, written)).join('\t'))),
});

/** Markdown pipe rows kept in a .txt file (a copy from some sites). */
const pipeRowsText: Layout = (title, tables, written) => ({
  fileName: 'report.txt',
  content: document(title, tables, (table) => pipeTable(table, written, 'empty')),
});

export const LAYOUTS: Record<string, Layout> = {
  'markdown pipe, spans as empty cells': markdownPipe('empty'),
  'markdown pipe, spans repeated': markdownPipe('repeated'),
  'markdown pipe, cells under a rowspan left out': markdownPipe('rowspans left out'),
  'html, spans written as repeated cells': htmlRepeatedCells,
  'pandoc grid table': pandocGrid,
  'pandoc multiline table': pandocMultiline,
  "pandoc's GitHub Markdown of a page whose header cells carry no colspan": pandocGfm,
  "pandoc's simple table without header, of the same page": pandocSimple,
  'html rowspan/colspan': html,
  'html, header and body colspans disagree': htmlDisagreeingColspans,
  'html split into several tables, header repeated': htmlSplit,
  'docx merged cells': docx(false),
  'docx, tables nested in a layout table': docx(true),
  'copied text, one cell per line with |': copiedCellLines,
  'flattened rows, values glued to labels': flattenedRows,
  'pipe rows in a text file': pipeRowsText,
  'rows copied from Word, cells apart by tabs': tabRows,
  "LibreOffice's text, an empty cell an empty line": libreOfficeText,
  'copied text, cells apart by blank lines, an empty cell a no-break space': blankLinesCopy,
  'copied text, a row a line, each cell followed by " |"': barRows,
};

/**
 * How a layout writes a value: flattened rows need a mark for a blank ("…数无" would read as a
 * label) and write figures bare (a unit or mark would glue to the next figure); every other
 * layout writes the cell as it is.
 */
export function layoutWriting(layout: string, written: string): string {
  if (!layout.startsWith('flattened')) return written;
  return written === '' || written === '无' ? '—' : written.replace(/(万元|件|\*|①)$/, '');
}
