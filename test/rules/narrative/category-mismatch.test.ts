import rule from '../../../rules/narrative/category-mismatch.js';
import { FIXTURES, fixtureText, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const dayao = fixtureText(FIXTURES.dayaoCounty2021);
const line5 = dayao.split('\n')[4]!;

ruleTester(rule, {
  valid: [
    { name: '000', file: FIXTURES.amengTownship2017, text: fixtureText(FIXTURES.amengTownship2017) },
    { name: '001', file: FIXTURES.changleTownship2023, text: fixtureText(FIXTURES.changleTownship2023) },
    { name: '002', file: FIXTURES.meiCounty2017, text: fixtureText(FIXTURES.meiCounty2017) },
    { name: '004', file: FIXTURES.xianTownship2017, text: fixtureText(FIXTURES.xianTownship2017) },
    { name: '003 written as 无法提供1件', file: 'dayao.txt', text: replaceLine(dayao, 5, line5.replace('不予公开1件', '无法提供1件')) },
    {
      name: 'a paragraph that states 无法提供 itself is not a confusion (table-mismatch reports the 不予公开)',
      file: 'dayao.txt',
      text: replaceLine(dayao, 5, line5.replace('不予公开1件', '不予公开1件,无法提供1件')),
    },
    {
      name: '部分公开1件 and 不予公开1件 both empty while 无法提供 holds 1: which was misfiled is not to be told (table-mismatch reports both)',
      file: 'dayao.txt',
      text: replaceLine(dayao, 5, line5.replace('部分公开0件', '部分公开1件')),
    },
  ],
  invalid: [
    {
      name: '003 line 5: 不予公开1件 where table 三 has 不予公开 0 and 无法提供／本机关不掌握 1',
      file: FIXTURES.dayaoCounty2021,
      text: dayao,
      errors: [
        {
          messageId: 'misfiled',
          line: 5,
          column: 46,
          relatedLines: [198, 336],
          includes: ['正文称“不予公开1件”，而表三“不予公开”总计为 0，表三“无法提供”总计为 1'],
        },
      ],
    },
    {
      name: '003 edited: 不予处理1件',
      file: 'dayao.txt',
      text: replaceLine(dayao, 5, line5.replace('不予公开1件', '不予处理1件')),
      errors: [{ messageId: 'misfiled', line: 5, relatedLines: [336], includes: ['表三“不予处理”总计为 0'] }],
    },
  ],
});
