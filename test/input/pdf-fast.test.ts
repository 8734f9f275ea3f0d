import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { plan } from '../../src/bench/plan.js';
import { bodyName, loadBase, renderReport } from '../../src/bench/synth.js';
import type { AdaptedInput } from '../../src/model/block.js';
import { adaptPdf } from '../../src/input/pdf/index.js';
import { readFast } from '../../src/input/pdf/fast/pages.js';
import { loadPdf, readWithPdfJs } from '../../src/input/pdf/load.js';
import { FIXTURES, fixtureText, parseFixture } from '../helpers.js';
import { bytesOf, chromiumPdf, libreOffice, requireTools, tempFolder } from '../support/converters.js';
import { cutTablePdf, handmadePdf } from '../support/pdf-handmade.js';
import { withObjectStreams } from '../support/pdf-rewrite.js';
import { toHtml } from '../support/render.js';

/**
 * Issue 15: the fast reader (src/input/pdf/fast) reads the PDFs LibreOffice and Chromium make of
 * the five real reports and of test reports — as published text, as the page with its tables,
 * with tables drawn without lines, with tables cut by page ends — without falling back to PDF.js,
 * and gives exactly PDF.js's pages: the same runs of text at the same places, the same lines, so
 * the same text lines and table cells on the same page lines. What it does not understand
 * (encryption, a font without ToUnicode, a broken cross-reference) goes to PDF.js, silently.
 */
const bases = await Promise.all(Object.values(FIXTURES).map((file) => loadBase(file, fixtureText(file))));
const testReports = plan(bases, 60).filter((spec) => !spec.proseFrom).slice(0, 2);
const reports: Array<{ name: string; text: () => Promise<string>; page: () => Promise<string> }> = [
  ...(Object.keys(FIXTURES) as Array<keyof typeof FIXTURES>).map((name) => ({ name, text: async () => fixtureText(FIXTURES[name]), page: async () => toHtml(await parseFixture(FIXTURES[name])) })),
  ...testReports.map((spec) => ({ name: `${bodyName(spec.base, spec.body)}${spec.year}`, text: async () => renderReport({ ...spec, format: 'txt' }), page: async () => renderReport({ ...spec, format: 'html' }) })),
];
const folder = tempFolder('xxgk-pdf-fast-');
/** Each PDF made, by the name of its test: report, producer and form. */
const made = new Map<string, string>();
const BORDERLESS = ['changleTownship2023', 'dayaoCounty2021'];
/** Paragraphs before dayaoCounty2021's table 三: page ends fall inside tables 三 and 四. */
const PADDINGS = [0, 5, 11, 17];

beforeAll(async () => {
  requireTools();
  const texts: string[] = [];
  const pages: string[] = [];
  for (const [i, report] of reports.entries()) {
    texts.push(join(folder, `${i}-text.txt`));
    writeFileSync(texts[i]!, await report.text());
    pages.push(join(folder, `${i}-page.html`));
    writeFileSync(pages[i]!, await report.page());
  }
  const page = (name: string) => readFileSync(pages[reports.findIndex((report) => report.name === name)]!, 'utf8');
  const extra: Array<{ name: string; html: string }> = [
    ...BORDERLESS.map((name) => ({ name: `${name} borderless`, html: page(name).replace(/<table border="1" cellspacing="0">/g, '<table border="0" cellspacing="8">') })),
    ...PADDINGS.map((count) => {
      const html = page('dayaoCounty2021');
      const at = html.indexOf('<h2>三、');
      return { name: `dayaoCounty2021 padded ${count}`, html: html.slice(0, at) + Array.from({ length: count }, (_, i) => `<p>版面说明第${i + 1}段。</p>`).join('\n') + html.slice(at) };
    }),
  ];
  const extraPaths = extra.map((entry, i) => {
    const path = join(folder, `extra-${i}.html`);
    writeFileSync(path, entry.html);
    return path;
  });
  const converted = libreOffice([...texts, ...pages, ...extraPaths], 'pdf', folder);
  reports.forEach((report, i) => {
    made.set(`${report.name} text, LibreOffice`, converted[i]!);
    made.set(`${report.name} page, LibreOffice`, converted[reports.length + i]!);
  });
  extra.forEach((entry, i) => made.set(`${entry.name}, LibreOffice`, converted[2 * reports.length + i]!));
  const printed = [...reports.map((report, i) => ({ name: `${report.name} page`, html: readFileSync(pages[i]!, 'utf8') })), ...extra.slice(0, BORDERLESS.length)].map((entry, i) => ({
    name: `${entry.name}, Chromium`,
    html: entry.html.replace(/(<table[^>]*>\n?)(<tr>.*?<\/tr>)/g, '$1<thead>$2</thead>'),
    header: '政府信息公开',
    out: join(folder, `chromium-${i}.pdf`),
  }));
  await chromiumPdf(printed);
  for (const entry of printed) made.set(entry.name, entry.out);
}, 600_000);

const names = [
  ...reports.flatMap((report) => [`${report.name} text, LibreOffice`, `${report.name} page, LibreOffice`, `${report.name} page, Chromium`]),
  ...BORDERLESS.flatMap((name) => [`${name} borderless, LibreOffice`, `${name} borderless, Chromium`]),
  ...PADDINGS.map((count) => `dayaoCounty2021 padded ${count}, LibreOffice`),
];

describe.each(names)('%s', (name) => {
  it('is read without PDF.js, into PDF.js’s pages and the same report', async () => {
    const bytes = bytesOf(made.get(name)!);
    const fast = readFast(bytes);
    expect(fast).toBeDefined();
    const pages = await loadPdf(bytes);
    expect(pages).toEqual(await readWithPdfJs(bytes));
    expect(pages.flatMap((page) => page.glyphs).length).toBeGreaterThan(100);
    expect(await adaptPdf(bytes)).toEqual(await adaptPdf(bytes, readWithPdfJs));
  });
});

it('the forms read include ruled tables, tables drawn without lines and a table cut by a page end', async () => {
  const ruled = await loadPdf(bytesOf(made.get('dayaoCounty2021 page, Chromium')!));
  expect(ruled.some((page) => page.rules.length > 20)).toBe(true);
  const borderless = await loadPdf(bytesOf(made.get('dayaoCounty2021 borderless, LibreOffice')!));
  expect(borderless.every((page) => page.rules.length === 0)).toBe(true);
  const input = await adaptPdf(bytesOf(made.get('dayaoCounty2021 padded 11, LibreOffice')!));
  expect(new Set(input!.pageLines!.map((line) => line.page)).size).toBeGreaterThan(2);
});

it.each(['dayaoCounty2021 page, LibreOffice', 'xianTownship2017 text, LibreOffice'])('%s written again with an object stream and a cross-reference stream reads the same', async (name) => {
  const bytes = bytesOf(made.get(name)!);
  const rewritten = withObjectStreams(bytes);
  const latin1 = new TextDecoder('latin1').decode(rewritten);
  expect(latin1).toContain('/Type/ObjStm');
  expect(latin1).not.toMatch(/\bxref\s/);
  expect(readFast(rewritten)).toBeDefined();
  const pages = await loadPdf(rewritten);
  expect(pages).toEqual(await readWithPdfJs(rewritten));
  expect(pages).toEqual(await loadPdf(bytes));
});

it('a PDF written by hand with the operators, forms and boxes producers here leave out reads as PDF.js reads it', async () => {
  const bytes = handmadePdf((data) => deflateSync(data));
  const fast = readFast(bytes);
  expect(fast).toBeDefined();
  const pages = await loadPdf(bytes);
  expect(pages).toEqual(await readWithPdfJs(bytes));
  expect(pages.map((page) => page.glyphs.map((glyph) => glyph.text))).toEqual([
    ['年度报告', '一、总体情况主动公开 12 件', '依申请', '3', '件年', '收到 申请15注', '第二行', '第三行', '下移', '再下', 'Total 27', '项目', '数量', '20'],
    ['第二页的文字'],
  ]);
  // The form's grid stands where its matrix puts it (60, 150), as on the page.
  expect(pages[0]!.rules.filter((rule) => !rule.horizontal).map((rule) => [rule.at, rule.from, rule.to])).toEqual([
    [260, 150, 210],
    [60, 150, 210],
    [160, 150, 210],
  ]);
  expect(pages[1]!.rules).toEqual([{ horizontal: true, at: 210, from: 50, to: 350 }]);
});

it('a table the page cuts gives the figures a run carries on past the edge, and none PDF.js clips, a run begun past it would lose, or a page without text past it may have lost', async () => {
  const bytes = cutTablePdf();
  expect(readFast(bytes)).toBeDefined();
  const cells = async (input: Promise<AdaptedInput | undefined>) => {
    const grid = (await input)!.blocks.find((block) => block.kind === 'grid')!;
    return grid.kind === 'grid' ? grid.rows.map((row) => row.map((cell) => (cell.cut ? `${cell.text} (cut)` : cell.text))) : [];
  };
  expect(await cells(adaptPdf(bytes))).toEqual([
    ['项目', '数量', '总体'],
    ['申请', '12', '1059'],
    ['收到', '7', '10 (cut)'],
    ['注', '3', '1059'],
    ['再下', '5', '10 (cut)'],
  ]);
  expect(await cells(adaptPdf(bytes, readWithPdfJs))).toEqual([
    ['项目', '数量', '总体'],
    ['申请', '12', '10 (cut)'],
    ['收到', '7', '10 (cut)'],
    ['注', '3', '10 (cut)'],
    ['再下', '5', '10 (cut)'],
  ]);
});

describe('what the fast reader leaves to PDF.js', () => {
  const text = () => bytesOf(made.get('xianTownship2017 text, LibreOffice')!);
  const texts = (pages: Awaited<ReturnType<typeof loadPdf>>) => pages.map((page) => page.glyphs.map((glyph) => glyph.text).join(''));

  it('an encrypted file (LibreOffice, a permissions password) is read by PDF.js', async () => {
    const source = join(folder, 'locked.txt');
    writeFileSync(source, fixtureText(FIXTURES.xianTownship2017));
    const options = '{"EncryptFile":{"type":"boolean","value":"true"},"PermissionPassword":{"type":"string","value":"owner"},"RestrictPermissions":{"type":"boolean","value":"true"}}';
    const [locked] = libreOffice([source], 'pdf', folder, options);
    const bytes = bytesOf(locked!);
    expect(new TextDecoder('latin1').decode(bytes)).toContain('/Encrypt');
    expect(readFast(bytes)).toBeUndefined();
    expect(texts(await loadPdf(bytes))).toEqual(texts(await loadPdf(text())));
  }, 120_000);

  it('a font without ToUnicode is left to PDF.js', async () => {
    const bytes = text();
    const latin1 = new TextDecoder('latin1').decode(bytes);
    expect(latin1).toContain('/ToUnicode');
    // The same length: every offset of the cross-reference still holds.
    const damaged = Uint8Array.from(latin1.replaceAll('/ToUnicode', '/ToUnicodX'), (char) => char.charCodeAt(0));
    expect(readFast(damaged)).toBeUndefined();
    const pages = await loadPdf(damaged);
    expect(pages.length).toBe((await loadPdf(bytes)).length);
    expect(pages.flatMap((page) => page.glyphs).length).toBeGreaterThan(0);
  });

  it('a broken cross-reference is left to PDF.js, which rebuilds it and reads the same pages', async () => {
    const bytes = text();
    const latin1 = new TextDecoder('latin1').decode(bytes);
    const at = latin1.lastIndexOf('startxref');
    const damaged = Uint8Array.from(latin1.slice(0, at) + latin1.slice(at).replace(/startxref\s+\d+/, 'startxref\n1'), (char) => char.charCodeAt(0));
    expect(readFast(damaged)).toBeUndefined();
    expect(await loadPdf(damaged)).toEqual(await loadPdf(bytes));
  });

  it('random bytes and edited real PDFs never throw out of the fast reader, and loadPdf settles', async () => {
    const seeds = [made.get('changleTownship2023 page, LibreOffice')!, made.get('changleTownship2023 page, Chromium')!].map(bytesOf);
    const edit = fc.record({ kind: fc.constantFrom('flip', 'cut', 'insert', 'truncate'), at: fc.nat(), length: fc.nat({ max: 64 }), byte: fc.nat({ max: 255 }) });
    const edited = fc.tuple(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 6 })).map(([seed, edits]) =>
      edits.reduce((bytes, { kind, at: rawAt, length, byte }) => {
        const at = rawAt % Math.max(1, bytes.length);
        if (kind === 'flip') return Uint8Array.from(bytes, (value, i) => (i === at ? value ^ (byte || 1) : value));
        if (kind === 'cut') return Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + length)]);
        if (kind === 'insert') return Uint8Array.from([...bytes.subarray(0, at), byte, ...bytes.subarray(at)]);
        return bytes.subarray(0, at);
      }, seed),
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(edited, fc.uint8Array({ maxLength: 4096 })), async (bytes) => {
        expect(() => readFast(bytes)).not.toThrow();
        await loadPdf(bytes).catch((error: unknown) => expect(error).toBeInstanceOf(Error));
      }),
      { numRuns: 40 },
    );
  }, 300_000);
});
