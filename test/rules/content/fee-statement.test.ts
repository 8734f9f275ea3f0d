import { describe, expect, it } from 'vitest';
import rule from '../../../rules/content/fee-statement.js';
import { FIXTURES, fixtureText, lintWith, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const changle = fixtureText(FIXTURES.changleTownship2023);
const noStatement = replaceLine(changle, 640, '本年度无其他需要报告的事项。');

ruleTester(rule, {
  valid: [
    { name: '001 line 640: 没有需要收费……也无实际收费', file: FIXTURES.changleTownship2023, text: changle },
    { name: '003 line 628: 未收取任何政府信息公开信息处理费用', file: FIXTURES.dayaoCounty2021, text: fixtureText(FIXTURES.dayaoCounty2021) },
    { name: '001 without part 六: left to structure/required-sections', file: 'changle.txt', text: replaceLine(replaceLine(changle, 638, ''), 640, '') },
    { name: '001 charging a fee and saying so, with unpaid notices in table 三', file: 'changle.txt', text: replaceLine(replaceLine(changle, 640, '本年度收取信息处理费200元。'), 479, '1') },
  ],
  invalid: [
    {
      name: '001 with part 六 silent on fees',
      file: 'changle.txt',
      text: noStatement,
      errors: [{ messageId: 'missing', line: 638, includes: ['“六、其他需要报告的事项”没有说明信息处理费的收取情况'] }],
    },
    {
      name: '001 saying no fee notice went out while table 三 counts one unpaid after a notice',
      file: 'changle.txt',
      text: replaceLine(changle, 479, '1'),
      errors: [{ messageId: 'contradicts', line: 640, relatedLines: [479], includes: ['正文称“没有需要收费”，而表三“逾期未按收费通知要求缴纳费用”总计为 1'] }],
    },
  ],
});

describe('content/fee-statement in English', () => {
  it('names part 六', async () => {
    const { result } = await lintWith('changle.txt', noStatement, [rule.meta.id], {}, 'en');
    expect(result.diagnostics.map((d) => d.message)).toEqual(['"六、其他需要报告的事项" does not state the information processing fees charged (say so even if none)']);
  });
});
