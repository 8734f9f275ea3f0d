import rule from '../../../rules/narrative/percentage.js';
import { FIXTURES, fixtureText, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const dayao = fixtureText(FIXTURES.dayaoCounty2021);
const xian = fixtureText(FIXTURES.xianTownship2017);
const line5 = dayao.split('\n')[4]!;
const line37 = xian.split('\n')[36]!;
const shares = (a: string, b: string) => replaceLine(xian, 37, `全年累计主动公开政府信息 59 条。其中：“公告公示”信息 20 条，占总体百分比为 ${a}；公开“规范性”文件 39 条，占总体百分比为 ${b}。`);

ruleTester(rule, {
  valid: [
    { name: '000', file: FIXTURES.amengTownship2017, text: fixtureText(FIXTURES.amengTownship2017) },
    { name: '001', file: FIXTURES.changleTownship2023, text: fixtureText(FIXTURES.changleTownship2023) },
    { name: '002: 办结率 of 网民留言, not of applications', file: FIXTURES.meiCounty2017, text: fixtureText(FIXTURES.meiCounty2017) },
    { name: '003 line 5: 办结5件 / 受理5件 = 办结率100%; line 9 is a hotline', file: FIXTURES.dayaoCounty2021, text: dayao },
    { name: '004 line 37: 135/135 = 100%, 0/135 = 0%', file: FIXTURES.xianTownship2017, text: xian },
    { name: '20/59 = 33.898…: 33.9% and 66.1% as written', file: 'xian.txt', text: shares('33.9%', '66.1%') },
    { name: '20/59 = 33.898…: 34% rounds to the whole number', file: 'xian.txt', text: shares('34%', '66%') },
    { name: 'slack allows more than rounding', file: 'xian.txt', text: replaceLine(xian, 37, line37.replace('100%', '95%')), options: { slack: 5 } },
  ],
  invalid: [
    {
      name: '003 edited: 办结率80% against the stated 办结5件 / 受理5件',
      file: 'dayao.txt',
      text: replaceLine(dayao, 5, line5.replace('办结率100%', '办结率80%')),
      errors: [{ messageId: 'rate', line: 5, relatedLines: [5], includes: ['正文称“办结率80%”，而按正文所列数字计算为 5 / 5 = 100%'] }],
    },
    {
      name: '003 edited: 办结率80% with no figures stated, against table 三',
      file: 'dayao.txt',
      text: replaceLine(dayao, 5, '全县政府信息依申请公开办结率80%。'),
      errors: [{ messageId: 'rate', line: 5, relatedLines: [527, 126], includes: ['按表三的数字计算为 5 / 5 = 100%'] }],
    },
    {
      name: '004 edited: 135 of 135 is not 90%',
      file: 'xian.txt',
      text: replaceLine(xian, 37, line37.replace('100%', '90%')),
      errors: [{ messageId: 'share', line: 37, relatedLines: [37], includes: ['正文称“135 条，占总体百分比为 90%”，而 135 / 135 = 100%'] }],
    },
    {
      name: '20/59 = 33.898… is not 34.0% as written',
      file: 'xian.txt',
      text: shares('34.0%', '66.1%'),
      errors: [{ messageId: 'share', line: 37, includes: ['20 / 59 = 33.9%'] }],
    },
  ],
});
