import rule from '../../../rules/table/balance.js';
import { FIXTURES, fixtureText, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const changle = fixtureText(FIXTURES.changleTownship2023);
const dayao = fixtureText(FIXTURES.dayaoCounty2021);

ruleTester(rule, {
  valid: [
    { name: '001 balances in every column', file: FIXTURES.changleTownship2023, text: changle },
    { name: '003 balances in every column', file: FIXTURES.dayaoCounty2021, text: dayao },
  ],
  invalid: [
    {
      name: '001 with 本年新收 自然人 5 instead of 4',
      file: 'changle.txt',
      text: replaceLine(changle, 121, '5'),
      errors: [
        {
          messageId: 'unbalanced',
          line: 121,
          includes: ['自然人列：本年新收 5 + 上年结转 0 = 5，办理结果总计 4 + 结转下年度 0 = 4，相差 1'],
          relatedLines: [137, 499, 515],
        },
      ],
    },
    {
      name: '003 with 结转下年度 总计 2',
      file: 'dayao.txt',
      text: replaceLine(dayao, 544, '2'),
      errors: [{ messageId: 'unbalanced', line: 126, includes: ['总计列', '相差 2'] }],
    },
    {
      name: 'a blank cell counts as 0 and the message says so',
      file: 'changle.txt',
      text: replaceLine(replaceLine(changle, 121, '5'), 137, '—'),
      errors: [{ messageId: 'unbalanced', line: 121, includes: ['上年结转 (空白)', '（空白单元格按 0 计）'] }],
    },
  ],
});
