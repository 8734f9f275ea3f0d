import rule from '../../../rules/narrative/none-claim.js';
import { FIXTURES, fixtureText, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const ameng = fixtureText(FIXTURES.amengTownship2017);
const dayao = fixtureText(FIXTURES.dayaoCounty2021);
const line5 = dayao.split('\n')[4]!;
const amengReview = replaceLine(replaceLine(ameng, 122, '四、行政复议数量2'), 123, '(一)维持具体行政行为数2');

ruleTester(rule, {
  valid: [
    { name: '000 lines 27, 31: 未收到申请, 无此类情况 — the table rows are blank', file: FIXTURES.amengTownship2017, text: ameng },
    { name: '001: 没有需要收费的信息公开申请件 is no claim about applications', file: FIXTURES.changleTownship2023, text: fixtureText(FIXTURES.changleTownship2023) },
    { name: '002: no table', file: FIXTURES.meiCounty2017, text: fixtureText(FIXTURES.meiCounty2017) },
    { name: '003 line 5: 无提起行政复议、行政诉讼 — table 四 all 0', file: FIXTURES.dayaoCounty2021, text: dayao },
    { name: '004 line 49: 未发生…行政复议案、行政诉讼案 — no table', file: FIXTURES.xianTownship2017, text: fixtureText(FIXTURES.xianTownship2017) },
    { name: 'sectionTitles off: a bare 无此类情况 says nothing', file: 'ameng.txt', text: amengReview, options: { sectionTitles: false } },
  ],
  invalid: [
    {
      name: '000 edited: 行政复议数量 2 under a section that says 无此类情况',
      file: 'ameng.txt',
      text: amengReview,
      errors: [{ messageId: 'notNone', line: 31, relatedLines: [122], includes: ['正文称“无此类情况。”，而统计表“行政复议数量”为 2'] }],
    },
    {
      name: '000 edited: 收到申请数 3 where line 27 says 未收到…申请',
      file: 'ameng.txt',
      text: replaceLine(replaceLine(ameng, 98, '(一)收到申请数3'), 101, '3.网络申请数3'),
      errors: [{ messageId: 'notNone', line: 27, column: 25, relatedLines: [98], includes: ['正文称“未收到公众对政府信息公开工作的相关申请”'] }],
    },
    {
      name: '003 edited: table 四 counts a review and two lawsuits',
      file: 'dayao.txt',
      text: [[588, '1'], [596, '1'], [604, '2'], [606, '2']].reduce((text, [line, value]) => replaceLine(text, line as number, value as string), dayao),
      errors: [
        { messageId: 'notNone', line: 5, relatedLines: [596], includes: ['表四“行政复议”为 1'] },
        { messageId: 'notNone', line: 5, relatedLines: [606], includes: ['表四“行政诉讼”为 2'] },
      ],
    },
    {
      name: '003 edited: 行政复议1件，均获维持 while the table says 结果纠正 1',
      file: 'dayao.txt',
      text: replaceLine(replaceLine(replaceLine(dayao, 5, line5.replace('无提起行政复议、行政诉讼的情况', '被申请行政复议1件,均获维持')), 590, '1'), 596, '1'),
      errors: [{ messageId: 'notNone', line: 5, relatedLines: [590], includes: ['正文称“均获维持”'] }],
    },
  ],
});
