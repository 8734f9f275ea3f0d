import rule from '../../../rules/table/count-value.js';
import { FIXTURES, fixtureText, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const changle = fixtureText(FIXTURES.changleTownship2023);

ruleTester(rule, {
  valid: [
    { name: '001 counts', file: FIXTURES.changleTownship2023, text: changle },
    { name: '003 counts', file: FIXTURES.dayaoCounty2021, text: fixtureText(FIXTURES.dayaoCounty2021) },
    { name: 'full-width digits are numbers', file: 'changle.txt', text: replaceLine(changle, 75, '８４８') },
    { name: 'fee amounts may have decimals', file: 'changle.txt', text: replaceLine(changle, 89, '0.35') },
  ],
  invalid: [
    {
      name: 'a negative count',
      file: 'changle.txt',
      text: replaceLine(changle, 75, '-848'),
      errors: [{ messageId: 'negative', line: 75, includes: ['行政处罚', '本年处理决定数量', '-848'] }],
    },
    {
      name: 'a fractional count in table 三',
      file: 'changle.txt',
      text: replaceLine(changle, 121, '4.5'),
      errors: [{ messageId: 'fraction', line: 121, includes: ['本年新收', '自然人', '4.5'] }],
    },
  ],
});
