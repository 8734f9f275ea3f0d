import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Position } from 'unist';
import type { Diagnostic, LintResult } from '../../src/engine/diagnostic.js';
import type { RuleMeta } from '../../src/engine/rule.js';
import { formatters, type FormatContext } from '../../src/output/index.js';
import { displayWidth, excerpt } from '../../src/output/stylish.js';

const cwd = '/srv/年报';
const at = (line: number, column: number, endColumn: number, offset = 0): Position => ({
  start: { line, column, offset },
  end: { line, column: endColumn, offset: offset + endColumn - column },
});
const meta = (id: string, recommended: RuleMeta['recommended'], zh: string, en: string): RuleMeta => ({
  id,
  family: id.split('/')[0] as RuleMeta['family'],
  description: { zh, en },
  recommended,
  generations: ['gb2021'],
  messages: {},
});
const rules = [
  meta('table/balance', 2, '表三每一列收支平衡', 'Each column of table 3 balances'),
  meta('narrative/percentage', 1, '正文百分比与表格一致', 'Percentages in prose match the tables'),
  meta('meta/deadline', 'off', '按时发布', 'Published on time'),
];
const context = (over: Partial<FormatContext> = {}): FormatContext => ({
  lang: 'zh',
  cwd,
  color: false,
  rules,
  toolVersion: '0.1.0',
  docsBaseUrl: 'https://example.invalid/docs/',
  ...over,
});
const diagnostic = (over: Partial<Diagnostic> & Pick<Diagnostic, 'ruleId' | 'message' | 'position'>): Diagnostic => ({
  messageId: 'x',
  severity: 2,
  related: [],
  docsUrl: '',
  ...over,
});

const balance = '自然人列：本年新收 4 + 上年结转 0 = 4，办理结果总计 3 + 结转下年度 0 = 3，相差 1';
const source = ['表三', '（一）本年新收政府信息公开申请数量\t4', '依申请公开占比为 25%，办理结果总计 3'].join('\n');
const results: LintResult[] = [
  {
    filePath: `${cwd}/2023/长乐镇.txt`,
    diagnostics: [
      diagnostic({
        ruleId: 'table/balance',
        message: balance,
        position: at(2, 19, 20),
        related: [
          { message: '办理结果总计', position: at(3, 20, 21) },
          { message: '上年度报告的结转下年度', position: at(40, 3, 4), filePath: `${cwd}/2022/长乐镇.txt` },
        ],
      }),
      diagnostic({ ruleId: 'narrative/percentage', severity: 1, message: '正文称“25%”，按表格计算应为 100%', position: at(3, 10, 13) }),
      diagnostic({ ruleId: 'meta/deadline', message: '发布日期晚于\n次年 1 月 31 日', position: at(1, 1, 3) }),
    ],
  },
  { filePath: '/tmp/外部, 文件:a.pdf', diagnostics: [], failure: { reason: 'unsupported-type', message: '不支持的文件类型 (unsupported file type)' } },
];

describe('formatters on constructed Chinese results', () => {
  it('unix: one line per finding, English severities, failures with their reason', () => {
    expect(formatters.unix(results, context())).toBe(
      [
        `2023/长乐镇.txt:2:19: error ${balance} [table/balance]`,
        '2023/长乐镇.txt:3:10: warning 正文称“25%”，按表格计算应为 100% [narrative/percentage]',
        '2023/长乐镇.txt:1:1: error 发布日期晚于 次年 1 月 31 日 [meta/deadline]',
        '/tmp/外部, 文件:a.pdf:1:1: error 不支持的文件类型 (unsupported file type) [unsupported-type]',
        '',
      ].join('\n'),
    );
    expect(formatters.unix([{ filePath: `${cwd}/a.txt`, diagnostics: [] }], context())).toBe('');
  });

  it('github: workflow commands, % CR LF escaped in data and also : , in properties', () => {
    expect(formatters.github(results, context())).toBe(
      [
        `::error file=2023/长乐镇.txt,line=2,col=19,endLine=2,endColumn=20,title=table/balance::${balance}`,
        '::warning file=2023/长乐镇.txt,line=3,col=10,endLine=3,endColumn=13,title=narrative/percentage::正文称“25%25”，按表格计算应为 100%25',
        '::error file=2023/长乐镇.txt,line=1,col=1,endLine=1,endColumn=3,title=meta/deadline::发布日期晚于%0A次年 1 月 31 日',
        '::error file=/tmp/外部%2C 文件%3Aa.pdf,line=1,col=1,title=unsupported-type::不支持的文件类型 (unsupported file type)',
        '',
      ].join('\n'),
    );
  });

  it('json: the ESLint shape, absolute paths as given', () => {
    const parsed = JSON.parse(formatters.json(results, context()));
    expect(parsed[0].messages[0]).toEqual({
      ruleId: 'table/balance',
      severity: 2,
      message: balance,
      line: 2,
      column: 19,
      endLine: 2,
      endColumn: 20,
      related: [
        { message: '办理结果总计', line: 3, column: 20, endLine: 3, endColumn: 21 },
        { message: '上年度报告的结转下年度', line: 40, column: 3, endLine: 40, endColumn: 4, filePath: `${cwd}/2022/长乐镇.txt` },
      ],
    });
    expect(parsed.map((r: { filePath: string; errorCount: number; warningCount: number }) => [r.filePath, r.errorCount, r.warningCount])).toEqual([
      [`${cwd}/2023/长乐镇.txt`, 2, 1],
      ['/tmp/外部, 文件:a.pdf', 1, 0],
    ]);
    expect(parsed[1].failure).toEqual(results[1]!.failure);
    expect(formatters.json(results, context())).toMatch(/^\[\n {2}\{\n {4}"filePath"/);
  });

  it('stylish: columns aligned by display width, excerpts under the severity column, totals in both languages', () => {
    const sources = new Map([[results[0]!.filePath, source]]);
    const text = formatters.stylish(results, context({ sources }));
    const padded = (message: string) => message + ' '.repeat(displayWidth(balance) - displayWidth(message));
    expect(text.split('\n')).toEqual([
      '',
      '2023/长乐镇.txt',
      `  2:19  错误  ${balance}  table/balance`,
      '        （一）本年新收政府信息公开申请数量 4',
      '                                           ^',
      `  3:10  警告  ${padded('正文称“25%”，按表格计算应为 100%')}  narrative/percentage`,
      '        依申请公开占比为 25%，办理结果总计 3',
      '                         ^~~',
      `  1:1   错误  ${padded('发布日期晚于 次年 1 月 31 日')}  meta/deadline`,
      '        表三',
      '        ^~~~',
      '',
      '/tmp/外部, 文件:a.pdf',
      '    无法检查  不支持的文件类型 (unsupported file type)  unsupported-type',
      '',
      '✖ 共 4 个问题（3 个错误，1 个警告）',
      '',
    ]);
    expect(formatters.stylish(results, context({ lang: 'en' }))).toContain('✖ 4 problems (3 errors, 1 warning)');
    expect(formatters.stylish([{ filePath: `${cwd}/a.txt`, diagnostics: [] }], context())).toBe('✔ 没有发现问题\n');
  });

  it('stylish: colour only when asked', () => {
    expect(formatters.stylish(results, context())).not.toContain('\u001b[');
    expect(formatters.stylish(results, context({ color: true }))).toContain('\u001b[31m错误');
  });

  it('excerpt: long lines are cut around the finding; UTF-16 columns past an astral character', () => {
    const long = '一二三四五六七八九十'.repeat(6) + '目标' + '甲乙丙丁'.repeat(10);
    const [shown, marker] = excerpt(long, 61, 63);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(marker.trimStart()).toBe('^~~~');
    expect(shown.slice(0, shown.indexOf('目标'))).toHaveLength(11);
    expect(excerpt('吉𠮷镇报告', 4, 6)).toEqual(['吉𠮷镇报告', '    ^~~~']);
  });
});

describe('sarif on constructed Chinese results', () => {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  ajvFormats.default(ajv);
  const validate = ajv.compile(schema);
  const log = JSON.parse(formatters.sarif(results, context()));
  const run = log.runs[0];

  it('is valid SARIF 2.1.0', () => {
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log).toMatchObject({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0' });
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///srv/%E5%B9%B4%E6%8A%A5/');
  });

  it('describes each referenced rule, an off rule as disabled by default', () => {
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(['meta/deadline', 'narrative/percentage', 'table/balance']);
    expect(run.tool.driver.rules[2]).toEqual({
      id: 'table/balance',
      name: 'tableBalance',
      shortDescription: { text: '表三每一列收支平衡' },
      fullDescription: { text: '表三每一列收支平衡 / Each column of table 3 balances' },
      helpUri: 'https://example.invalid/docs/rules/table/balance.md',
      defaultConfiguration: { level: 'error' },
    });
    expect(run.tool.driver.rules[0].defaultConfiguration).toEqual({ enabled: false });
    expect(run.tool.driver.rules[1].defaultConfiguration).toEqual({ level: 'warning' });
  });

  it('results point at percent-encoded relative URIs; related places keep their ids and files', () => {
    const [first, second] = run.results;
    expect(first).toMatchObject({ ruleId: 'table/balance', ruleIndex: 2, level: 'error', message: { text: balance } });
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: '2023/%E9%95%BF%E4%B9%90%E9%95%87.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 19, endLine: 2, endColumn: 20 },
    });
    expect(first.relatedLocations.map((r: { id: number; message: { text: string }; physicalLocation: { artifactLocation: { uri: string } } }) => [r.id, r.message.text, r.physicalLocation.artifactLocation.uri])).toEqual([
      [0, '办理结果总计', '2023/%E9%95%BF%E4%B9%90%E9%95%87.txt'],
      [1, '上年度报告的结转下年度', '2022/%E9%95%BF%E4%B9%90%E9%95%87.txt'],
    ]);
    expect(second).toMatchObject({ ruleIndex: 1, level: 'warning' });
  });

  it('file failures are error notifications of a successful run; files outside cwd get absolute file: URIs', () => {
    expect(run.invocations[0]).toEqual({
      executionSuccessful: true,
      toolExecutionNotifications: [
        {
          level: 'error',
          message: { text: '不支持的文件类型 (unsupported file type) (unsupported-type)' },
          locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///tmp/%E5%A4%96%E9%83%A8%2C%20%E6%96%87%E4%BB%B6%3Aa.pdf' } } }],
        },
      ],
    });
  });
});
