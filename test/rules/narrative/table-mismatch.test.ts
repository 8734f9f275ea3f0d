import rule from '../../../rules/narrative/table-mismatch.js';
import { FIXTURES, fixtureText, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const ameng = fixtureText(FIXTURES.amengTownship2017);
const dayao = fixtureText(FIXTURES.dayaoCounty2021);
const line23 = ameng.split('\n')[22]!;
const line5 = dayao.split('\n')[4]!;
// 000 with line 23 put right and line 27 stating 3 applications, while the table row is blank.
const changle = fixtureText(FIXTURES.changleTownship2023);
const line22 = changle.split('\n')[21]!;
// 000 with its blank fee row (万元) filled in, and line 23 telling the fees in 元.
const feesIn = (sentence: string) => replaceLine(replaceLine(ameng, 131, '七、依申请公开信息收取的费用万元0.012'), 23, sentence);
const received3 = replaceLine(replaceLine(ameng, 23, line23.replace('248条', '244条')), 27, '2017年,阿猛镇共收到政府信息公开申请3件。');

ruleTester(rule, {
  valid: [
    { name: '001: 办结4件 = 表三 办理结果总计 4', file: FIXTURES.changleTownship2023, text: fixtureText(FIXTURES.changleTownship2023) },
    { name: '002: no table to compare with', file: FIXTURES.meiCounty2017, text: fixtureText(FIXTURES.meiCounty2017) },
    { name: '003: figures agree; 不予公开1件 is left to category-mismatch', file: FIXTURES.dayaoCounty2021, text: dayao },
    { name: '004: 135 条 and zeros, no table', file: FIXTURES.xianTownship2017, text: fixtureText(FIXTURES.xianTownship2017) },
    { name: '000 with 244条 as in the table', file: 'ameng.txt', text: replaceLine(ameng, 23, line23.replace('248条', '244条')) },
    { name: '000 with 约248条: an approximation is no exact claim', file: 'ameng.txt', text: replaceLine(ameng, 23, line23.replace('248条', '约248条')) },
    { name: 'a blank table row says nothing by default', file: 'ameng.txt', text: received3 },
    {
      name: '001 edited: two figures for 办结 in one sentence, neither the table\'s (4): unsure, nothing reported',
      file: 'changle.txt',
      text: replaceLine(changle, 22, line22.replace('回复群众依申请公开信息4件,办结4件', '回复群众依申请公开信息5件,办结6件')),
    },
    { name: '000 edited: 收取…费用120元 is the table\'s 0.012 万元', file: 'ameng.txt', text: feesIn('2017年,阿猛镇依申请公开收取检索、复制费用120元。') },
    {
      name: '000 edited: 通过门户网站主动公开…300条 is the year\'s whole (主动公开政府信息数 300), though the website cell says 244',
      file: 'ameng.txt',
      text: replaceLine(ameng, 23, '2017年,阿猛镇通过门户网站主动公开政府信息300条。'),
    },
  ],
  invalid: [
    {
      name: '001 edited: 回复…5件 beside 办结4件, the table\'s 4: the figure the table denies is reported',
      file: 'changle.txt',
      text: replaceLine(changle, 22, line22.replace('回复群众依申请公开信息4件', '回复群众依申请公开信息5件')),
      errors: [{ messageId: 'mismatch', line: 22, includes: ['正文称“回复群众依申请公开信息5件”，而表三“办结”总计为 4件'] }],
    },
    {
      name: '000 edited: 通过门户网站主动公开…290条 is neither the website cell (244) nor the whole (300)',
      file: 'ameng.txt',
      text: replaceLine(ameng, 23, '2017年,阿猛镇通过门户网站主动公开政府信息290条。'),
      errors: [{ messageId: 'mismatch', line: 23, includes: ['而统计表“政府网站公开政府信息”为 244条'] }],
    },
    {
      name: '000 edited: 收取…费用150元 is not the table\'s 0.012 万元 (the table\'s unit is its own: none is shown)',
      file: 'ameng.txt',
      text: feesIn('2017年,阿猛镇依申请公开收取检索、复制费用150元。'),
      errors: [{ messageId: 'mismatch', line: 23, relatedLines: [131], includes: ['正文称“复制费用150元”，而统计表“依申请公开信息收取的费用”为 0.012'] }],
    },
    {
      name: '000 line 23: 248条 on the website, 244 in the table (line 82)',
      file: FIXTURES.amengTownship2017,
      text: ameng,
      errors: [{ messageId: 'mismatch', line: 23, column: 177, relatedLines: [82], includes: ['正文称“共通过县政府网站公开政府信息248条”，而统计表“政府网站公开政府信息”为 244条'] }],
    },
    {
      name: '003 edited: 予以公开5件 against 表三 予以公开 4',
      file: 'dayao.txt',
      text: replaceLine(dayao, 5, line5.replace('予以公开4件', '予以公开5件')),
      errors: [{ messageId: 'mismatch', line: 5, relatedLines: [162], includes: ['正文称“予以公开5件”，而表三“予以公开”总计为 4件'] }],
    },
    {
      name: '003 edited: 部分公开1件 with 不予公开1件, both empty while 无法提供 holds 1: no telling which was misfiled, so both are mismatches',
      file: 'dayao.txt',
      text: replaceLine(dayao, 5, line5.replace('部分公开0件', '部分公开1件')),
      errors: [
        { messageId: 'mismatch', line: 5, column: 39, includes: ['正文称“部分公开1件”，而表三“部分公开”总计为 0件'] },
        { messageId: 'mismatch', line: 5, column: 46, includes: ['正文称“不予公开1件”，而表三“不予公开”总计为 0件'] },
      ],
    },
    {
      name: '000 edited line 23: 公示栏、电子显示屏等方式 53条 against the legacy table\'s 其他方式 52 (line 85)',
      file: 'ameng.txt',
      text: replaceLine(ameng, 23, line23.replace('248条', '244条').replace('政府信息52条', '政府信息53条')),
      errors: [{ messageId: 'mismatch', line: 23, relatedLines: [85], includes: ['正文称“电子显示屏等方式公开政府信息53条”，而统计表“其他方式公开政府信息”为 52条'] }],
    },
    {
      name: '003 edited: 6件（全部为自然人申请） against 本年新收 5',
      file: 'dayao.txt',
      text: replaceLine(dayao, 5, line5.replace('5件(全部为自然人申请)', '6件(全部为自然人申请)')),
      errors: [{ messageId: 'mismatch', line: 5, relatedLines: [126], includes: ['表三“收到申请”总计为 5件'] }],
    },
    {
      name: '003 edited: 其中自然人申请4件 against the 自然人 column 5',
      file: 'dayao.txt',
      text: replaceLine(dayao, 5, line5.replace('5件(全部为自然人申请)', '5件,其中自然人申请4件')),
      errors: [{ messageId: 'mismatch', line: 5, relatedLines: [114], includes: ['正文称“其中自然人申请4件”，而表三“收到申请”自然人列为 5件'] }],
    },
    {
      name: '003 edited line 7: 印发行政规范性文件共4件 against 表二 本年制发 3',
      file: 'dayao.txt',
      text: replaceLine(dayao, 7, dayao.split('\n')[6]!.replace('共3件', '共4件')),
      errors: [{ messageId: 'mismatch', line: 7, relatedLines: [36], includes: ['表二“制发行政规范性文件”为 3件'] }],
    },
    {
      name: 'with blankAsZero a blank row counts as 0',
      file: 'ameng.txt',
      text: received3,
      options: { blankAsZero: true },
      errors: [{ messageId: 'mismatch', line: 27, relatedLines: [98], includes: ['统计表“收到申请”为 0件'] }],
    },
  ],
});
