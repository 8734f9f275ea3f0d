import rule from '../../../rules/structure/section-order.js';
import { FIXTURES, fixtureText, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const changle = fixtureText(FIXTURES.changleTownship2023);
const swapped = replaceLine(replaceLine(changle, 625, '五、其他需要报告的事项'), 638, '六、存在的主要问题及改进情况');

ruleTester(rule, {
  valid: [
    { name: '001 in order', file: FIXTURES.changleTownship2023, text: changle },
    { name: '003 in order', file: FIXTURES.dayaoCounty2021, text: fixtureText(FIXTURES.dayaoCounty2021) },
  ],
  invalid: [
    {
      name: '001 with parts 五 and 六 swapped',
      file: 'changle.txt',
      text: swapped,
      errors: [{ messageId: 'order', line: 638, relatedLines: [625], includes: ['“六、存在的主要问题及改进情况”应排在“五、其他需要报告的事项”之前'] }],
    },
  ],
});
