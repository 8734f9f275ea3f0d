import rule from '../../../rules/table/legacy-sums.js';
import { FIXTURES, fixtureText, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const ameng = fixtureText(FIXTURES.amengTownship2017);

ruleTester(rule, {
  valid: [
    { name: '000: channels 244 + 4 + 52 = 300 ≥ 300, staff 1 = 0 + 1', file: FIXTURES.amengTownship2017, text: ameng },
    { name: 'channels may exceed the total (one item, several channels)', file: 'ameng.txt', text: replaceLine(ameng, 81, '1.政府公报公开政府信息数5') },
  ],
  invalid: [
    {
      name: 'channels below the proactive total',
      file: 'ameng.txt',
      text: replaceLine(ameng, 77, '(一)主动公开政府信息数 (不同渠道和方式公开相同信息计1条)400'),
      errors: [{ messageId: 'mismatch', line: 82, includes: ['政府网站公开政府信息数 244', '= 300', '主动公开政府信息数 400', '相差 100'] }],
    },
    {
      name: 'staff total 2 with only 1 part-time',
      file: 'ameng.txt',
      text: replaceLine(ameng, 136, '(三)从事政府信息公开工作人员数2'),
      errors: [{ messageId: 'mismatch', line: 136, includes: ['从事政府信息公开工作人员数 = 专职 + 兼职', '相差 1', '（空白单元格按 0 计）'] }],
    },
    {
      name: 'applications received 3 but channels add to 2',
      file: 'ameng.txt',
      text: replaceLine(replaceLine(replaceLine(ameng, 98, '(一)收到申请数3'), 99, '1.当面申请数1'), 101, '3.网络申请数1'),
      errors: [{ messageId: 'mismatch', line: 98, includes: ['收到申请数 3', '当面申请数 1', '相差 1'] }],
    },
  ],
});
