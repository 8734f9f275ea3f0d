import rule from '../../../rules/structure/required-sections.js';
import { FIXTURES, fixtureText, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const changle = fixtureText(FIXTURES.changleTownship2023);

ruleTester(rule, {
  valid: [
    { name: '001 has the six parts', file: FIXTURES.changleTownship2023, text: changle },
    { name: '003 has the six parts', file: FIXTURES.dayaoCounty2021, text: fixtureText(FIXTURES.dayaoCounty2021) },
    { name: 'legacy reports have no fixed parts (000)', file: FIXTURES.amengTownship2017, text: fixtureText(FIXTURES.amengTownship2017) },
    { name: 'titles vary: 一、概述 is the overview', file: 'changle.txt', text: replaceLine(changle, 7, '一、概述') },
  ],
  invalid: [
    {
      name: '001 without the heading of part 四: reported where it belongs, at 五',
      file: 'changle.txt',
      text: replaceLine(changle, 531, ''),
      errors: [{ messageId: 'missing', line: 625, includes: ['缺少第4部分“四、政府信息公开行政复议、行政诉讼情况”'] }],
    },
    {
      name: '001 without part 六: reported at the last part',
      file: 'changle.txt',
      text: replaceLine(changle, 638, ''),
      errors: [{ messageId: 'missing', line: 625, includes: ['缺少第6部分“六、其他需要报告的事项”'] }],
    },
    {
      name: 'a 2023 report with no part headings at all',
      file: 'report.txt',
      text: '长乐镇人民政府2023年政府信息公开工作年度报告\n\n本年度我镇认真贯彻落实《条例》。\n',
      errors: [{ messageId: 'noParts', line: 1 }],
    },
  ],
});
