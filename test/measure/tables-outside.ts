/**
 * Measured by hand (`npx tsx test/measure/tables-outside.ts [seed] [reports]`), not by vitest:
 * tables in shapes no test reads, in every input form (text, Markdown, HTML, Word), each read and
 * linted with the table rules alone. The page shapes below are taken from how real pages lay the
 * tables out (a header row left out, groups written as rows of their own, a 代码 column, header
 * words broken by <br>), re-created with this script's own values; the routes are real converters
 * (pandoc, LibreOffice) and copies as browsers give them. Per route it counts
 * (a) cells read exactly, not read, read wrong (random values in every written form, blanks too);
 * (b) single-cell defects found: a clean report's cell that takes part in an identity changed by
 *     1–5, one at a time, found when a table rule says something it did not say on the clean report;
 * (c) table-rule findings on the clean reports (every one is false: their figures add up).
 * `VERBOSE=1` lists what each route reads wrong or misses.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { tableRules } from '../../rules/table/index.js';
import { escapeHtml } from '../../src/bench/render.js';
import { knowledge } from '../../src/knowledge/index.js';
import { parseCellNumber } from '../../src/knowledge/normalize.js';
import { cellsByKey, tablesOf } from '../../src/model/query.js';
import type { Generation } from '../../src/model/types.js';
import { lintWith } from '../helpers.js';
import { bytesOf, libreOffice, pandocDocx, pandocMarkdown, requireTools, tempFolder } from '../support/converters.js';
import { LAYOUTS, reportTitle } from '../support/layouts.js';
import { expand, pageTables, valueKeys, type PageTable, type SpanCell } from '../support/page-tables.js';
import { consistentValues, identityKeys } from '../support/table-values.js';

const [seed, reports] = [Number(process.argv[2] ?? 1313), Number(process.argv[3] ?? 3)];
const DEFECTS_PER_REPORT = 8;
const GENERATIONS: Generation[] = ['gb2021', 'gb2019', 'legacy'];
const TABLE_RULES = tableRules.map((rule) => rule.meta.id);
requireTools();
const folder = tempFolder('xxgk-outside-');

// ---- Page shapes not in test/support/page-tables.ts ----

/** 表三 without the 申请人情况 row: two header rows, 法人或其他组织 over its five columns. */
function withoutApplicantRow(table: PageTable): PageTable {
  const [first, second, third, ...body] = table.rows;
  return { ...table, headerRows: 2, rows: [[{ ...first![0]!, rowspan: 2 }, ...second!], third!, ...body] };
}

/** 表三 with no label columns spanning rows: 三、本年度办理结果 and （三）不予公开 as rows of their own, each label over three columns. */
function groupsAsRows(table: PageTable): PageTable {
  const width = expand(table.rows)[0]!.length - 3;
  const rows: SpanCell[][] = table.rows.slice(0, table.headerRows);
  for (const row of table.rows.slice(table.headerRows)) {
    const labels = row.filter((cell) => !cell.key);
    const values = row.filter((cell) => cell.key);
    for (const label of labels.slice(0, -1)) rows.push([{ text: label.text, colspan: 3 }, ...Array.from({ length: width }, () => ({ text: '' }))]);
    rows.push([{ text: labels.at(-1)!.text, colspan: 3 }, ...values]);
  }
  return { ...table, rows };
}

/** The legacy table with a 代码 column (01, 02 …) between unit and value, as national statistical forms print it. */
function withCodes(table: PageTable): PageTable {
  return {
    ...table,
    rows: table.rows.map((row, r) => (r === 0 ? [row[0]!, row[1]!, { text: '代码' }, row[2]!] : [row[0]!, row[1]!, { text: String(r).padStart(2, '0') }, row[2]!])),
  };
}

/** Header words broken over lines inside their cell (结果<br>维持), as Word pages set narrow columns. */
const BREAK = '\u2028';
function brokenHeaders(table: PageTable): PageTable {
  return {
    ...table,
    rows: table.rows.map((row, r) => (r < table.headerRows ? row.map((cell) => (cell.text.length === 4 && !cell.key ? { ...cell, text: `${cell.text.slice(0, 2)}${BREAK}${cell.text.slice(2)}` } : cell)) : row)),
  };
}

function shapes(generation: Generation, pick: () => number): PageTable[] {
  return pageTables(generation).map((table) => {
    if (table.heading.startsWith('三、')) {
      const roll = pick();
      return roll < 0.35 ? withoutApplicantRow(table) : roll < 0.7 ? groupsAsRows(table) : table;
    }
    if (table.heading.startsWith('四、')) return pick() < 0.5 ? brokenHeaders(table) : table;
    if (generation === 'legacy') return pick() < 0.5 ? withCodes(table) : table;
    return table;
  });
}

// ---- The report around the tables ----

const PROSE: Record<string, string> = {
  '二、': '本年度，本机关通过门户网站和政务新媒体主动公开各类信息，具体情况见下表。',
  '三、': '本机关严格按照规定的时限办理公开申请，办理情况如下。',
  '四、': '本年度因政府信息公开工作被申请行政复议、提起行政诉讼的情况如下。',
  政府: '附表为本年度政府信息公开情况统计。',
};
const prose = (heading: string) => Object.entries(PROSE).find(([start]) => heading.startsWith(start))?.[1] ?? '';

function page(title: string, tables: PageTable[], text: (cell: SpanCell) => string, thead: boolean): string {
  const cell = (c: SpanCell, tag: string) =>
    `<${tag}${c.rowspan ? ` rowspan="${c.rowspan}"` : ''}${c.colspan ? ` colspan="${c.colspan}"` : ''}><p>${escapeHtml(text(c)).replaceAll(BREAK, '<br>')}</p></${tag}>`;
  const table = (t: PageTable) => {
    const head = t.rows.slice(0, t.headerRows).map((row) => `<tr>${row.map((c) => cell(c, thead ? 'th' : 'td')).join('')}</tr>`);
    const body = t.rows.slice(t.headerRows).map((row) => `<tr>${row.map((c) => cell(c, 'td')).join('')}</tr>`);
    return thead ? `<table border="1"><thead>${head.join('\n')}</thead><tbody>${body.join('\n')}</tbody></table>` : `<table border="1" cellspacing="0">${[...head, ...body].join('\n')}</table>`;
  };
  const parts = tables.map((t) => `<h2>${t.heading}</h2>\n<p>${prose(t.heading)}</p>\n${table(t)}`);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>\n<h1>${title}</h1>\n<p>本报告依据政府信息公开条例编制，所列数据的统计期限为本年1月1日至12月31日。</p>\n${parts.join('\n')}\n<p>五、存在的主要问题及改进情况</p><p>公开工作仍有不足，下一步将继续改进。</p>\n</body></html>`;
}

/** Browser copies seen on real pages: the text of each <td> on its own line. */
type Copy = 'pipe before' | 'blank lines' | 'bar rows';
function copied(title: string, tables: PageTable[], text: (cell: SpanCell) => string, how: Copy): string {
  const lines = [title, '本报告依据政府信息公开条例编制，所列数据的统计期限为本年1月1日至12月31日。'];
  for (const table of tables) {
    lines.push(table.heading, prose(table.heading));
    for (const row of table.rows) {
      const cells = row.map((cell) => text(cell).replaceAll(BREAK, '\n'));
      // "主动公开信息数 / | 条 / | 01 / | / |": each further cell after "| ", the row closed by a lone "|".
      if (how === 'pipe before') lines.push(cells[0]!, ...cells.slice(1).map((cell) => (cell ? `| ${cell}` : '|')), '|');
      // Cells apart by blank lines, an empty cell a line holding a no-break space.
      else if (how === 'blank lines') lines.push(...cells.flatMap((cell) => [cell || '\u00a0', '']));
      // "索引号 | 0144… | 分类 | … |": a row a line, each cell followed by " | ".
      else lines.push(cells.map((cell) => `${cell.replaceAll('\n', '')} |`).join(' '));
    }
  }
  lines.push('五、存在的主要问题及改进情况', '公开工作仍有不足，下一步将继续改进。');
  return lines.join('\n');
}

// ---- Routes: each takes the page and its tables and gives files to read ----

interface Sample {
  generation: Generation;
  tables: PageTable[];
  values: Map<string, string>;
  /** The key changed by a defect (for (b)). */
  defect?: string;
}

type Route = { form: string; name: string; make: (samples: Sample[], base: string) => Promise<string[]> };
const textOf = (values: Map<string, string>) => (cell: SpanCell) => (cell.key ? values.get(cell.key)! : cell.text);
const write = (path: string, content: string | Uint8Array) => (writeFileSync(path, content), path);
const sub = (name: string) => (execFileSync('mkdir', ['-p', join(folder, name)]), join(folder, name));
const pages = (samples: Sample[], base: string, thead: boolean) =>
  samples.map((s, i) => write(join(sub(`${base}-pages${thead ? '-thead' : ''}`), `${i}.html`), page(reportTitle(s.generation), s.tables, textOf(s.values), thead)));

const ROUTES: Route[] = [
  { form: 'HTML', name: 'the page (td, spans)', make: async (s, b) => pages(s, b, false) },
  { form: 'HTML', name: 'the page (thead/th)', make: async (s, b) => pages(s, b, true) },
  { form: 'HTML', name: "LibreOffice's HTML of the page's .docx", make: async (s, b) => libreOffice(libreOffice(pages(s, b, false), 'docx', sub(`${b}-lo-docx`)), 'html', sub(`${b}-lo-html`)) },
  { form: 'Markdown', name: 'pandoc gfm of the page', make: async (s, b) => pages(s, b, false).map((p, i) => pandocMarkdown(p, 'gfm', join(sub(`${b}-gfm`), `${i}.md`))) },
  { form: 'Markdown', name: 'pandoc gfm of the page (thead)', make: async (s, b) => pages(s, b, true).map((p, i) => pandocMarkdown(p, 'gfm', join(sub(`${b}-gfm-thead`), `${i}.md`))) },
  { form: 'Markdown', name: 'pandoc markdown of the page', make: async (s, b) => pages(s, b, false).map((p, i) => pandocMarkdown(p, 'markdown', join(sub(`${b}-pmd`), `${i}.md`))) },
  { form: 'Markdown', name: 'pandoc markdown of the page (thead)', make: async (s, b) => pages(s, b, true).map((p, i) => pandocMarkdown(p, 'markdown', join(sub(`${b}-pmd-thead`), `${i}.md`))) },
  {
    form: 'Markdown',
    name: "pandoc gfm of LibreOffice's .docx",
    make: async (s, b) => libreOffice(pages(s, b, false), 'docx', sub(`${b}-lo-docx2`)).map((d, i) => (execFileSync('pandoc', ['--from', 'docx', '--to', 'gfm', '--output', join(sub(`${b}-docx-gfm`), `${i}.md`), d]), join(sub(`${b}-docx-gfm`), `${i}.md`))),
  },
  {
    form: 'Word',
    name: "the test suite's .docx renderer (gridSpan, vMerge)",
    make: async (s, b) => Promise.all(s.map(async (x, i) => write(join(sub(`${b}-own-docx`), `${i}.docx`), (await LAYOUTS['docx merged cells']!(reportTitle(x.generation), x.tables, (key) => x.values.get(key)!)).content))),
  },
  { form: 'Word', name: "LibreOffice's .docx of the page", make: async (s, b) => libreOffice(pages(s, b, false), 'docx', sub(`${b}-lo-docx3`)) },
  { form: 'Word', name: "pandoc's .docx of the page (thead)", make: async (s, b) => pages(s, b, true).map((p, i) => pandocDocx(p, join(sub(`${b}-pandoc-docx`), `${i}.docx`))) },
  { form: 'text', name: "LibreOffice's text of the page", make: async (s, b) => libreOffice(pages(s, b, false), 'txt', sub(`${b}-lo-txt`)) },
  { form: 'text', name: 'pandoc plain of the page', make: async (s, b) => pages(s, b, false).map((p, i) => (execFileSync('pandoc', ['--from', 'html', '--to', 'plain', '--output', join(sub(`${b}-plain`), `${i}.txt`), p]), join(sub(`${b}-plain`), `${i}.txt`))) },
  ...(['pipe before', 'blank lines', 'bar rows'] as Copy[]).map((how) => ({
    form: 'text',
    name: `copied, ${how}`,
    make: async (s: Sample[], b: string) => s.map((x, i) => write(join(sub(`${b}-copy-${how.replace(' ', '-')}`), `${i}.txt`), copied(reportTitle(x.generation), x.tables, textOf(x.values), how))),
  })),
];

// ---- Values ----

const blank = fc.constantFrom('', '', '—', '－', '/', '无');
const fullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
/** A value in every form reports write: plain, full-width, thousands, a unit, a footnote mark; or blank. */
const writing = (amount: boolean) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.nat({ max: 30000 }).chain((n) => fc.constantFrom(String(n), fullWidth(String(n)), n >= 1000 ? n.toLocaleString('en-US') : String(n), amount ? `${n}万元` : `${n}件`, `${n}*`)) },
    { weight: 1, arbitrary: blank },
  );
const isAmount = (generation: Generation, key: string) => (generation === 'legacy' ? key === 'org.budget' || key === 'fees' : /^fees:/.test(key));

function readingSamples(generation: Generation, tables: PageTable[], n: number, pick: () => number): Sample[] {
  const keys = valueKeys(tables);
  return fc.sample(fc.tuple(...keys.map((key) => writing(isAmount(generation, key)))), { numRuns: n, seed: seed + GENERATIONS.indexOf(generation) }).map((ws) => ({ generation, tables: shapes(generation, pick), values: new Map(keys.map((key, i) => [key, ws[i]!])) }));
}

function cleanSamples(generation: Generation, n: number, pick: () => number): Sample[] {
  return fc.sample(consistentValues(generation), { numRuns: n, seed: seed + 10 + GENERATIONS.indexOf(generation) }).map((values) => {
    const tables = shapes(generation, pick);
    return { generation, tables, values: new Map(valueKeys(tables).map((key) => [key, String(values.get(key) ?? 0)])) };
  });
}

/**
 * One cell of an identity changed at a time. A part of an "at least" sum (a channel of the legacy
 * table) may grow without breaking it, so only its total is changed, past the parts' sum.
 */
function defects(clean: Sample, pick: () => number): Sample[] {
  const identities = knowledge.generations[clean.generation].tables.flatMap((table) => table.identities);
  const atLeast = identities.flatMap((identity) => (identity.kind === 'cells' && identity.relation === 'atLeast' ? [identity] : []));
  const keys = identityKeys(clean.generation).filter((key) => clean.values.has(key) && !atLeast.some((identity) => identity.left.includes(key)));
  return Array.from({ length: DEFECTS_PER_REPORT }, () => {
    const key = keys[Math.floor(pick() * keys.length)]!;
    const values = new Map(clean.values);
    const past = atLeast.find((identity) => identity.right.includes(key));
    const from = past ? past.left.reduce((sum, part) => sum + Number(values.get(part)), 0) : Number(values.get(key));
    values.set(key, String(from + 1 + Math.floor(pick() * 5)));
    return { ...clean, values, defect: key };
  });
}

// ---- Measure ----

const pick = (() => {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296);
})();
const reading = GENERATIONS.flatMap((g) => readingSamples(g, pageTables(g), reports * 2, pick));
const cleans = GENERATIONS.flatMap((g) => cleanSamples(g, reports, pick));
const defective = cleans.flatMap((c) => defects(c, pick));

async function lint(path: string) {
  const { report, result } = await lintWith(path, bytesOf(path), TABLE_RULES);
  const cells = new Map(report ? tablesOf(report).flatMap((table) => [...cellsByKey(table)]) : []);
  return { cells, findings: result.diagnostics.map((d) => `${d.ruleId} ${d.message}`) };
}

console.log(`seed ${seed}: ${reading.length} reports for reading, ${cleans.length} clean reports, ${defective.length} single-cell defects (gb2021, gb2019, legacy)`);
console.log('| form | route | cells exact | not read | wrong | defects found | false findings / clean report |');
console.log('|---|---|---|---|---|---|---|');
const totals = new Map<string, { exact: number; unread: number; wrong: number; cells: number; found: number; defects: number; falses: number; cleans: number }>();
for (const route of ROUTES) {
  const all = [...reading, ...cleans, ...defective];
  const files = await route.make(all, route.name.replace(/\W+/g, '-'));
  const t = { exact: 0, unread: 0, wrong: 0, cells: 0, found: 0, defects: 0, falses: 0, cleans: 0 };
  const results = await Promise.all(files.map(lint));
  reading.forEach((sample, i) => {
    const { cells } = results[i]!;
    const misses: string[] = [];
    for (const [key, raw] of sample.values) {
      t.cells++;
      const parsed = parseCellNumber(raw);
      const want = parsed.kind === 'number' ? parsed.value : null;
      const cell = cells.get(key);
      if (!cell) t.unread++;
      else if (cell.value === want) t.exact++;
      else t.wrong++;
      if (!cell || cell.value !== want) misses.push(`${key}=${JSON.stringify(raw)}→${cell ? JSON.stringify(cell.raw) : '∅'}`);
    }
    if (process.env.VERBOSE && misses.length) console.error(`${route.name} ${sample.generation} #${i} ${files[i]}: ${misses.length} cells: ${misses.slice(0, 6).join(' ')}`);
  });
  cleans.forEach((sample, c) => {
    const clean = results[reading.length + c]!;
    t.cleans++;
    t.falses += clean.findings.length;
    if (process.env.VERBOSE && clean.findings.length) console.error(`${route.name} ${sample.generation} clean ${files[reading.length + c]}: ${clean.findings.slice(0, 3).join(' / ')}`);
    defective.slice(c * DEFECTS_PER_REPORT, (c + 1) * DEFECTS_PER_REPORT).forEach((d, k) => {
      const index = reading.length + cleans.length + c * DEFECTS_PER_REPORT + k;
      const got = results[index]!.findings.filter((f) => !clean.findings.includes(f) && !/^table\/(unreadable|missing)/.test(f));
      t.defects++;
      if (got.length) t.found++;
      else if (process.env.VERBOSE) console.error(`${route.name} ${d.generation} defect ${d.defect} missed ${files[index]}`);
    });
  });
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(2)} %`;
  console.log(`| ${route.form} | ${route.name} | ${t.exact} / ${t.cells} (${pct(t.exact, t.cells)}) | ${t.unread} | ${t.wrong} | ${t.found} / ${t.defects} (${pct(t.found, t.defects)}) | ${(t.falses / t.cleans).toFixed(2)} |`);
  const form = totals.get(route.form) ?? { exact: 0, unread: 0, wrong: 0, cells: 0, found: 0, defects: 0, falses: 0, cleans: 0 };
  for (const k of Object.keys(t) as Array<keyof typeof t>) form[k] += t[k];
  totals.set(route.form, form);
}
for (const [form, t] of totals) console.log(`| **${form}** | all routes | ${((100 * t.exact) / t.cells).toFixed(2)} % (${t.unread} not read, ${t.wrong} wrong) | | | ${((100 * t.found) / t.defects).toFixed(1)} % | ${(t.falses / t.cleans).toFixed(2)} |`);
console.log(`files in ${folder}`);
