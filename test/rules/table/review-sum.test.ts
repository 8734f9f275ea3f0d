import rule from '../../../rules/table/review-sum.js';
import { FIXTURES, fixtureText, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const changle = fixtureText(FIXTURES.changleTownship2023);

ruleTester(rule, {
  valid: [
    { name: '001 table 四 all zero', file: FIXTURES.changleTownship2023, text: changle },
    { name: '003 table 四 all zero', file: FIXTURES.dayaoCounty2021, text: fixtureText(FIXTURES.dayaoCounty2021) },
    { name: 'a consistent non-zero 行政复议 row', file: 'changle.txt', text: replaceLine(replaceLine(changle, 595, '2'), 603, '2') },
  ],
  invalid: [
    {
      name: '001 行政复议 结果维持 1 but 总计 0',
      file: 'changle.txt',
      text: replaceLine(changle, 595, '1'),
      errors: [{ messageId: 'mismatch', line: 595, includes: ['行政复议：行政复议·结果维持 1 + 行政复议·结果纠正 0', '总计为 0，相差 1'], relatedLines: [603] }],
    },
    {
      name: '001 复议后起诉 总计 3 with nothing under it',
      file: 'changle.txt',
      text: replaceLine(changle, 623, '3'),
      errors: [{ messageId: 'mismatch', line: 615, includes: ['行政诉讼／复议后起诉', '相差 3'] }],
    },
  ],
});
