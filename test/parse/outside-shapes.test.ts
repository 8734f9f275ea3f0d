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

/** Where a cell stands in the file: its line, its column and the text it covers. */
const placeOf = (report: Report, kind: TableKind, key: string) => {
  const { position } = cellsByKey(tableOf(report, kind)!).get(key)!;
  return { line: position!.start.line, column: position!.start.column, text: report.source.slice(position!.start.offset, position!.end.offset) };
};
const HEADER_三 = ['信息内容', '申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];

describe("LibreOffice's text of a page (a cell a line, an empty cell an empty line, cells under a rowspan empty lines too)", () => {
  const lines = [
    '某局2022年政府信息公开工作年度报告', // 1
    '三、收到和处理政府信息公开申请情况', // 2
    '信息内容', '申请人情况', '', '自然人', '法人或其他组织', '总计', // 3–8: the empty line is 信息内容 under its rowspan
    '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '', // 9–16
    '一、本年新收政府信息公开申请数量', '8', '', '3', '0', '0', '1', '12', // 17–24: 商业企业 empty
    '二、上年结转政府信息公开申请数量', '2', '0', '0', '0', '0', '0', '', // 25–32: 总计 empty, the row's last line
    '三、本年度办理结果', '（一）予以公开', '5', '1', '0', '0', '0', '0', '6', // 33–41
    '', '（二）部分公开', '', '0', '1', '0', '0', '0', '1', // 42–50: 三、本年度办理结果 under its rowspan, then 自然人 empty
    '', '（三）不予公开', '1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0', // 51–60
    '五、存在的主要问题及改进情况',
  ];

  it('reads each empty line where the row has as many lines as columns, the lines under a rowspan left to the next row', async () => {
    const report = await parseBytes('report.txt', encode(lines.join('\n')));
    expect(tableOf(report, 'applications')!.doubt).toBeUndefined();
    expect(values(report, 'applications', [...row('received'), ...row('carriedOver'), ...row('granted'), ...row('partial')])).toEqual([
      8, null, 3, 0, 0, 1, 12,
      2, 0, 0, 0, 0, 0, null,
      5, 1, 0, 0, 0, 0, 6,
      null, 0, 1, 0, 0, 0, 1,
    ]);
    expect(raws(report, 'applications', ['received:commercial', 'carriedOver:total', 'partial:natural'])).toEqual(['', '', '']);
    // An empty cell points at the start of its empty line; a figure covers its characters.
    expect(['received:commercial', 'received:research', 'carriedOver:total', 'partial:natural', 'partial:commercial'].map((key) => placeOf(report, 'applications', key))).toEqual([
      { line: 19, column: 1, text: '' },
      { line: 20, column: 1, text: '3' },
      { line: 32, column: 1, text: '' },
      { line: 44, column: 1, text: '' },
      { line: 45, column: 1, text: '0' },
    ]);
  });

  it('doubts a row with fewer lines than columns (which cell lost its line cannot be told)', async () => {
    const short = [...lines.slice(0, 24), '二、上年结转政府信息公开申请数量', '2', '', '0', '0', '0', ...lines.slice(32)];
    const report = await parseBytes('report.txt', encode(short.join('\n')));
    expect(tableOf(report, 'applications')).toBeUndefined();
    expect(doubtfulTablesOf(report).map((table) => table.doubt)).toEqual(['上年结转的数值无法与列对应']);
  });

  it('doubts a row whose extra empty line stands before one of its figures', async () => {
    const extra = [...lines.slice(0, 24), '二、上年结转政府信息公开申请数量', '2', '', '0', '0', '0', '0', '', '7', ...lines.slice(32)];
    const report = await parseBytes('report.txt', encode(extra.join('\n')));
    expect(doubtfulTablesOf(report).map((table) => table.doubt)).toEqual(['上年结转的数值无法与列对应']);
  });

  it('table 四: the empty lines between its header rows are header cells, the row of figures keeps its empty cells', async () => {
    const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const text = [
      '某局2022年政府信息公开工作年度报告', // 1
      '四、政府信息公开行政复议、行政诉讼情况', // 2
      '行政复议', '行政诉讼', ...results, '未经复议直接起诉', '复议后起诉', // 3–11
      '', '', '', '', '', ...results, ...results, // 12–16 under the rowspans, 17–26
      '1', '', '0', '0', '1', '3', '0', '1', '0', '4', '0', '0', '0', '1', '', // 27–41
      '五、存在的主要问题及改进情况',
    ].join('\n');
    const report = await parseBytes('report.txt', encode(text));
    const cells = cellsByKey(tableOf(report, 'reviewLitigation')!);
    expect(tableOf(report, 'reviewLitigation')!.doubt).toBeUndefined();
    expect([...cells.values()].map((cell) => cell.value)).toEqual([1, null, 0, 0, 1, 3, 0, 1, 0, 4, 0, 0, 0, 1, null]);
    expect(['review:corrected', 'suitAfterReview:total'].map((key) => placeOf(report, 'reviewLitigation', key))).toEqual([
      { line: 28, column: 1, text: '' },
      { line: 41, column: 1, text: '' },
    ]);
  });

  it('the statistical table with a 代码 column: an empty line after the code is the empty value', async () => {
    const text = [
      '某县2016年政府信息公开工作年度报告', '政府信息公开情况统计表', '统计指标', '单位', '代码', '统计数',
      '主动公开政府信息数', '条', '01', '204', // 7–10
      '其中，主动公开规范性文件数', '条', '02', '', // 11–14
      '制发规范性文件数', '件', '03', '9',
      '政府公报公开政府信息数', '条', '04', '',
      '政府网站公开政府信息数', '条', '05', '180',
      '六、存在的主要问题',
    ].join('\n');
    const report = await parseBytes('report.txt', encode(text));
    expect(values(report, 'legacyStats', LEGACY_KEYS)).toEqual([204, null, 9, null, 180]);
    expect(placeOf(report, 'legacyStats', 'proactive.normativeDocs')).toEqual({ line: 14, column: 1, text: '' });
  });
});

describe('a browser copy with cells apart by blank lines, an empty cell a line holding a no-break space', () => {
  const NBSP = '\u00a0';
  const cells = [
    '某局2022年政府信息公开工作年度报告',
    '三、收到和处理政府信息公开申请情况',
    ...HEADER_三,
    '一、本年新收政府信息公开申请数量', '8', NBSP, '3', '0', '0', '1', '12',
    '二、上年结转政府信息公开申请数量', '2', '0', '0', '0', '0', '0', NBSP,
    '三、本年度办理结果', '（一）予以公开', NBSP, '1', '0', '0', '0', '0', '1',
    NBSP,
    '五、存在的主要问题及改进情况',
  ];
  // Each cell on a line of its own, a blank line after it (cell n stands on line 2n − 1).
  const copy = (list: string[]) => list.flatMap((cell) => [cell, '']).join('\n');

  it('reads each no-break-space line as an empty cell; blank lines are spacing; the spacing line after the table is no cell', async () => {
    const report = await parseBytes('report.txt', encode(copy(cells)));
    expect(tableOf(report, 'applications')!.doubt).toBeUndefined();
    expect(values(report, 'applications', [...row('received'), ...row('carriedOver'), ...row('granted')])).toEqual([
      8, null, 3, 0, 0, 1, 12,
      2, 0, 0, 0, 0, 0, null,
      null, 1, 0, 0, 0, 0, 1,
    ]);
    expect(['received:natural', 'received:commercial', 'carriedOver:total', 'granted:natural'].map((key) => placeOf(report, 'applications', key))).toEqual([
      { line: 27, column: 1, text: '8' },
      { line: 29, column: 1, text: '' },
      { line: 55, column: 1, text: '' },
      { line: 61, column: 1, text: '' },
    ]);
  });

  it('doubts a row that lost the mark of an empty cell', async () => {
    const lost = cells.filter((cell, i) => !(cell === NBSP && cells[i - 1] === '8'));
    const report = await parseBytes('report.txt', encode(copy(lost)));
    expect(tableOf(report, 'applications')).toBeUndefined();
    expect(doubtfulTablesOf(report).map((table) => table.doubt)).toEqual(['本年新收的数值无法与列对应']);
  });

  it('a no-break-space line in a row whose figures fill its columns is spacing', async () => {
    const spaced = [...cells.slice(0, 12), '一、本年新收政府信息公开申请数量', '8', '2', '3', NBSP, '0', '0', '1', '14', ...cells.slice(20)];
    const report = await parseBytes('report.txt', encode(copy(spaced)));
    expect(values(report, 'applications', row('received'))).toEqual([8, 2, 3, 0, 0, 1, 14]);
  });
});

describe('table 四 copied as rows a line, each cell followed by " |", its row of figures opening with an empty cell', () => {
  const results = '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |';
  const text = [
    '某局2022年政府信息公开工作年度报告',
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议 | 行政诉讼 |',
    `${results} 未经复议直接起诉 | 复议后起诉 |`,
    `${results} ${results} ${results}`,
    ' | 0 | 2 | 0 | 2 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |',
    '五、存在的主要问题及改进情况',
  ].join('\n');

  it('keeps the row in the grid: the empty first cell is review:upheld', async () => {
    const report = await parseBytes('report.txt', encode(text));
    const cells = cellsByKey(tableOf(report, 'reviewLitigation')!);
    expect(['review:upheld', 'review:corrected', 'review:total', 'suitDirect:upheld', 'suitDirect:total'].map((key) => cells.get(key)?.value)).toEqual([null, 0, 2, 1, 1]);
    expect(['review:upheld', 'review:corrected'].map((key) => placeOf(report, 'reviewLitigation', key))).toEqual([
      // The empty cell stands where its "|" is, after the space before it.
      { line: 6, column: 2, text: '' },
      { line: 6, column: 4, text: '0' },
    ]);
  });
});

describe('a copy with cells apart by blank lines, in a file whose other lines mostly follow each other', () => {
  const words = ['结果', '维持', '结果', '纠正', '其他', '结果', '尚未', '审结', '总计'];
  const cells = [
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议', '行政诉讼', ...words, '未经复议直接起诉', '复议后起诉', ...words, ...words,
    '3', '0', '1', '0', '4', '0', '0', '2', '0', '2', '1', '0', '0', '0', '1',
  ];
  const text = ['某局2022年政府信息公开工作年度报告', '', ...cells.flatMap((cell) => [cell, '']), ...Array.from({ length: 120 }, (_, i) => `附注第${i + 1}条，按月整理。`)].join('\n');

  it('reads table 四 whole: its blank lines, possible empty cells there, neither shift a figure nor use up the blocks it is read within', async () => {
    const report = await parseBytes('report.txt', encode(text));
    expect(tableOf(report, 'reviewLitigation')!.doubt).toBeUndefined();
    expect([...cellsByKey(tableOf(report, 'reviewLitigation')!).values()].map((cell) => cell.value)).toEqual([3, 0, 1, 0, 4, 0, 0, 2, 0, 2, 1, 0, 0, 0, 1]);
  });
});
