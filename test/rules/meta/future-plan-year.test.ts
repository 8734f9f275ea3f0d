import { describe, expect, it } from 'vitest';
import rule from '../../../rules/meta/future-plan-year.js';
import { FIXTURES, fixtureText, lintWith, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const xian = fixtureText(FIXTURES.xianTownship2017);
const line65 = xian.split('\n')[64]!;
const ameng = fixtureText(FIXTURES.amengTownship2017);
const dayao = fixtureText(FIXTURES.dayaoCounty2021);

ruleTester(rule, {
  valid: [
    { name: '000', file: FIXTURES.amengTownship2017, text: ameng },
    { name: '001', file: FIXTURES.changleTownship2023, text: fixtureText(FIXTURES.changleTownship2023) },
    { name: '002', file: FIXTURES.meiCounty2017, text: fixtureText(FIXTURES.meiCounty2017) },
    { name: '003: headings (一)2021年工作存在的主要问题 / (二)2021年工作改进措施 look back', file: FIXTURES.dayaoCounty2021, text: fixtureText(FIXTURES.dayaoCounty2021) },
    { name: '004 planning for 2018', file: 'xian.txt', text: replaceLine(xian, 65, line65.replace('2017年，我镇将继续', '2018年，我镇将继续')) },
    { name: '003 part 五 telling what 2021 did: a bare 继续 is no plan', file: 'dayao.txt', text: replaceLine(dayao, 622, '2021年，我县继续推进政务公开标准化规范化建设。') },
    { name: '004 line 17: 《2017年西安镇政务公开工作计划》 stands in 主要采取的措施, a look back', file: FIXTURES.xianTownship2017, text: replaceLine(xian, 65, '') },
  ],
  invalid: [
    {
      name: '004 line 65: a 2017 report plans for 2017',
      file: FIXTURES.xianTownship2017,
      text: xian,
      errors: [{ messageId: 'plan', line: 65, column: 1, includes: ['这是 2017 年度的报告，计划却写“2017年，我镇将继续严格按照”：应为 2018 年的打算'] }],
    },
    {
      name: '000 with a plan for 2016 under 三、改进措施和下步工作打算',
      file: 'ameng.txt',
      text: replaceLine(ameng, 53, '2016年，我镇计划进一步规范信息公开工作。'),
      errors: [{ messageId: 'plan', line: 53, column: 1 }],
    },
    {
      name: '004 line 9: 下一步 in part 一 plans for 2017, outside any plan part',
      file: 'xian.txt',
      text: replaceLine(xian, 9, '下一步，我镇将在2017年进一步完善公开目录。'),
      errors: [
        { messageId: 'plan', line: 9, column: 9, includes: ['计划却写“2017年进一步完善公开目录”'] },
        { messageId: 'plan', line: 65, column: 1 },
      ],
    },
    {
      name: '002 line 52: a heading-like 2017年工作打算 in a 2017 report',
      file: 'mei.txt',
      text: replaceLine(fixtureText(FIXTURES.meiCounty2017), 52, '2017年工作打算：进一步拓宽公开渠道。'),
      errors: [{ messageId: 'plan', line: 52, column: 1 }],
    },
  ],
});

describe('meta/future-plan-year in English', () => {
  it('quotes the plan', async () => {
    const { result } = await lintWith(FIXTURES.xianTownship2017, xian, [rule.meta.id], {}, 'en');
    expect(result.diagnostics.map((d) => d.message)).toEqual(['This is the 2017 report, yet the plan says "2017年，我镇将继续严格按照": plans should be for 2018']);
  });
});
