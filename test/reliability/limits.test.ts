import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { parseConfig } from '../../src/engine/config.js';
import { readInput } from '../../src/input/index.js';
import { IN_PROCESS_BELOW } from '../../src/cli/workers.js';
import { MAX_MARKDOWN_CONTAINERS, MAX_NESTING } from '../../src/input/limits.js';
import { FIXTURES, fixtureText, lintRecommended, lintWith } from '../helpers.js';
import { lintFolder, type JsonResult } from '../repo/run-lint.js';
import { runCli } from '../cli/run-cli.js';
import { damagedXrefPdf } from '../support/pdf-handmade.js';
import { zipOf } from './zip.js';

const failureOf = (result: JsonResult) => (result as JsonResult & { failure?: { message: string } }).failure?.message;
const TITLE = '某县2023年政府信息公开工作年度报告';
const paragraphs = (bytes: number) => new TextEncoder().encode(`<w:document><w:body>${'<w:p><w:r><w:t>共计100件</w:t></w:r></w:p>'.repeat(Math.ceil(bytes / 44))}</w:body></w:document>`);

describe('a .docx bomb is refused before it is inflated', () => {
  it('300 MB of paragraphs in a small file: the declared unzipped size is over the limit', async () => {
    const bomb = zipOf([{ name: 'word/document.xml', data: paragraphs(60 * 1024 * 1024), declaredSize: 300 * 1024 * 1024 }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await readInput('bomb.docx', bomb)).toEqual({ ok: false, reason: 'too-large', detail: 'unzipped > 50 MB' });
  });

  it('a part that declares less than it holds is stopped as it inflates', async () => {
    const liar = zipOf([{ name: 'word/document.xml', data: paragraphs(60 * 1024 * 1024), declaredSize: 1000 }]);
    expect(await readInput('liar.docx', liar)).toEqual({ ok: false, reason: 'too-large', detail: 'a zip entry unpacks to more than it declares' });
  });

  it('more entries than a document has', async () => {
    const many = zipOf(Array.from({ length: 5001 }, (_, i) => ({ name: `p${i}.xml`, data: new Uint8Array(1) })));
    expect(await readInput('many.docx', many)).toEqual({ ok: false, reason: 'too-large', detail: '5001 zip entries > 5000' });
  });

  it('from the command line, in-process and through worker threads: each such file fails with the message, the report beside them is checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-bomb-'));
    // Enough files that the command starts worker threads.
    const copies = IN_PROCESS_BELOW / 2;
    for (let i = 0; i < copies; i++) {
      writeFileSync(join(dir, `a-bomb-${i}.docx`), zipOf([{ name: 'word/document.xml', data: paragraphs(60 * 1024 * 1024), declaredSize: 300 * 1024 * 1024 }]));
      writeFileSync(join(dir, `b-liar-${i}.docx`), zipOf([{ name: 'word/document.xml', data: paragraphs(60 * 1024 * 1024), declaredSize: 1000 }]));
    }
    writeFileSync(join(dir, 'c-report.txt'), fixtureText(FIXTURES.changleTownship2023));
    const alone = await lintFolder(dir, { patterns: ['c-report.txt'] });
    for (const jobs of [1, 2]) {
      const { results, code } = await lintFolder(dir, { jobs });
      expect(code).toBe(1);
      expect(results.map(failureOf)).toEqual([
        ...Array.from({ length: copies }, () => '文件超出大小上限，未检查（unzipped > 50 MB）'),
        ...Array.from({ length: copies }, () => '文件超出大小上限，未检查（a zip entry unpacks to more than it declares）'),
        undefined,
      ]);
      expect(results.at(-1)).toEqual(alone.results[0]);
    }
  }, 60_000);

  it('a damaged zip is unreadable, not a crash', async () => {
    const zip = zipOf([{ name: 'word/document.xml', data: paragraphs(1000) }]);
    const cut = zip.slice(0, zip.length - 30);
    expect(await readInput('cut.docx', cut)).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});

describe('a damaged PDF ends neither the run nor the thread', () => {
  it('PDF.js rejects promises nobody awaits (page fetches before its recovery): the command lists both files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-damaged-pdf-'));
    writeFileSync(join(dir, 'a-damaged.pdf'), damagedXrefPdf());
    writeFileSync(join(dir, 'b-report.txt'), fixtureText(FIXTURES.changleTownship2023));
    const run = await runCli(['.', '-f', 'json'], dir);
    expect(run.stderr).toBe('');
    const results = JSON.parse(run.stdout) as JsonResult[];
    expect(results.map((result) => result.filePath.slice(dir.length + 1))).toEqual(['a-damaged.pdf', 'b-report.txt']);
    expect(failureOf(results[0]!)).toBe('未识别为政府信息公开工作年度报告（没有标题、章节或统计表）');
    expect(run.code).toBe(1);
  });
});

describe('deep nesting is refused the same way in every thread', () => {
  const deepHtml = `<h1>${TITLE}</h1>${'<div>'.repeat(3000)}一、总体情况${'</div>'.repeat(3000)}`;
  const deepQuotes = `# ${TITLE}\n\n${'>'.repeat(6000)} 一、总体情况\n`;

  it('HTML nested 3,000 levels and Markdown quotes 6,000 deep', async () => {
    expect(await readInput('deep.html', new TextEncoder().encode(deepHtml))).toEqual({ ok: false, reason: 'too-deep', detail: `3000 > ${MAX_NESTING}` });
    expect(await readInput('deep.md', new TextEncoder().encode(deepQuotes))).toEqual({ ok: false, reason: 'too-deep', detail: `6000 > ${MAX_NESTING}` });
    // At the limit, read as usual.
    const atLimit = `<h1>${TITLE}</h1>${'<div>'.repeat(MAX_NESTING)}一、总体情况${'</div>'.repeat(MAX_NESTING)}`;
    expect(await readInput('ok.html', new TextEncoder().encode(atLimit))).toMatchObject({ ok: true });
  });

  it('through worker threads as in-process: every copy fails alike, with the message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-deep-'));
    for (let i = 0; i < 8; i++) writeFileSync(join(dir, `r${i}.html`), deepHtml);
    for (const jobs of [1, 2]) {
      const { results, code } = await lintFolder(dir, { jobs });
      expect(code).toBe(1);
      expect(results.map(failureOf)).toEqual(Array.from({ length: 8 }, () => `文件嵌套层级超出上限，未检查（3000 > ${MAX_NESTING}）`));
    }
  }, 60_000);
});

describe('limits per file, each with a message and the run going on', () => {
  const everyRule = builtinRules.map((rule) => rule.meta.id);
  const report = fixtureText(FIXTURES.xianTownship2017);

  it('input size: the default 20 MB, and a configured one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-size-'));
    writeFileSync(join(dir, 'big.txt'), Buffer.alloc(21 * 1024 * 1024, 'a'));
    writeFileSync(join(dir, 'small.txt'), report);
    const { results, code } = await lintFolder(dir);
    expect(code).toBe(1);
    expect(failureOf(results[0]!)).toBe('文件超出大小上限，未检查（21.0 MB > 20 MB）');
    // The small file beside it is checked as if alone: the findings of every rule at its recommended setting.
    const alone = (await lintRecommended('small.txt', report)).result.diagnostics.map((d) => `${d.position.start.line} ${d.ruleId}`);
    expect(alone.length).toBe(4);
    expect(results[1]!.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(alone);
    writeFileSync(join(dir, 'xxgk.config.json'), JSON.stringify({ settings: { limits: { fileSizeMB: 0.001 } } }));
    const configured = await lintFolder(dir);
    expect(failureOf(configured.results[1]!)).toBe(`文件超出大小上限，未检查（${(Buffer.byteLength(report) / 1024 / 1024).toFixed(1)} MB > 0.001 MB）`);
  });

  it('findings per file: the first listed, the rest counted', async () => {
    const all = (await lintWith('r.txt', report, everyRule)).result;
    expect(all.diagnostics.length).toBeGreaterThan(3);
    const { result } = await lintWith('r.txt', report, everyRule, parseConfig({ settings: { limits: { findingsPerFile: 2 } } }, 'test'));
    expect(result.diagnostics).toEqual(all.diagnostics.slice(0, 2));
    expect(result.failure).toEqual({ reason: 'too-many-findings', message: `提示超过上限，只列出前 2 条，另有 ${all.diagnostics.length - 2} 条` });
  });

  it('time per file: rules stop at the limit and the file says so', async () => {
    const { result } = await lintWith('r.txt', report, everyRule, parseConfig({ settings: { limits: { secondsPerFile: 1e-9 } } }, 'test'));
    expect(result.failure).toEqual({ reason: 'too-slow', message: '检查超出时间上限，只列出已得到的提示（1e-9 s）' });
  });
});

describe('Markdown whose parser would take the square of its quotes', () => {
  it('20,000 one-line quotes are refused at once', async () => {
    const quotes = `# ${TITLE}\n\n${'> 引用的文字，共5件。\n\n'.repeat(20_000)}`;
    expect(await readInput('quotes.md', new TextEncoder().encode(quotes))).toEqual({ ok: false, reason: 'too-large', detail: `more than ${MAX_MARKDOWN_CONTAINERS} Markdown quote and list markers` });
  });
});

describe('a table whose spans would copy cells without end', () => {
  it('is refused past 100,000 cells, with a message', async () => {
    const cells = '<td rowspan="100" colspan="100">1</td>'.repeat(20);
    const html = `<h1>${TITLE}</h1><table>${`<tr>${cells}</tr>`.repeat(10)}</table>`;
    expect(await readInput('spans.html', new TextEncoder().encode(html))).toEqual({ ok: false, reason: 'too-large', detail: 'a table of more than 100000 cells' });
  });
});
