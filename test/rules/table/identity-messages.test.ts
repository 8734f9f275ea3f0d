import { describe, expect, it } from 'vitest';
import { cellsByKey, tableOf } from '../../../src/model/query.js';
import { FIXTURES, fixtureText, lintWith, parseBytes, replaceLine } from '../../helpers.js';

/**
 * The identity rules' messages in full, in both languages: the names of rows and columns, blank
 * cells, long sides shortened to their non-zero terms, and every other cell as a related place.
 * (The rules' own test files check which findings there are; this one checks what they say.)
 */
const changle = fixtureText(FIXTURES.changleTownship2023);

async function said(rule: string, text: string, lang: 'zh' | 'en') {
  const { result } = await lintWith('changle.txt', text, [rule], {}, lang);
  return result.diagnostics.map((d) => ({ line: d.position.start.line, message: d.message, related: d.related.map((r) => `${r.position?.start.line} ${r.message}`) }));
}

describe('identity messages', () => {
  it('balance, with a blank cell counted as 0', async () => {
    const text = replaceLine(replaceLine(changle, 121, '5'), 137, '—');
    expect(await said('table/balance', text, 'zh')).toEqual([
      {
        line: 121,
        message: '自然人列：本年新收 5 + 上年结转 (空白) = 5，办理结果总计 4 + 结转下年度 0 = 4，相差 1（空白单元格按 0 计）',
        related: ['137 上年结转 = 空白', '499 办理结果总计 = 4', '515 结转下年度 = 0'],
      },
    ]);
    expect(await said('table/balance', text, 'en')).toEqual([
      {
        line: 121,
        message: 'Column natural persons: received 5 + carriedOver (blank) = 5, but processedTotal 4 + carriedForward 0 = 4; difference 1 (blank cells counted as 0)',
        related: ['137 carriedOver = blank', '499 processedTotal = 4', '515 carriedForward = 0'],
      },
    ]);
  });

  it('row sum: a row named by its label, its six columns by theirs', async () => {
    const text = replaceLine(changle, 121, '5');
    const columns = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
    expect(await said('table/row-sum', text, 'zh')).toEqual([
      {
        line: 133,
        message: '“本年新收”一行：总计 4，而 自然人 5 + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 5，相差 1',
        related: columns.map((name, i) => `${121 + 2 * i} ${name} = ${i === 0 ? 5 : 0}`),
      },
    ]);
    expect((await said('table/row-sum', text, 'en'))[0]!.message).toBe(
      'Row received: total 4, but natural persons 5 + commercial enterprises 0 + research institutions 0 + public-interest organisations 0 + legal service agencies 0 + other organisations 0 = 5; difference 1',
    );
  });

  it('result sum: a long side lists its non-zero terms only, or says they are all 0', async () => {
    expect((await said('table/result-sum', replaceLine(changle, 483, '1'), 'zh')).map((d) => [d.line, d.message, d.related.length])).toEqual([
      [499, '自然人列：办理结果总计 4 = 4，各项办理结果之和 予以公开 4 + 其他处理·其他 1（其余为 0） = 5，相差 1', 21],
    ]);
    expect((await said('table/result-sum', replaceLine(changle, 483, '1'), 'en'))[0]!.message).toBe(
      'Column natural persons: processedTotal 4 = 4, but the result rows granted 4 + other.other 1 (others 0) sum to 5; difference 1',
    );
    expect((await said('table/result-sum', replaceLine(changle, 155, '0'), 'zh')).map((d) => d.message)).toEqual([
      '自然人列：办理结果总计 4 = 4，各项办理结果之和 各项（21 项）均为 0 = 0，相差 4',
    ]);
  });

  it('a row the page lacks gives no arithmetic finding: it is table/missing\'s business', async () => {
    const lines = changle.split('\n');
    lines.splice(134, 16); // 二、上年结转… and its seven values (lines 135–150)
    const text = lines.join('\n');
    const cells = cellsByKey(tableOf(await parseBytes('changle.txt', new TextEncoder().encode(text)), 'applications')!);
    expect([cells.has('carriedOver:natural'), cells.has('received:natural')]).toEqual([false, true]);
    expect(await said('table/balance', text, 'zh')).toEqual([]);
  });

  it('review sum (table 四, a sequence of cells): cells named by their labels, or keys in English', async () => {
    const text = replaceLine(changle, 595, '1');
    expect(await said('table/review-sum', text, 'zh')).toEqual([
      {
        line: 595,
        message: '行政复议：行政复议·结果维持 1 + 行政复议·结果纠正 0 + 行政复议·其他结果 0 + 行政复议·尚未审结 0 = 1，总计为 0，相差 1',
        related: ['597 行政复议·结果纠正 = 0', '599 行政复议·其他结果 = 0', '601 行政复议·尚未审结 = 0', '603 行政复议·总计 = 0'],
      },
    ]);
    expect((await said('table/review-sum', text, 'en')).map((d) => d.message)).toEqual([
      'reviewSum.review: review:upheld 1 + review:corrected 0 + review:other 0 + review:pending 0 = 1, but the total is 0; difference 1',
    ]);
  });

  it('legacy sums (000): an at-least identity over glued lines, blanks counted as 0', async () => {
    const text = replaceLine(fixtureText(FIXTURES.amengTownship2017), 77, '(一)主动公开政府信息数 (不同渠道和方式公开相同信息计1条)400');
    const { result } = await lintWith('ameng.txt', text, ['table/legacy-sums'], {}, 'zh');
    expect(result.diagnostics.map((d) => [d.position.start.line, d.message])).toEqual([
      [
        82,
        '各渠道公开数之和 ≥ 主动公开政府信息数（同一信息多渠道只计1条）：政府公报公开政府信息数 (空白) + 政府网站公开政府信息数 244 + 政务微博公开政府信息数 (空白) + 政府微信公开政府信息数 4 + 其他方式公开政府信息数 52 = 300，而 主动公开政府信息数 400 = 400，相差 100（空白单元格按 0 计）',
      ],
    ]);
  });
});
