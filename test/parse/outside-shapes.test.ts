import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/input/pandoc-tables.js';
import { cellsByKey, doubtfulTablesOf, tableOf } from '../../src/model/query.js';
import type { Report, TableKind } from '../../src/model/types.js';
import { parseBytes } from '../helpers.js';

/**
 * Shapes the blind measure of issue 13 (test/measure/tables-outside.ts) found unread or misread,
 * each written by hand with its own figures: what the reader now gives, cell by cell.
 */
const encode = (text: string) => new TextEncoder().encode(text);
const KEYS = ['natural', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg', 'total'];
const row = (key: string) => KEYS.map((column) => `${key}:${column}`);
const values = (report: Report, kind: TableKind, keys: string[]) => {
  const cells = cellsByKey(tableOf(report, kind)!);
  return keys.map((key) => cells.get(key)?.value);
};
const raws = (report: Report, kind: TableKind, keys: string[]) => {
  const cells = cellsByKey(tableOf(report, kind)!);
  return keys.map((key) => cells.get(key)?.raw);
};

const LEGACY_KEYS = ['proactive.total', 'proactive.normativeDocs', 'proactive.normativeIssued', 'channel.gazette', 'channel.website'];

describe('a statistical table with a 代码 column (row codes 01, 02 … before the value)', () => {
  const cells = [
    ['统计指标', '单位', '代码', '统计数'],
    ['主动公开政府信息数', '条', '01', '318'],
    ['其中，主动公开规范性文件数', '条', '02', '7'],
    ['制发规范性文件数', '件', '03', ''],
    ['政府公报公开政府信息数', '条', '04', '12'],
    ['政府网站公开政府信息数', '条', '05', '296'],
  ];
  it('HTML: the codes are labels, the values are read', async () => {
    const html = `<html><body><h1>某县2016年政府信息公开工作年度报告</h1><p>政府信息公开情况统计表</p><table>${cells
      .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('')}</table></body></html>`;
    const report = await parseBytes('report.html', encode(html));
    expect(tableOf(report, 'legacyStats')!.doubt).toBeUndefined();
    expect(values(report, 'legacyStats', LEGACY_KEYS)).toEqual([318, 7, null, 12, 296]);
  });

  it('copied text, each cell after "| ": a code left alone is an empty value, not the value', async () => {
    const text = ['某县2016年政府信息公开工作年度报告', '政府信息公开情况统计表', ...cells.flatMap(([label, ...rest]) => [label!, ...rest.map((c) => (c ? `| ${c}` : '|')), '|'])].join('\n');
    const report = await parseBytes('report.txt', encode(text));
    expect(values(report, 'legacyStats', LEGACY_KEYS)).toEqual([318, 7, null, 12, 296]);
  });
});

describe('table 三 copied with each cell after "| " and the row closed by a lone "|"', () => {
  const text = [
    '某局2022年政府信息公开工作年度报告',
    '三、收到和处理政府信息公开申请情况',
    '信息内容', '| 申请人情况', '|',
    '自然人', '| 法人或其他组织', '| 总计', '|',
    '商业企业', '| 科研机构', '| 社会公益组织', '| 法律服务机构', '| 其他', '|',
    '一、本年新收政府信息公开申请数量', '| 6', '|', '| 2', '| 0', '| 0', '| 1', '| 9', '|',
    '二、上年结转政府信息公开申请数量', '| 1', '| 0', '| 0', '| 0', '| 0', '| 0', '|', '|',
    '三、本年度办理结果', '（一）予以公开', '| 4', '| 1', '| 0', '| 0', '| 0', '| 0', '| 5', '|',
  ].join('\n');

  it('keeps each empty cell in its column, the last one too', async () => {
    const report = await parseBytes('report.txt', encode(text));
    expect(values(report, 'applications', [...row('received'), ...row('carriedOver'), ...row('granted')])).toEqual([
      6, null, 2, 0, 0, 1, 9,
      1, 0, 0, 0, 0, 0, null,
      4, 1, 0, 0, 0, 0, 5,
    ]);
  });
});

describe('rows copied one a line, each cell followed by "|"', () => {
  const text = [
    '某局2022年政府信息公开工作年度报告',
    '三、收到和处理政府信息公开申请情况',
    '信息内容 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
    '一、本年新收政府信息公开申请数量 | 6 |  | 2 | 0 | 0 | 1 | 9 |',
    '二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 |  |',
    '（一）予以公开 | 4 | 1 | 0 | 0 | 0 | 0 | 5 |',
  ].join('\n');

  it('is a grid: empty cells keep their columns', async () => {
    const report = await parseBytes('report.txt', encode(text));
    expect(values(report, 'applications', [...row('received'), ...row('carriedOver')])).toEqual([6, null, 2, 0, 0, 1, 9, 1, 0, 0, 0, 0, 0, null]);
  });
});

/** A simple table as pandoc lines it up: each column as wide as its widest cell and two more, CJK characters two wide. */
function simpleTable(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => 2 + Math.max(...rows.map((r) => displayWidth(r[c]!))));
  const line = (cells: string[]) => `  ${cells.map((cell, c) => cell + ' '.repeat(widths[c]! - displayWidth(cell))).join(' ')}`.trimEnd();
  return [line(rows[0]!), `  ${widths.map((w) => '-'.repeat(w)).join(' ')}`, ...rows.slice(1).map(line)];
}

describe("pandoc's simple table with a header (a <table> with <thead>), a footnote mark escaped", () => {
  const rows = (mark: string) => [
    ['信息内容', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
    ['一、本年新收政府信息公开申请数量', `6${mark}`, '—', '2', '0', '0', '1', '9'],
    ['二、上年结转政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1'],
    ['（一）予以公开', '4', '1', '0', '0', '0', '0', '5'],
  ];
  const expected = [6, null, 2, 0, 0, 1, 9, 1, 0, 0, 0, 0, 0, 1];

  it('Markdown: read as a grid, 6\\* as 6*', async () => {
    const report = await parseBytes('report.md', encode(['# 某局2022年政府信息公开工作年度报告', '', '## 三、收到和处理政府信息公开申请情况', '', ...simpleTable(rows('\\*')), ''].join('\n')));
    expect(values(report, 'applications', [...row('received'), ...row('carriedOver')])).toEqual(expected);
    expect(raws(report, 'applications', ['received:natural'])).toEqual(['6*']);
  });

  it("text (pandoc's plain output writes the same table, unescaped)", async () => {
    const report = await parseBytes('report.txt', encode(['某局2022年政府信息公开工作年度报告', '', '三、收到和处理政府信息公开申请情况', '', ...simpleTable(rows('*')), ''].join('\n')));
    expect(values(report, 'applications', [...row('received'), ...row('carriedOver')])).toEqual(expected);
  });
});

describe("pandoc's Markdown of a LibreOffice .docx that lost the table's last two columns", () => {
  const markdown = [
    '# 某局2022年政府信息公开工作年度报告',
    '',
    '## 三、收到和处理政府信息公开申请情况',
    '',
    '| | | | | | | | |',
    '|---|---|---|---|---|---|---|---|',
    '| 信息内容 | | | 申请人情况 | | | | |',
    '| | | | 自然人 | 法人或其他组织 | | | |',
    '| | | | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 |',
    '| 一、本年新收政府信息公开申请数量 | | | 6 | 3 | 2 | 0 | 0 |',
    '| 二、上年结转政府信息公开申请数量 | | | 1 | 0 | 0 | 0 | 0 |',
    '| （一）予以公开 | | | 4 | 1 | 0 | 0 | 0 |',
  ].join('\n');

  it('is doubted, not read two columns right (the label\'s empty cells are no figures)', async () => {
    const report = await parseBytes('report.md', encode(markdown));
    expect(tableOf(report, 'applications')).toBeUndefined();
    expect(doubtfulTablesOf(report).map((table) => table.doubt)).toEqual(['本年新收、上年结转、予以公开的数值无法与列对应']);
  });
});

describe('table 四 copied with its first header word broken over two lines', () => {
  const text = [
    '某局2022年政府信息公开工作年度报告',
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政', '复议', '行政', '诉讼',
    '结果', '维持', '结果', '纠正', '其他', '结果', '尚未', '审结', '总计',
    '未经复议直接起诉', '复议后起诉',
    ...Array.from({ length: 2 }, () => ['结果', '维持', '结果', '纠正', '其他', '结果', '尚未', '审结', '总计']).flat(),
    ...['1', '0', '0', '0', '1', '2', '1', '0', '0', '3', '0', '0', '0', '1', '1'],
  ].join('\n');

  it('is found and read', async () => {
    const report = await parseBytes('report.txt', encode(text));
    const cells = cellsByKey(tableOf(report, 'reviewLitigation')!);
    expect(['review:upheld', 'review:total', 'suitDirect:total', 'suitAfterReview:total'].map((key) => cells.get(key)?.value)).toEqual([1, 1, 3, 1]);
  });
});

describe('table 四 copied with each cell after "| ", its row of figures opening with an empty cell', () => {
  const results = ['结果维持', '| 结果纠正', '| 其他结果', '| 尚未审结', '| 总计'];
  const text = [
    '某局2022年政府信息公开工作年度报告',
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议', '| 行政诉讼', '|',
    ...results, '| 未经复议直接起诉', '| 复议后起诉', '|',
    ...results, ...results.map((cell) => (cell.startsWith('|') ? cell : `| ${cell}`)), '|',
    '', '| 0', '| 0', '| 1', '| 1', '| 2', '| 0', '| 0', '| 0', '| 2', '| 0', '| 0', '| 0', '| 0', '| 0', '|',
  ].join('\n');

  it('reads the empty line after the closing "|" as the empty first cell', async () => {
    const report = await parseBytes('report.txt', encode(text));
    const cells = cellsByKey(tableOf(report, 'reviewLitigation')!);
    expect(['review:upheld', 'review:corrected', 'review:total', 'suitDirect:upheld', 'suitDirect:total'].map((key) => cells.get(key)?.value)).toEqual([null, 0, 1, 2, 2]);
  });
});
