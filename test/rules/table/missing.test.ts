import rule from '../../../rules/table/missing.js';
import { FIXTURES, fixtureText } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const changle = fixtureText(FIXTURES.changleTownship2023);
const lines = changle.split('\n');
/** 001 with table 四 (lines 533–623) cut out. */
const withoutReviewTable = [...lines.slice(0, 532), ...lines.slice(623)].join('\n');
/** 001 with the three 不予处理 rows 3–5 (lines 399–446) cut out. */
const withoutRows = [...lines.slice(0, 398), ...lines.slice(446)].join('\n');

ruleTester(rule, {
  valid: [
    { name: '001 has tables 二, 三, 四', file: FIXTURES.changleTownship2023, text: changle },
    { name: '003 has tables 二, 三, 四', file: FIXTURES.dayaoCounty2021, text: fixtureText(FIXTURES.dayaoCounty2021) },
  ],
  invalid: [
    {
      name: 'table 四 removed',
      file: 'changle.txt',
      text: withoutReviewTable,
      errors: [{ messageId: 'absent', line: 3, includes: ['四、政府信息公开行政复议、行政诉讼情况'] }],
    },
    {
      name: 'rows of table 三 removed',
      file: 'changle.txt',
      text: withoutRows,
      errors: [{ messageId: 'rowsMissing', line: 119, includes: ['不予处理·公开出版物、不予处理·大量反复申请、不予处理·确认或重新出具'] }],
    },
  ],
});
