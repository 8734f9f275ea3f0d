import rule from '../../../rules/table/blank-cell.js';
import { FIXTURES, fixtureText, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const changle = fixtureText(FIXTURES.changleTownship2023);

ruleTester(rule, {
  valid: [
    { name: '001 has no blank cell', file: FIXTURES.changleTownship2023, text: changle },
    { name: '000 legacy table blanks are not this rule’s business', file: FIXTURES.amengTownship2017, text: fixtureText(FIXTURES.amengTownship2017) },
  ],
  invalid: [
    {
      name: 'a dash where 上年结转 自然人 should be',
      file: 'changle.txt',
      text: replaceLine(changle, 137, '—'),
      errors: [{ messageId: 'blank', line: 137, includes: ['“上年结转”的“自然人”为空白'] }],
    },
  ],
});
