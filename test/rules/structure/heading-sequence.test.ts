import rule from '../../../rules/structure/heading-sequence.js';
import { FIXTURES, fixtureText, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const changle = fixtureText(FIXTURES.changleTownship2023);
const dayao = fixtureText(FIXTURES.dayaoCounty2021);

ruleTester(rule, {
  valid: [
    { name: '001: table rows 一、本年新收… are no headings', file: FIXTURES.changleTownship2023, text: changle },
    { name: '002: 一 to 七 with (一)(二) restarting under each part', file: FIXTURES.meiCounty2017, text: fixtureText(FIXTURES.meiCounty2017) },
    { name: '003: 1. to 4. under two different parents', file: FIXTURES.dayaoCounty2021, text: dayao },
    { name: '004: 1、 lists under （一） and （二）', file: FIXTURES.xianTownship2017, text: fixtureText(FIXTURES.xianTownship2017) },
    { name: 'Markdown headings', file: 'report.md', text: '# 一、总体情况\n\n正文。\n\n## （一）平台\n\n正文。\n\n## （二）制度\n\n# 二、主动公开政府信息情况\n\n正文。\n' },
  ],
  invalid: [
    {
      name: '000: 二、 at line 37 repeats 二、 at line 19; 三、 then follows',
      file: FIXTURES.amengTownship2017,
      text: fixtureText(FIXTURES.amengTownship2017),
      errors: [{ messageId: 'repeat', line: 37, column: 1, relatedLines: [19], includes: ['标题编号“二、”重复：前面已有“二、政府信息公开情况”'] }],
    },
    {
      name: '001 with 三、 written 四、: one slip, one finding (the next 四、 is where it should be)',
      file: 'changle.txt',
      text: replaceLine(changle, 93, '四、收到和处理政府信息公开申请情况'),
      errors: [{ messageId: 'gap', line: 93, relatedLines: [29], includes: ['标题编号从“二、主动公开政府信息情况”跳到“四、”，缺少“三、”'] }],
    },
    {
      name: '001 with 三、 written 二、: a repeat, and 四、 goes on from the intended 三',
      file: 'changle.txt',
      text: replaceLine(changle, 93, '二、收到和处理政府信息公开申请情况'),
      errors: [{ messageId: 'repeat', line: 93, relatedLines: [29] }],
    },
    {
      name: '001 with 四、 written 三、 and 五、 written 三、: backwards is reported too',
      file: 'changle.txt',
      text: replaceLine(replaceLine(changle, 531, '三、政府信息公开行政复议、行政诉讼情况'), 625, '二、存在的主要问题及改进情况'),
      errors: [
        { messageId: 'repeat', line: 531, relatedLines: [93] },
        { messageId: 'backwards', line: 625, relatedLines: [531] },
      ],
    },
    {
      name: '003 with 1.提高思想认识 numbered 3.: a wrong start, and 2. 3. 4. go on',
      file: 'dayao.txt',
      text: replaceLine(dayao, 622, dayao.split('\n')[621]!.replace('1.', '3.')),
      errors: [{ messageId: 'start', line: 622, includes: ['本级第一个标题编号是“3.”，应为“1.”'] }],
    },
  ],
});
