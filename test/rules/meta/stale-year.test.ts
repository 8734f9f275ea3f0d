import { describe, expect, it } from 'vitest';
import rule from '../../../rules/meta/stale-year.js';
import { everyFixture, FIXTURES, fixtureText, lintWith, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const mei = fixtureText(FIXTURES.meiCounty2017);
const dayao = fixtureText(FIXTURES.dayaoCounty2021);
const xian = fixtureText(FIXTURES.xianTownship2017);
const line = (text: string, n: number) => text.split('\n')[n - 1]!;

ruleTester(rule, {
  valid: [
    ...everyFixture(),
    { name: '003: a year compared with the report year is no stale year', file: 'dayao.txt', text: replaceLine(dayao, 9, '2020年，全县共整合网站3个，2021年再整合2个。') },
    { name: '003: last year looked back on (以来)', file: 'dayao.txt', text: replaceLine(dayao, 9, '2019年以来，全县累计整合网站5个。') },
    { name: '002: this year’s 要点 cited', file: 'mei.txt', text: replaceLine(mei, 20, '根据《2017年政务公开工作要点》要求细化任务。') },
    { name: '002: last year’s annual report cited as published this year', file: 'mei.txt', text: replaceLine(mei, 20, '按时发布了《眉县2016年政府信息公开工作年度报告》。') },
    { name: '003: a span from one year to another (从2019年到2021年) is no 截至', file: 'dayao.txt', text: replaceLine(dayao, 7, '从2019年到2021年，全县累计整合网站5个。') },
    { name: '002: the report year in Chinese numerals (二〇一七年，…)', file: 'mei.txt', text: replaceLine(mei, 36, '二〇一七年，我县主动公开信息120条。') },
    { name: '003: 截至 the end of the period', file: 'dayao.txt', text: replaceLine(dayao, 7, '截至2021年12月31日，全县现行有效规范性文件12件。') },
  ],
  invalid: [
    {
      name: '002 line 36: last year’s applications told as this year’s',
      file: 'mei.txt',
      text: replaceLine(mei, 36, line(mei, 36).replace('2017年', '2016年')),
      errors: [{ messageId: 'current', line: 36, column: 1, includes: ['这句以“2016年”开头叙述本年度工作，而本报告是 2017 年度报告'] }],
    },
    {
      name: '002 line 14: a part heading of last year',
      file: 'mei.txt',
      text: replaceLine(mei, 14, '一、2016年政府信息公开工作情况'),
      errors: [{ messageId: 'current', line: 14, column: 3 }],
    },
    {
      name: '004 line 45: last year’s fees, after the body’s name',
      file: 'xian.txt',
      text: replaceLine(xian, 45, '海原县西安镇人民政府2016年度未收取任何费用。'),
      errors: [{ messageId: 'current', line: 45, column: 11 }],
    },
    {
      name: '004 line 45: this year said to be last year, in apposition (本年度（2016年）)',
      file: 'xian.txt',
      text: replaceLine(xian, 45, '本年度（2016年）我镇没有因公开信息收取费用。'),
      errors: [{ messageId: 'current', line: 45, column: 5, includes: ['“2016年”'] }],
    },
    {
      name: '004 line 45: last year’s fees, the year before the matter (2016年依申请公开…)',
      file: 'xian.txt',
      text: replaceLine(xian, 45, '2016年依申请公开事项未收取任何费用。'),
      errors: [{ messageId: 'current', line: 45, column: 1 }],
    },
    {
      name: '002 line 20: the notice on making last year’s reports',
      file: 'mei.txt',
      text: replaceLine(mei, 20, '按照《关于做好2016年度政府信息公开工作年度报告编制工作的通知》编写本报告。'),
      errors: [{ messageId: 'title', line: 20, column: 8 }],
    },
    {
      name: '004 line 45: last year’s period told in a sentence of this year’s work',
      file: 'xian.txt',
      text: replaceLine(xian, 45, '2016年1月1日至2016年12月31日，我镇共主动公开信息86条。'),
      errors: [{ messageId: 'period', line: 45, column: 1, includes: ['“2016年1月1日”'] }],
    },
    {
      name: '002 line 20: the notice on last year’s reports, numbered in the report year',
      file: 'mei.txt',
      text: replaceLine(mei, 20, '依据《关于做好2016年度政府信息公开工作年度报告编制发布工作的通知》（宝政办发〔2017〕3号）编写本报告。'),
      errors: [{ messageId: 'title', line: 20, column: 8 }],
    },
    {
      name: '003 line 7: 到 a date after the period, at a clause’s start',
      file: 'dayao.txt',
      text: replaceLine(dayao, 7, '到2022年2月底，全县共建成公开专区15个。'),
      errors: [{ messageId: 'asOf', line: 7, column: 2 }],
    },
    {
      name: '002 line 36: last year’s work after 在 (在2016年里，…)',
      file: 'mei.txt',
      text: replaceLine(mei, 36, '在2016年里，我县新增公开事项12项。'),
      errors: [{ messageId: 'current', line: 36, column: 2 }],
    },
    {
      name: '002 line 20: last year’s 分工方案 cited',
      file: 'mei.txt',
      text: replaceLine(mei, 20, '依照《2016年政务公开重点工作分工方案》细化任务。'),
      errors: [{ messageId: 'title', line: 20, column: 4 }],
    },
    {
      name: '002 line 36: last year’s work, its year in Chinese numerals (二〇一六年，…)',
      file: 'mei.txt',
      text: replaceLine(mei, 36, '二〇一六年，我县主动公开信息120条。'),
      errors: [{ messageId: 'current', line: 36, column: 1, includes: ['“二〇一六年”'] }],
    },
    {
      name: '003 line 7: 截至 a date after the period',
      file: 'dayao.txt',
      text: replaceLine(dayao, 7, '截至2022年3月31日，全县现行有效规范性文件12件。'),
      errors: [{ messageId: 'asOf', line: 7, column: 3, includes: ['截至日期“2022年3月31日”在统计期限（2021 年 1 月 1 日至 12 月 31 日）之外'] }],
    },
    {
      name: '003 line 7: 截至 the end of the year before',
      file: 'dayao.txt',
      text: replaceLine(dayao, 7, '截至2020年底，全县现行有效规范性文件12件。'),
      errors: [{ messageId: 'asOf', line: 7, column: 3 }],
    },
    {
      name: '002 line 20: last year’s 要点 followed',
      file: 'mei.txt',
      text: replaceLine(mei, 20, '根据《关于做好2016年政务公开工作的通知》要求细化任务。'),
      errors: [{ messageId: 'title', line: 20, includes: ['引用的《关于做好2016年政务公开工作的通知》是 2016 年的，而本报告是 2017 年度报告'] }],
    },
  ],
});

describe('meta/stale-year in English', () => {
  it('names both years', async () => {
    const { result } = await lintWith('mei.txt', replaceLine(mei, 36, line(mei, 36).replace('2017年', '2016年')), [rule.meta.id], {}, 'en');
    expect(result.diagnostics.map((d) => d.message)).toEqual(['This sentence tells the work of "2016年", but this is the 2017 report: probably last year\'s text']);
  });
});
