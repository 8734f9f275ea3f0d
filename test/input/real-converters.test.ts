import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInput } from '../../src/input/index.js';
import { adaptPdf } from '../../src/input/pdf/index.js';
import { readWithPdfJs } from '../../src/input/pdf/load.js';
import type { LintResponse } from '../../src/web/api.js';
import { startServer } from '../../src/web/server.js';
import { builtinRules } from '../../rules/index.js';
import { plan } from '../../src/bench/plan.js';
import { bodyName, loadBase, renderReport } from '../../src/bench/synth.js';
import { lintBytes } from '../../src/engine/lint-file.js';
import { resolveConfig } from '../../src/engine/resolve.js';
import { outlineOf } from '../../src/model/outline.js';
import type { Report, Table } from '../../src/model/types.js';
import { buildReport } from '../../src/parse/index.js';
import { runCli } from '../cli/run-cli.js';
import { FIXTURES, fixturePath, fixtureText, lintWith, parseBytes, parseFixture } from '../helpers.js';
import { bytesOf, chromiumPdf, libreOffice, pandocDocx, pandocHtml, pandocMarkdown, requireTools, scannedPdf, tempFolder } from '../support/converters.js';
import { LAYOUTS, reportTitle } from '../support/layouts.js';
import { pageTables, valueKeys } from '../support/page-tables.js';
import { toHtml } from '../support/render.js';

/**
 * Issues 15 and 18: the five real reports, and test reports made from them, made into the files
 * people download and send by real converters — LibreOffice (PDF, Word 97 .doc, .docx) from the text as published and from the
 * page with its tables, Chromium's print to PDF (running header, page numbers, table headers
 * repeated on each page), pandoc (GitHub Markdown with pipe tables, pandoc's Markdown with its own tables, without header;
 * .docx of the page) and web pages saved from Word documents (LibreOffice's of its .doc, pandoc's of its .docx) — and read back: every form gives the cells, the generation, the parts
 * and the findings of the text form, which is the corpus truth.
 */
type Form = 'pdf-text' | 'pdf-page' | 'pdf-chromium' | 'doc-text' | 'doc-page' | 'docx-page' | 'docx-pandoc' | 'html-doc-lo' | 'html-docx-pandoc' | 'md-gfm' | 'md-pandoc' | 'pdf-docx-lo' | 'pdf-docx-pandoc';
const FORMS: Form[] = ['pdf-text', 'pdf-page', 'pdf-chromium', 'doc-text', 'doc-page', 'docx-page', 'docx-pandoc', 'html-doc-lo', 'html-docx-pandoc', 'md-gfm', 'md-pandoc'];

/**
 * The five real reports, and test reports made from them as the benchmark makes its repository
 * (other bodies, years and figures, some with a planted defect): each as text and as the page.
 */
const bases = await Promise.all(Object.values(FIXTURES).map((file) => loadBase(file, fixtureText(file))));
const planned = plan(bases, 60);
const testReports = [...planned.filter((spec) => spec.defects?.length).slice(0, 3), ...planned.filter((spec) => !spec.defects && !spec.proseFrom).slice(0, 2)];
const reports: Array<{ name: string; text: () => Promise<string>; page: () => Promise<string> }> = [
  ...(Object.keys(FIXTURES) as Array<keyof typeof FIXTURES>).map((name) => ({
    name,
    text: async () => fixtureText(FIXTURES[name]),
    page: async () => toHtml(await parseFixture(FIXTURES[name])),
  })),
  ...testReports.map((spec) => ({
    name: `${bodyName(spec.base, spec.body)}${spec.year}${spec.defects ? `（${spec.defects.join('、')}）` : ''}`,
    text: async () => renderReport({ ...spec, format: 'txt' }),
    page: async () => renderReport({ ...spec, format: 'html' }),
  })),
];
const names = reports.map((report) => report.name);
const made = new Map<string, string>();
const folder = tempFolder('xxgk-converters-');
const config = resolveConfig({}, builtinRules);

/** The page with every table's header row in <thead>, which Chromium repeats on each page a table runs over. */
const withRepeatedHeaders = (html: string) => html.replace(/(<table[^>]*>\n?)(<tr>.*?<\/tr>)/g, '$1<thead>$2</thead>');

beforeAll(async () => {
  requireTools();
  const texts: string[] = [];
  const pages: string[] = [];
  for (const [i, report] of reports.entries()) {
    const text = join(folder, `${i}-text.txt`);
    writeFileSync(text, await report.text());
    const page = join(folder, `${i}-page.html`);
    writeFileSync(page, await report.page());
    made.set(`${report.name}:text`, text);
    made.set(`${report.name}:page`, page);
    texts.push(text);
    pages.push(page);
  }
  const record = (form: Form, paths: string[]) => paths.forEach((path, i) => made.set(`${names[i]}:${form}`, path));
  record('pdf-text', libreOffice(texts, 'pdf', folder));
  record('pdf-page', libreOffice(pages, 'pdf', folder));
  record('doc-text', libreOffice(texts, 'doc', folder));
  record('doc-page', libreOffice(pages, 'doc', folder));
  record('docx-page', libreOffice(pages, 'docx', folder));
  // Word documents printed to PDF by LibreOffice, as most reports are published: LibreOffice's
  // .docx of the page (its tables keep their widths, wider than the page) and pandoc's (no lines, labels at the top of their cells).
  const printedDocx = join(folder, 'docx-printed');
  mkdirSync(printedDocx);
  record('pdf-docx-lo', libreOffice(names.map((name) => made.get(`${name}:docx-page`)!), 'pdf', printedDocx));
  const pandocFolder = join(folder, 'pandoc-docx');
  mkdirSync(pandocFolder);
  const pandocDocxes = pages.map((page, i) => pandocDocx(page, join(pandocFolder, `${i}.docx`)));
  record('docx-pandoc', pandocDocxes);
  record('pdf-docx-pandoc', libreOffice(pandocDocxes, 'pdf', pandocFolder));
  // Web pages saved from Word documents: LibreOffice's of its Word 97 file of the page, pandoc's of its own .docx.
  const htmlFolder = join(folder, 'html');
  mkdirSync(htmlFolder);
  record('html-doc-lo', libreOffice(names.map((name) => made.get(`${name}:doc-page`)!), 'html', htmlFolder));
  record('html-docx-pandoc', pandocDocxes.map((docx) => pandocHtml(docx, docx.replace(/\.docx$/, '.html'))));
  record('md-gfm', pages.map((page) => pandocMarkdown(page, 'gfm', page.replace(/\.html$/, '.gfm.md'))));
  record('md-pandoc', pages.map((page) => pandocMarkdown(page, 'markdown', page.replace(/\.html$/, '.pandoc.md'))));
  const printed = pages.map((page) => page.replace(/\.html$/, '.chromium.pdf'));
  await chromiumPdf(pages.map((page, i) => ({ html: withRepeatedHeaders(readFileSync(page, 'utf8')), header: '政府信息公开', out: printed[i]! })));
  record('pdf-chromium', printed);
  // The gb2021 reports' pages again, their tables drawn without lines (cells set apart by spacing
  // only), table 四's figures made 1 to 15 (the reports' are all 0) so a cell read from the wrong column shows.
  for (const name of BORDERLESS) {
    const page = readFileSync(made.get(`${name}:page`)!, 'utf8');
    const review = page.indexOf('行政诉讼情况');
    let figure = 0;
    const numbered = page.slice(0, review) + page.slice(review).replace(/<td>0<\/td>/g, (cell) => (figure < 15 ? `<td>${++figure}</td>` : cell));
    writeFileSync(join(folder, `${name}-numbered.html`), numbered);
    made.set(`${name}:page-numbered`, join(folder, `${name}-numbered.html`));
  }
  const borderless = BORDERLESS.map((name) => readFileSync(made.get(`${name}:page-numbered`)!, 'utf8').replace(/<table border="1" cellspacing="0">/g, '<table border="0" cellspacing="8">'));
  await chromiumPdf(BORDERLESS.map((name, i) => ({ html: borderless[i]!, header: '', out: join(folder, `${name}-borderless.pdf`) })));
  for (const name of BORDERLESS) made.set(`${name}:pdf-borderless`, join(folder, `${name}-borderless.pdf`));
  // The same pages printed by LibreOffice: changleTownship2023's table 四 header ends a page and its figures open the next.
  const lo = BORDERLESS.map((name, i) => {
    const path = join(folder, `${name}-borderless-lo.html`);
    writeFileSync(path, borderless[i]!);
    return path;
  });
  libreOffice(lo, 'pdf', folder).forEach((path, i) => made.set(`${BORDERLESS[i]}:pdf-borderless-lo`, path));
  // dayaoCounty2021's page with 0 to 23 short paragraphs before table 三, printed by LibreOffice:
  // the page ends fall at every height of tables 三 and 四, across rows and inside them.
  const page = readFileSync(made.get('dayaoCounty2021:page')!, 'utf8');
  const before = page.indexOf('<h2>三、');
  const padded = PADDINGS.map((count) => {
    const path = join(folder, `dayao-padded-${count}.html`);
    writeFileSync(path, page.slice(0, before) + Array.from({ length: count }, (_, i) => `<p>版面说明第${i + 1}段。</p>`).join('\n') + page.slice(before));
    return path;
  });
  libreOffice(padded, 'pdf', folder).forEach((path, i) => made.set(`dayaoCounty2021:padded-${PADDINGS[i]}`, path));
  // Figures of several digits, printed from Word: a gb2021 test report's page with tables 三 and
  // 四 given figures of four digits (LibreOffice's .docx: the page cuts their last column), and
  // the gb2019 tables as a site lays them out (labels over three columns, 三、本年度办理结果
  // spanning its rows), by both routes.
  const wide = made.get(`${WIDE}:page`)!.replace(/\.html$/, '-wide.html');
  const widePage = readFileSync(made.get(`${WIDE}:page`)!, 'utf8');
  const at = widePage.indexOf('收到和处理');
  let figure = 0;
  writeFileSync(wide, widePage.slice(0, at) + widePage.slice(at).replace(/<td>\d+<\/td>/g, () => `<td>${1009 + 137 * figure++}</td>`));
  made.set('wide:page', wide);
  const tables = pageTables('gb2019');
  const gb2019 = join(folder, 'gb2019-page.html');
  writeFileSync(gb2019, (await LAYOUTS['html rowspan/colspan']!(reportTitle('gb2019'), tables, (key) => GB2019_FIGURES.get(key)!)).content as string);
  made.set('gb2019:page', gb2019);
  const wordFolder = join(folder, 'figures-docx');
  mkdirSync(wordFolder);
  const [wideDocx, gb2019Docx] = libreOffice([wide, gb2019], 'docx', wordFolder);
  const [widePdf, gb2019Pdf] = libreOffice([wideDocx!, gb2019Docx!], 'pdf', wordFolder);
  made.set('wide:pdf-docx-lo', widePdf!);
  made.set('gb2019:pdf-docx-lo', gb2019Pdf!);
  const pandocFigures = join(folder, 'figures-pandoc');
  mkdirSync(pandocFigures);
  made.set('gb2019:pdf-docx-pandoc', libreOffice([pandocDocx(gb2019, join(pandocFigures, 'gb2019.docx'))], 'pdf', pandocFigures)[0]!);
}, 600_000);

const WIDE = '湖石镇2021（balance）';
/** The gb2019 tables' figures: one to four digits, none repeated in a row. */
const GB2019_FIGURES = new Map(valueKeys(pageTables('gb2019')).map((key, i) => [key, String((i * 7919) % 9000 + 10 * (i % 3))]));

const PADDINGS = Array.from({ length: 24 }, (_, i) => i);

/** A finding as the reader judges it: the rule and its words (a line number in the words counts the lines of each form). */
const finding = (d: { ruleId: string; message: string }) => `${d.ruleId} ${d.message.replace(/第 \d+ 行/g, '第 N 行')}`;

const BORDERLESS = ['changleTownship2023', 'dayaoCounty2021'];

/**
 * Cells of the text form each Word document printed to PDF does not give (none is read wrong), and
 * the tables it says it cannot read. LibreOffice's .docx keeps the page's table widths: the real
 * gb2021 reports' tables 三 and 四 are wider than the page, which cuts off their last columns (the
 * PDF holds no text there; 三 is said unreadable, 四 not found); the test reports' table 三 loses
 * only its last column (总计), cut a few points after its left edge: its figures run past the
 * edge, where the PDF holds them whole, and are read. pandoc's (tables drawn without lines, labels
 * at the top of their cells): every cell.
 */
const complete = { missing: 0, unreadable: [], wrong: 0 };
const WORD_PRINTED = {
  amengTownship2017: { 'pdf-docx-lo': complete, 'pdf-docx-pandoc': complete },
  changleTownship2023: { 'pdf-docx-lo': { missing: 190, unreadable: ['applications'], wrong: 0 }, 'pdf-docx-pandoc': complete },
  dayaoCounty2021: { 'pdf-docx-lo': { missing: 190, unreadable: ['applications'], wrong: 0 }, 'pdf-docx-pandoc': complete },
  meiCounty2017: { 'pdf-docx-lo': complete, 'pdf-docx-pandoc': complete },
  xianTownship2017: { 'pdf-docx-lo': complete, 'pdf-docx-pandoc': complete },
  '柏石县2021（balance）': { 'pdf-docx-lo': complete, 'pdf-docx-pandoc': complete },
  '湖石镇2021（balance）': { 'pdf-docx-lo': complete, 'pdf-docx-pandoc': complete },
  '石石镇2021（inForce）': { 'pdf-docx-lo': complete, 'pdf-docx-pandoc': complete },
  青石镇2014: { 'pdf-docx-lo': complete, 'pdf-docx-pandoc': complete },
  青石镇2015: { 'pdf-docx-lo': complete, 'pdf-docx-pandoc': complete },
};

/** What the product reads from a file: the model's outline and the findings. */
async function reading(path: string) {
  const { report, result } = await lintBytes(path, bytesOf(path), config, 'zh');
  return { outline: outlineOf(report!), findings: result.diagnostics.map(finding).sort() };
}

describe.each(names)('%s made by real converters', (name) => {
  it.each(FORMS)('%s gives the cells of the text form, and the parts and findings of its source', async (form) => {
    const truth = await reading(made.get(`${name}:text`)!);
    // The parts and findings of the document converted: a page may carry a line the text has not.
    const source = form.endsWith('-text') ? truth : await reading(made.get(`${name}:page`)!);
    const got = await reading(made.get(`${name}:${form}`)!);
    expect(got.outline.tables).toEqual(truth.outline.tables);
    expect(got.outline.generation).toBe(truth.outline.generation);
    expect(got.outline.sections.map((section) => section.marker + section.title)).toEqual(source.outline.sections.map((section) => section.marker + section.title));
    // Two of the five publish no table: then the parts (never none) carry the comparison.
    expect(truth.outline.sections.length + Object.keys(truth.outline.tables).length).toBeGreaterThan(3);
    expect(got.findings).toEqual(source.findings);
  });
});

describe('Word documents printed to PDF by LibreOffice', () => {
  it('give the cells of the text form, none wrong; a table is said unreadable where the page cut off its last columns', async () => {
    const got: Record<string, Record<string, { missing: number; wrong: number; unreadable: string[] }>> = {};
    for (const name of names) {
      const truth = (await reading(made.get(`${name}:text`)!)).outline;
      for (const form of ['pdf-docx-lo', 'pdf-docx-pandoc'] as const) {
        const read = (await reading(made.get(`${name}:${form}`)!)).outline;
        const cells = Object.entries(truth.tables).flatMap(([kind, values]) => Object.entries(values!).map(([key, value]) => [(read.tables as Record<string, Record<string, number | null>>)[kind]?.[key], value]));
        (got[name] ??= {})[form] = {
          missing: cells.filter(([value]) => value === undefined).length,
          wrong: cells.filter(([value, truth]) => value !== undefined && value !== truth).length,
          unreadable: Object.keys(read.doubtful ?? {}),
        };
      }
    }
    expect(got).toEqual(WORD_PRINTED);
  });
});

describe.each(BORDERLESS)('%s printed with tables drawn without lines', (name) => {
  it.each(['pdf-borderless', 'pdf-borderless-lo'])('%s gives tables 二 and 三 of the text form from the positions of the text', async (form) => {
    const truth = await reading(made.get(`${name}:text`)!);
    const got = await reading(made.get(`${name}:${form}`)!);
    expect(Object.keys(truth.outline.tables.applications ?? {}).length).toBeGreaterThan(50);
    expect(got.outline.tables.proactive).toEqual(truth.outline.tables.proactive);
    expect(got.outline.tables.applications).toEqual(truth.outline.tables.applications);
  });

  it('pdf-borderless-lo prints table 三 with labels wrapped above and below their figures, run into them', async () => {
    const path = made.get(`${name}:pdf-borderless-lo`)!;
    const lines = (await printedLines(path)).flat();
    // The scene: LibreOffice prints (六)'s first label over lines above, beside and below its figures
    // (its words 不补正 cut between two), and (六) itself above and below them.
    expect(lines.filter((line) => line === '1.申请人无正当理由逾期不补').length).toBe(1);
    expect(lines.filter((line) => line.startsWith('0000000正')).length).toBe(1);
    expect(lines).toContain('(六)其');
  });

  it.each(['pdf-borderless', 'pdf-borderless-lo'])('%s gives table 四, its header cells wrapped in narrow columns, from the columns of its figures', async (form) => {
    const path = made.get(`${name}:${form}`)!;
    const got = await reading(path);
    const groups = ['review', 'suitDirect', 'suitAfterReview'];
    const results = ['upheld', 'corrected', 'other', 'pending', 'total'];
    const expected = Object.fromEntries(groups.flatMap((group, g) => results.map((result, r) => [`${group}:${result}`, g * 5 + r + 1])));
    expect((await reading(made.get(`${name}:page-numbered`)!)).outline.tables.reviewLitigation).toEqual(expected);
    expect(got.outline.tables.reviewLitigation).toEqual(expected);
    // The header cell is printed over two lines (行政 over 复议): it stands where its first line is printed.
    const header = await printedReviewHeader(path);
    expect(await reviewAnchorPlace(path)).toEqual(header);
    // The scene: LibreOffice moved changleTownship2023's figures to the page after the header.
    expect((await printedPlace(path, '123456789101112131415')).page).toBe(name === 'changleTownship2023' && form === 'pdf-borderless-lo' ? header.page + 1 : header.page);
  });
});

/** The printed lines of each page (runs on one baseline joined, spaces dropped), read independently of the product. */
async function printedLines(path: string): Promise<string[][]> {
  const document = await getDocument({ data: bytesOf(path), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[][] = [];
  for (let page = 1; page <= document.numPages; page++) {
    const items = (await (await document.getPage(page)).getTextContent()).items.filter((item): item is TextItem => 'str' in item && item.str.trim() !== '');
    const lines: Array<{ y: number; text: string }> = [];
    for (const item of [...items].sort((a, b) => b.transform[5] - a.transform[5] || a.transform[4] - b.transform[4])) {
      const last = lines[lines.length - 1];
      if (last && last.y - item.transform[5] < 3) last.text += item.str;
      else lines.push({ y: item.transform[5], text: item.str });
    }
    pages.push(lines.map((line) => line.text.replace(/\s/g, '').normalize('NFKC')));
  }
  return pages;
}

/** The cells of `truth`'s tables that `read` gives another value, and those it does not give. */
function compared(truth: Awaited<ReturnType<typeof reading>>, read: Awaited<ReturnType<typeof reading>>) {
  const cells = Object.entries(truth.outline.tables).flatMap(([kind, values]) => Object.entries(values!).map(([key, value]) => ({ cell: `${kind}.${key}`, value, read: (read.outline.tables as Record<string, Record<string, number | null>>)[kind]?.[key] })));
  return { wrong: cells.filter((cell) => cell.read !== undefined && cell.read !== cell.value).map((cell) => cell.cell), missing: cells.filter((cell) => cell.read === undefined).map((cell) => cell.cell), unreadable: Object.keys(read.outline.doubtful ?? {}) };
}

describe('figures of several digits printed from Word', () => {
  it('a column the page cuts gives its figures whole, read past the edge in the content stream', async () => {
    const truth = await reading(made.get('wide:page')!);
    const read = await reading(made.get('wide:pdf-docx-lo')!);
    // The scene: the page cuts 总计 of tables 三 and 四 inside their figures (1831 printed 18).
    expect(truth.outline.tables.applications!['received:total']).toBe(1009 + 137 * 6);
    expect((await printedLines(made.get('wide:pdf-docx-lo')!)).flat().some((line) => line.includes(`${1009 + 137 * 5}18`))).toBe(true);
    expect(read.outline.tables.applications!['received:total']).toBe(1831);
    expect(compared(truth, read)).toEqual({ wrong: [], missing: [], unreadable: [] });
  });

  it('read by PDF.js, which drops the characters past the edge, the column the page cuts gives no figure, never the digits printed before it', async () => {
    const path = made.get('wide:pdf-docx-lo')!;
    const truth = await reading(made.get('wide:page')!);
    const read = compared(truth, { outline: outlineOf(buildReport((await adaptPdf(bytesOf(path), readWithPdfJs))!, 'pdf')), findings: [] });
    const totals = Object.keys(truth.outline.tables.applications!).filter((key) => key.endsWith(':total')).map((key) => `applications.${key}`);
    expect(read).toEqual({ wrong: [], missing: [...totals, 'reviewLitigation.suitAfterReview:total'], unreadable: [] });
  });

  it('gb2019 tables laid out by a site give every cell through pandoc\'s .docx (figures and labels wrapped in narrow columns), none wrong through LibreOffice\'s', async () => {
    const truth = await reading(made.get('gb2019:page')!);
    expect(truth.outline.generation).toBe('gb2019');
    expect(Object.values(truth.outline.tables).flatMap((values) => Object.values(values!))).toHaveLength(GB2019_FIGURES.size);
    const pandoc = await reading(made.get('gb2019:pdf-docx-pandoc')!);
    expect(pandoc.outline.tables).toEqual(truth.outline.tables);
    expect(pandoc.outline.generation).toBe('gb2019');
    // LibreOffice's .docx keeps the site's widths: table 三's last columns fall beyond the page (said
    // unreadable), and table 四's last (its 14 figures on the page are not taken for 15: not found).
    const lo = compared(truth, await reading(made.get('gb2019:pdf-docx-lo')!));
    const notRead = (kind: string) => Object.keys(truth.outline.tables[kind as 'applications']!).map((key) => `${kind}.${key}`);
    expect(lo).toEqual({ wrong: [], unreadable: ['applications'], missing: [...notRead('applications'), ...notRead('reviewLitigation')] });
  });
});

describe('tables whose rows LibreOffice cuts at a page end', () => {
  it('give the cells of the text form, each cut cell joined with its rest on the next page', async () => {
    const truth = await reading(made.get('dayaoCounty2021:text')!);
    // The scene is real: label cells of tables 三 and 四 are printed part at a page's foot, the rest at the next page's head.
    const CUT_LABELS = ['(四)无法提供', '(五)不予处理', '(六)其他处理', '行政复议'];
    const cut = new Set<string>();
    for (const count of PADDINGS) {
      const path = made.get(`dayaoCounty2021:padded-${count}`)!;
      const pages = await printedLines(path);
      for (const [i, lines] of pages.slice(0, -1).entries()) {
        const [foot, head] = [lines[lines.length - 1] ?? '', pages[i + 1]![0] ?? ''];
        for (const label of CUT_LABELS) for (let at = 1; at < label.length; at++) if (foot.includes(label.slice(0, at)) && head.startsWith(label.slice(at)) && !foot.includes(label)) cut.add(label);
      }
      const got = await reading(path);
      expect({ count, tables: got.outline.tables }).toEqual({ count, tables: truth.outline.tables });
      // 行政复议 is printed over two lines, on one page or two: it stands where its first line is.
      expect({ count, place: await reviewAnchorPlace(path) }).toEqual({ count, place: await printedReviewHeader(path) });
    }
    expect(cut.size).toBeGreaterThanOrEqual(3);
  }, 300_000);
});

/** The model's tables of one kind, in sections or not. */
function tablesIn(report: Report, kind: string): Table[] {
  return report.children.flatMap(function all(node): typeof report.children { return node.type === 'section' ? [node, ...node.children.flatMap(all)] : [node]; }).filter((node): node is Table => node.type === 'table' && node.kind === kind);
}

/** Where the product places table 四's header 行政复议 (its anchor): the page and printed line of the cell's first line. */
async function reviewAnchorPlace(path: string) {
  const read = await readInput(path, bytesOf(path));
  if (!read.ok) throw new Error(read.reason);
  const [table] = tablesIn(buildReport(read.input, read.format), 'reviewLitigation');
  return read.input.pageLines![table!.rowLabels.header!.position!.start.line - 1];
}

/** Where 行政复议 starts in print, independently of the product: a short line opening with 行政 (the cell's first line, alone or beside 行政诉讼) that a line with 复议 follows within two lines, on the page or at the next page's head. */
async function printedReviewHeader(path: string): Promise<{ page: number; line: number }> {
  const pages = await printedLines(path);
  for (const [p, lines] of pages.entries()) {
    for (const [l, text] of lines.entries()) {
      const following = [...lines.slice(l + 1, l + 3), ...(l + 1 >= lines.length ? (pages[p + 1] ?? []).slice(0, 1) : [])];
      if (text.startsWith('行政') && text.length <= 6 && !text.includes('复议') && following.some((next) => next.includes('复议'))) return { page: p + 1, line: l + 1 };
    }
  }
  throw new Error(`行政复议 is not printed in ${path}`);
}

/** Where a text is printed, counted independently of the product: the page, and the printed lines from its top down to it. */
async function printedPlace(path: string, needle: string): Promise<{ page: number; line: number }> {
  for (const [i, lines] of (await printedLines(path)).entries()) {
    const line = lines.findIndex((text) => text.includes(needle));
    if (line >= 0) return { page: i + 1, line: line + 1 };
  }
  throw new Error(`${needle} is not printed in ${path}`);
}

describe('findings in a PDF', () => {
  it('name the page and the printed line, in the model, JSON and SARIF', async () => {
    const path = made.get('amengTownship2017:pdf-text')!;
    const { result } = await lintWith('report.pdf', bytesOf(path), ['narrative/table-mismatch']);
    expect(result.diagnostics.map((d) => d.message)).toEqual(['正文称“共通过县政府网站公开政府信息248条”，而统计表“政府网站公开政府信息”为 244条']);
    const place = await printedPlace(path, '县政府网站公开政府信息248');
    expect(result.diagnostics[0]!.page).toEqual(place);
    const json = await runCli([path, '-f', 'json', '--rule', 'narrative/table-mismatch:error'], folder);
    const message = JSON.parse(json.stdout)[0].messages.find((m: { ruleId: string }) => m.ruleId === 'narrative/table-mismatch');
    expect({ page: message.page, line: message.pageLine }).toEqual(place);
    const sarif = JSON.parse((await runCli([path, '-f', 'sarif'], folder)).stdout);
    const region = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'narrative/table-mismatch').locations[0].physicalLocation.region;
    expect(region.properties).toEqual({ page: place.page, pageLine: place.line });
    const stylish = await runCli([path], folder);
    expect(stylish.stdout).toContain(`第${place.page}页第${place.line}行`);
  }, 120_000);

  it('a table that runs over pages with its header repeated reads as one table', async () => {
    const path = made.get('changleTownship2023:pdf-chromium')!;
    // The scene is real: the applications table's header is printed on more than one page.
    const document = await getDocument({ data: bytesOf(path), isEvalSupported: false, verbosity: 0 }).promise;
    let pagesWithHeader = 0;
    for (let page = 1; page <= document.numPages; page++) {
      const text = (await (await document.getPage(page)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
      if (text.replace(/\s/g, '').includes('社会公益组织')) pagesWithHeader++;
    }
    expect(pagesWithHeader).toBeGreaterThanOrEqual(2);
    const report = await parseBytes(path, bytesOf(path));
    const applications = tablesIn(report, 'applications');
    expect(applications).toHaveLength(1);
    expect(outlineOf(report).tables).toEqual(outlineOf(await parseFixture(FIXTURES.changleTownship2023)).tables);
  }, 120_000);
});

describe('a PDF without a text layer', () => {
  it('gets one clear message, exit code 1, and the run goes on', async () => {
    const scan = join(folder, '扫描件.pdf');
    await scannedPdf('长乐镇人民政府2023年政府信息公开工作年度报告', scan);
    const other = join(folder, 'other.txt');
    copyFileSync(fixturePath(FIXTURES.changleTownship2023), other);
    const run = await runCli([scan, other, '-f', 'json'], folder);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; failure?: { reason: string; message: string }; summary?: unknown }>;
    expect(results.map((r) => [r.filePath.endsWith('扫描件.pdf') ? 'scan' : 'other', r.failure?.reason])).toEqual([
      ['other', undefined],
      ['scan', 'no-text-layer'],
    ]);
    expect(results.find((r) => r.failure)!.failure!.message).toBe('PDF 没有文字层（扫描件或图片版），无法读取文字；请使用带文字的 PDF 或原始文档（OCR 不在本工具范围内）');
    const english = await runCli([scan, '--lang', 'en'], folder);
    expect(english.stdout).toContain('The PDF has no text layer (a scan or images)');
    expect(english.code).toBe(1);
  }, 120_000);
});

describe('PDF and Word 97 files in a run', () => {
  it('are found in folders, kept by --cache and never rewritten by --fix', async () => {
    const run = tempFolder('xxgk-binary-forms-');
    const copies = ['pdf-text', 'doc-text'].map((form) => {
      const from = made.get(`amengTownship2017:${form}`)!;
      const to = join(run, `report-${form}${from.slice(from.lastIndexOf('.'))}`);
      copyFileSync(from, to);
      return to;
    });
    copyFileSync(made.get('xianTownship2017:doc-text')!, join(run, 'draft.wps'));
    const before = copies.map((path) => readFileSync(path));
    const result = await runCli(['.', '--fix', '-f', 'json'], run);
    const linted = (JSON.parse(result.stdout) as Array<{ filePath: string; summary?: { year?: number } }>).map((r) => [r.filePath.slice(run.length + 1), r.summary?.year]);
    expect(linted).toEqual([
      ['draft.wps', 2017],
      ['report-doc-text.doc', 2017],
      ['report-pdf-text.pdf', 2017],
    ]);
    copies.forEach((path, i) => expect(readFileSync(path).equals(before[i]!)).toBe(true));
    const cold = await runCli(['.', '--cache', '-f', 'json'], run);
    expect(readdirSync(join(run, '.xxgk-cache')).length).toBeGreaterThan(0);
    const warm = await runCli(['.', '--cache', '-f', 'json'], run);
    expect(JSON.parse(warm.stdout)).toEqual(JSON.parse(cold.stdout));
    expect((JSON.parse(warm.stdout) as Array<{ messages: unknown[] }>).map((r) => r.messages.length)).toEqual((JSON.parse(result.stdout) as Array<{ messages: unknown[] }>).map((r) => r.messages.length));
  }, 180_000);
});

describe('the checking page', () => {
  it('checks a PDF and a .doc as it checks the text', async () => {
    const server = await startServer({ port: 0, host: '127.0.0.1', lang: 'zh' });
    try {
      const check = async (name: string, path: string) =>
        (await (await fetch(`${server.url}api/lint?name=${encodeURIComponent(name)}`, { method: 'POST', body: bytesOf(path) })).json()) as LintResponse;
      const text = await check('report.txt', fixturePath(FIXTURES.dayaoCounty2021));
      for (const [name, form] of [['报告.pdf', 'pdf-page'], ['报告.doc', 'doc-page']] as const) {
        const response = await check(name, made.get(`dayaoCounty2021:${form}`)!);
        expect(response.result.failure).toBeUndefined();
        expect(response.summary!.tables).toEqual(text.summary!.tables);
        expect(response.result.diagnostics.map((d) => d.ruleId)).toEqual(text.result.diagnostics.map((d) => d.ruleId));
      }
    } finally {
      await server.close();
    }
  }, 120_000);
});

describe('PDFs read side by side in one thread', () => {
  it('each give their own report (a CLI lane keeps several files in flight)', async () => {
    const pdfs = names.flatMap((name) => (['pdf-text', 'pdf-page', 'pdf-chromium'] as const).map((form) => made.get(`${name}:${form}`)!));
    // Three lanes taking the next file as each finishes, as the CLI's lanes do: one document ends while others are open.
    const together: unknown[] = new Array(pdfs.length);
    let next = 0;
    const lane = async () => {
      while (next < pdfs.length) {
        const i = next++;
        together[i] = outlineOf(await parseBytes(pdfs[i]!, bytesOf(pdfs[i]!))).tables;
      }
    };
    await Promise.all([lane(), lane(), lane()]);
    const alone: unknown[] = [];
    for (const path of pdfs) alone.push(outlineOf(await parseBytes(path, bytesOf(path))).tables);
    expect(together).toEqual(alone);
  }, 300_000);
});

describe('damaged PDF and Word 97 files', () => {
  it('are read or refused with a reason, never a crash or a hang', async () => {
    const originals = [made.get('changleTownship2023:pdf-page')!, made.get('changleTownship2023:doc-page')!].map((path) => [path, bytesOf(path)] as const);
    await fc.assert(
      fc.asyncProperty(fc.nat(1), fc.double({ min: 0, max: 1, noNaN: true }), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }), async (which, cut, flips) => {
        const [path, original] = originals[which]!;
        const bytes = original.slice(0, Math.max(1, Math.floor(original.length * (0.2 + 0.8 * cut))));
        for (const [at, value] of flips) bytes[Math.floor(at * bytes.length)] = value;
        const read = await readInput(path, bytes);
        if (!read.ok) expect(['unreadable', 'no-text-layer']).toContain(read.reason);
        // What is read builds a report of its own format over the very text read.
        else expect(buildReport(read.input, read.format)).toMatchObject({ type: 'report', format: read.format, source: read.input.locator.text });
      }),
      { numRuns: 25 },
    );
  }, 300_000);
});
