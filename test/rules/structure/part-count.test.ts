import rule from '../../../rules/structure/part-count.js';
import { FIXTURES, fixtureText, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const mei = fixtureText(FIXTURES.meiCounty2017);
const line12 = mei.split('\n')[11]!;

ruleTester(rule, {
  valid: [
    { name: '002 promises 七个部分 and has 一 to 七', file: FIXTURES.meiCounty2017, text: mei },
    { name: '部分公开 is no promise', file: 'mei.txt', text: replaceLine(mei, 12, '本报告包括依申请公开情况，其中予以公开2件、部分公开1件。') },
    { name: '001 promises nothing', file: FIXTURES.changleTownship2023, text: fixtureText(FIXTURES.changleTownship2023) },
  ],
  invalid: [
    {
      name: '002 promising 六个部分',
      file: 'mei.txt',
      text: replaceLine(mei, 12, line12.replace('七个部分', '六个部分')),
      errors: [{ messageId: 'count', line: 12, relatedLines: [50], includes: ['开头称报告有 6 个部分，实际有 7 个'] }],
    },
    {
      name: 'a promise without 个: 等六部分组成',
      file: 'mei.txt',
      text: replaceLine(mei, 12, '本报告由总体情况、主动公开政府信息情况等六部分组成。'),
      errors: [{ messageId: 'count', line: 12, includes: ['开头称报告有 6 个部分，实际有 7 个'] }],
    },
    {
      name: 'a promise in Arabic digits',
      file: 'mei.txt',
      text: replaceLine(mei, 12, line12.replace('七个部分', '8个部分')),
      errors: [{ messageId: 'count', line: 12, includes: ['开头称报告有 8 个部分，实际有 7 个'] }],
    },
  ],
});
