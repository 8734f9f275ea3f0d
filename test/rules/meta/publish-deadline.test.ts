import { describe, expect, it } from 'vitest';
import rule from '../../../rules/meta/publish-deadline.js';
import { FIXTURES, fixtureText, lintWith, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const changle = fixtureText(FIXTURES.changleTownship2023);
const publishedOn = (date: string) => replaceLine(changle, 5, `发布日期:${date}-09:20 信息来源:党政综合办 浏览次数: 字号:[ ]`);

ruleTester(rule, {
  valid: [
    { name: '001: a township, published 2024-01-30, by 31 January', file: FIXTURES.changleTownship2023, text: changle },
    { name: '002: a 2017 report published 2018-01-31, by 31 March', file: FIXTURES.meiCounty2017, text: fixtureText(FIXTURES.meiCounty2017) },
    { name: '003: no publication date on the page', file: FIXTURES.dayaoCounty2021, text: fixtureText(FIXTURES.dayaoCounty2021) },
    { name: '004: no publication date on the page', file: FIXTURES.xianTownship2017, text: fixtureText(FIXTURES.xianTownship2017) },
    { name: '001 published 2024-02-15 by a body configured as a government (31 March)', file: 'changle.txt', text: publishedOn('2024-02-15'), settings: { bodyType: 'government' } },
    { name: '001 published 2024-02-15 with the township deadline set to 02-28', file: 'changle.txt', text: publishedOn('2024-02-15'), settings: { deadlines: { township: '02-28' } } },
  ],
  invalid: [
    {
      name: '000: a 2017 report published 2018-08-21, after 31 March 2018',
      file: FIXTURES.amengTownship2017,
      text: fixtureText(FIXTURES.amengTownship2017),
      errors: [{ messageId: 'late', line: 3, column: 6, includes: ['发布日期 2018-08-21 晚于 2017 年度报告的公布期限 2018-03-31（2008 年条例）'] }],
    },
    {
      name: '001 published 2024-02-15: a township (told from 长乐镇人民政府) has until 31 January',
      file: 'changle.txt',
      text: publishedOn('2024-02-15'),
      errors: [{ messageId: 'late', line: 5, column: 6, includes: ['发布日期 2024-02-15 晚于 2023 年度报告的公布期限 2024-01-31（乡镇（街道））'] }],
    },
    {
      name: '001 published before the year ended',
      file: 'changle.txt',
      text: publishedOn('2023-12-20'),
      errors: [{ messageId: 'early', line: 5, includes: ['发布日期 2023-12-20 在 2023 年度结束之前'] }],
    },
  ],
});

describe('meta/publish-deadline in English', () => {
  it('names the deadline and the rule behind it', async () => {
    const { result } = await lintWith(FIXTURES.amengTownship2017, fixtureText(FIXTURES.amengTownship2017), [rule.meta.id], {}, 'en');
    expect(result.diagnostics.map((d) => d.message)).toEqual(['Published 2018-08-21, after the 2018-03-31 deadline for a 2017 report (2008 regulations)']);
  });
});
