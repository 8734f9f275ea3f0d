import rule from '../../../rules/table/row-sum.js';
import { FIXTURES, fixtureText, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const changle = fixtureText(FIXTURES.changleTownship2023);

ruleTester(rule, {
  valid: [
    { name: '001 rows add up', file: FIXTURES.changleTownship2023, text: changle },
    { name: '003 rows add up', file: FIXTURES.dayaoCounty2021, text: fixtureText(FIXTURES.dayaoCounty2021) },
  ],
  invalid: [
    {
      name: '001 予以公开 总计 3 while 自然人 4',
      file: 'changle.txt',
      text: replaceLine(changle, 167, '3'),
      errors: [{ messageId: 'mismatch', line: 167, includes: ['“予以公开”一行：总计 3，而 自然人 4 + 商业企业 0', '= 4，相差 1'] }],
    },
  ],
});
