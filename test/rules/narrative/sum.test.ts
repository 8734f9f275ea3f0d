import rule from '../../../rules/narrative/sum.js';
import { FIXTURES, fixtureText, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const ameng = fixtureText(FIXTURES.amengTownship2017);
const changle = fixtureText(FIXTURES.changleTownship2023);
const mei = fixtureText(FIXTURES.meiCounty2017);
const line = (text: string, n: number) => text.split('\n')[n - 1]!;

ruleTester(rule, {
  valid: [
    { name: '000 line 17: 112项 = 11 + 9 + 21 + 1 + 4 + 9 + 57', file: FIXTURES.amengTownship2017, text: ameng },
    { name: '001 line 22: a 其中 list may leave items out (40 of 44)', file: FIXTURES.changleTownship2023, text: changle },
    { name: '002 line 30: 2805 = 705 + 2100', file: FIXTURES.meiCounty2017, text: mei },
    { name: '003 lines 9, 11: 13个 = 10 + 2 + 1', file: FIXTURES.dayaoCounty2021, text: fixtureText(FIXTURES.dayaoCounty2021) },
    { name: '004 line 37: 135 条 = 135 + 0 + 0; the 次 and 篇 after it are other counts', file: FIXTURES.xianTownship2017, text: fixtureText(FIXTURES.xianTownship2017) },
    { name: '约 makes the list approximate', file: 'mei.txt', text: replaceLine(mei, 30, line(mei, 30).replace('2100条', '约2200条')) },
  ],
  invalid: [
    {
      name: '001 edited: 分别为 promises the whole 44, the parts give 40',
      file: 'changle.txt',
      text: replaceLine(changle, 22, line(changle, 22).replace('44条,其中', '44条,分别为')),
      errors: [{ messageId: 'mismatch', line: 22, relatedLines: [22], includes: ['“44条”分列各项 2 + 31 + 1 + 2 + 4 合计 40，与总数 44 相差 4'] }],
    },
    {
      name: '001 with strictLists: the 其中 list must add up too',
      file: FIXTURES.changleTownship2023,
      text: changle,
      options: { strictLists: true },
      errors: [{ messageId: 'mismatch', line: 22, includes: ['合计 40，与总数 44 相差 4'] }],
    },
    {
      name: '002 edited: 705 + 2200 exceeds 2805',
      file: 'mei.txt',
      text: replaceLine(mei, 30, line(mei, 30).replace('2100条', '2200条')),
      errors: [{ messageId: 'exceeds', line: 30, includes: ['“2805条”之后所列各项 705 + 2200 合计 2905，超过总数 2805'] }],
    },
    {
      name: '000 edited: 其它行政职权事项58项 makes 113 of 112',
      file: 'ameng.txt',
      text: replaceLine(ameng, 17, line(ameng, 17).replace('其它行政职权事项57项', '其它行政职权事项58项')),
      errors: [{ messageId: 'exceeds', line: 17, includes: ['合计 113，超过总数 112'] }],
    },
  ],
});
