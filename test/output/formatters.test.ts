import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { LintResult } from '../../src/engine/diagnostic.js';
import { formatters, getFormatter, type FormatContext } from '../../src/output/index.js';
import { jsonChunks } from '../../src/output/json.js';
import { excerpt } from '../../src/output/stylish.js';
import { FIXTURES, fixturePath, fixtureText } from '../fixtures.js';
import { lintWith, replaceLine } from '../helpers.js';

const cwd = fixturePath('').replace(/\/fixtures\/$/, '');
const context = (over: Partial<FormatContext> = {}): FormatContext => ({
  lang: 'zh',
  cwd,
  color: false,
  rules: builtinRules.map((rule) => rule.meta),
  toolVersion: '9.9.9',
  docsBaseUrl: 'https://example.invalid/docs/',
  ...over,
});

/** Real results: 001 with its table 三 broken at line 121, the real 000 (a prose finding), and a file that failed. */
async function realResults(): Promise<{ results: LintResult[]; sources: Map<string, string> }> {
  const broken = replaceLine(fixtureText(FIXTURES.changleTownship2023), 121, '5');
  const a = await lintWith(fixturePath(FIXTURES.changleTownship2023), broken, ['table/balance']);
  const b = await lintWith(fixturePath(FIXTURES.amengTownship2017), fixtureText(FIXTURES.amengTownship2017), ['narrative/table-mismatch']);
  const failed: LintResult = { filePath: `${cwd}/fixtures/empty.txt`, diagnostics: [], failure: { reason: 'empty', message: '文件为空' } };
  return {
    results: [b.result, a.result, failed],
    sources: new Map([[a.result.filePath, broken], [b.result.filePath, fixtureText(FIXTURES.amengTownship2017)]]),
  };
}

describe('formatters on real fixtures', () => {
  it('unix: file:line:col: severity message [rule]', async () => {
    const { results } = await realResults();
    expect(formatters.unix(results, context())).toBe(
      [
        'fixtures/000_544e1c0e224b6e3c.txt:23:177: error 正文称“共通过县政府网站公开政府信息248条”，而统计表“政府网站公开政府信息”为 244条 [narrative/table-mismatch]',
        'fixtures/001_e380e0b0efcc701e.txt:121:1: error 自然人列：本年新收 5 + 上年结转 0 = 5，办理结果总计 4 + 结转下年度 0 = 4，相差 1 [table/balance]',
        'fixtures/empty.txt:1:1: error 文件为空 [empty]',
        '',
      ].join('\n'),
    );
  });

  it('github: workflow commands with escaped properties', async () => {
    const { results } = await realResults();
    const lines = formatters.github(results, context()).trim().split('\n');
    expect(lines[1]).toBe('::error file=fixtures/001_e380e0b0efcc701e.txt,line=121,col=1,endLine=121,endColumn=2,title=table/balance::自然人列：本年新收 5 + 上年结转 0 = 5，办理结果总计 4 + 结转下年度 0 = 4，相差 1');
    const escaped = formatters.github([{ filePath: `${cwd}/a,b:c.txt`, diagnostics: [{ ...results[1]!.diagnostics[0]!, message: '100%\n完成' }] }], context());
    expect(escaped).toContain('file=a%2Cb%3Ac.txt,');
    expect(escaped).toContain('::100%25%0A完成');
  });

  it('json: the ESLint shape with related places', async () => {
    const { results } = await realResults();
    const parsed = JSON.parse(formatters.json(results, context()));
    expect(parsed[1].messages[0]).toMatchObject({ ruleId: 'table/balance', severity: 2, line: 121, column: 1, endLine: 121, endColumn: 2 });
    expect(parsed[1].messages[0].related.map((r: { line: number }) => r.line)).toEqual([137, 499, 515]);
    expect(parsed[2]).toMatchObject({ errorCount: 1, failure: { reason: 'empty' } });
  });

  it('json comes in batches of files, together exactly what JSON.stringify(array, null, 2) prints', async () => {
    const { results } = await realResults();
    // 600 files: two full batches of 256 and one of 88, each after its bracket or comma, then the closing bracket.
    const many = Array.from({ length: 600 }, (_, i) => ({ ...results[i % results.length]!, filePath: `/reports/${i}.txt` }));
    const chunks = [...jsonChunks(many, context())];
    expect(chunks).toHaveLength(7);
    const parsed = JSON.parse(chunks.join(''));
    expect(chunks.join('')).toBe(JSON.stringify(parsed, null, 2) + '\n');
    expect(parsed.map((result: { filePath: string }) => result.filePath)).toEqual(many.map((result) => result.filePath));
    expect(formatters.json(results, context())).toBe(JSON.stringify(JSON.parse(formatters.json(results, context())), null, 2) + '\n');
    expect(formatters.json([], context())).toBe('[]\n');
  });

  it('stylish: grouped by file, excerpt with a marker, totals', async () => {
    const { results, sources } = await realResults();
    const text = formatters.stylish(results, context({ sources }));
    const lines = text.split('\n');
    const at = lines.indexOf('fixtures/001_e380e0b0efcc701e.txt');
    expect(lines[at + 1]).toBe('  121:1  错误  自然人列：本年新收 5 + 上年结转 0 = 5，办理结果总计 4 + 结转下年度 0 = 4，相差 1  table/balance');
    expect(lines[at + 2]).toBe('         5');
    expect(lines[at + 3]).toBe('         ^');
    expect(text).toContain('✖ 共 3 个问题（3 个错误，0 个警告）');
    expect(formatters.stylish([], context({ lang: 'en' }))).toBe('✔ No problems found\n');
  });

  it('excerpt counts CJK characters as two columns', () => {
    expect(excerpt('通过县政府网站公开政府信息248条', 14, 18)).toEqual(['通过县政府网站公开政府信息248条', ' '.repeat(26) + '^~~~~']);
    expect(excerpt('共248条', 2, 5)).toEqual(['共248条', '  ^~~']);
  });

  it('an unknown format names the available ones', () => {
    expect(() => getFormatter('xml')).toThrow('unknown format "xml"; 可用 available: stylish, json, sarif, github, unix');
  });
});

describe('sarif', () => {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // The official schema has a pattern that is invalid in JavaScript's unicode mode.
  // Both are CommonJS: under NodeNext the class and the plugin are their `default` property.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  ajvFormats.default(ajv);
  const validate = ajv.compile(schema);

  it('validates against the official SARIF 2.1.0 schema', async () => {
    const { results } = await realResults();
    const log = JSON.parse(formatters.sarif(results, context()));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results[1]).toMatchObject({
      ruleId: 'table/balance',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'fixtures/001_e380e0b0efcc701e.txt' }, region: { startLine: 121, startColumn: 1 } } }],
    });
    expect(log.runs[0].results[1].relatedLocations).toHaveLength(3);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toBe('文件为空 (empty)');
  });

  it('percent-encodes Chinese file names into valid URIs', async () => {
    const { results } = await realResults();
    const renamed = results.map((result) => ({ ...result, filePath: `${cwd}/年报/${result.filePath.split('/').pop()}` }));
    const log = JSON.parse(formatters.sarif(renamed, context()));
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('%E5%B9%B4%E6%8A%A5/000_544e1c0e224b6e3c.txt');
  });
});
