import { describe, expect, it } from 'vitest';
import { cellsByKey, tableOf } from '../../src/model/query.js';
import type { Report } from '../../src/model/types.js';
import { parseBytes } from '../helpers.js';

const encode = (text: string) => new TextEncoder().encode(text);
const cellsOf = (report: Report, keys: string[]) => {
  const cells = cellsByKey(tableOf(report, 'applications')!);
  return Object.fromEntries(keys.map((key) => [key, cells.get(key)?.value]));
};
const KEYS = ['natural', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg', 'total'];
const row = (key: string) => KEYS.map((column) => `${key}:${column}`);

/** Issue 13: a converter wrote each spanned header cell as an empty cell, so position alone put 自然人's figures under 科研机构. */
describe('a Markdown table whose converter wrote spans as empty cells', () => {
  const markdown = [
    '# 某局2022年政府信息公开工作年度报告',
    '',
    '## 三、收到和处理政府信息公开申请情况',
    '',
    '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | | | 申请人情况 | | | | | | |',
    '|---|---|---|---|---|---|---|---|---|---|',
    '| | | | 自然人 | 法人或其他组织 | | | | | 总计 |',
    '| | | | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |',
    '| 一、本年新收政府信息公开申请数量 | | | 6 | 2 | | 0 | 0 | 1 | 9 |',
    '| 二、上年结转政府信息公开申请数量 | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
    '| 三、本年度办理结果 | （一）予以公开 | | 4 | 1 | 0 | 0 | 0 | 0 | 5 |',
    '| | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | | 2 | 0 | 0 | 0 | 0 | 1 | 3 |',
    '| | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    '| 四、结转下年度继续办理 | | | 1 | 1 | 0 | 0 | 0 | 0 | 2 |',
  ].join('\n');

  it('reads every figure under its column, the blank as blank', async () => {
    const report = await parseBytes('report.md', encode(markdown));
    expect(cellsOf(report, [...row('received'), ...row('partial'), ...row('carriedForward')])).toEqual({
      ...Object.fromEntries(row('received').map((key, i) => [key, [6, 2, null, 0, 0, 1, 9][i]])),
      ...Object.fromEntries(row('partial').map((key, i) => [key, [2, 0, 0, 0, 0, 1, 3][i]])),
      ...Object.fromEntries(row('carriedForward').map((key, i) => [key, [1, 1, 0, 0, 0, 0, 2][i]])),
    });
    const natural = cellsByKey(tableOf(report, 'applications')!).get('received:natural')!;
    expect(natural.position!.start).toMatchObject({ line: 9, column: 26 });
    expect(tableOf(report, 'applications')!.doubt).toBeUndefined();
  });
});

/** Issue 13: a browser copy writes each cell on its line with "|" after it, "||" for a span, a lone "|" for an empty cell. */
describe('a table copied from a browser, one cell per line', () => {
  const text = [
    '某局2022年政府信息公开工作年度报告',
    '三、收到和处理政府信息公开申请情况',
    '信息内容|||',
    '申请人情况|||||||',
    '自然人|',
    '法人或其他组织|||||',
    '总计|',
    '商业企业|', '科研机构|', '社会公益组织|', '法律服务机构|', '其他|',
    '一、本年新收政府信息公开申请数量|||',
    '|', '3|', '|', '0|', '0|', '0|', '3|',
    '二、上年结转政府信息公开申请数量|||',
    '0|', '0|', '0|', '0|', '0|', '0|', '|',
    '三、本年度办理结果|',
    '（一）予以公开||',
    '2|', '3|', '0|', '0|', '0|', '0|', '5|',
  ].join('\n');

  it('keeps each empty cell in its column', async () => {
    const report = await parseBytes('report.txt', encode(text));
    expect(cellsOf(report, [...row('received'), ...row('carriedOver')])).toEqual({
      ...Object.fromEntries(row('received').map((key, i) => [key, [null, 3, null, 0, 0, 0, 3][i]])),
      ...Object.fromEntries(row('carriedOver').map((key, i) => [key, [0, 0, 0, 0, 0, 0, null][i]])),
    });
    const commercial = cellsByKey(tableOf(report, 'applications')!).get('received:commercial')!;
    expect(commercial.position!.start).toMatchObject({ line: 15, column: 1 });
    expect(commercial.raw).toBe('3');
  });
});
