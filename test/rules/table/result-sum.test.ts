import rule from '../../../rules/table/result-sum.js';
import { FIXTURES, fixtureText, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const changle = fixtureText(FIXTURES.changleTownship2023);
const dayao = fixtureText(FIXTURES.dayaoCounty2021);

ruleTester(rule, {
  valid: [
    { name: '001 results add up', file: FIXTURES.changleTownship2023, text: changle },
    { name: '003 results add up (4 公开 + 1 无法提供 = 5)', file: FIXTURES.dayaoCounty2021, text: dayao },
  ],
  invalid: [
    {
      name: '003 with 本机关不掌握 自然人 0: 总计 5 but results 4',
      file: 'dayao.txt',
      text: replaceLine(dayao, 324, '0'),
      errors: [{ messageId: 'mismatch', line: 515, includes: ['自然人列：办理结果总计 5 = 5，各项办理结果之和 予以公开 4（其余为 0） = 4，相差 1'] }],
    },
    {
      name: '001 with a 3.其他 case in 自然人',
      file: 'changle.txt',
      text: replaceLine(changle, 483, '1'),
      errors: [{ messageId: 'mismatch', line: 499, includes: ['其他处理·其他 1'] }],
    },
  ],
});
