import { describe, expect, it } from 'vitest';
import rule from '../../../rules/content/placeholder.js';
import { FIXTURES, everyFixture, fixtureText, lintWith, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const ameng = fixtureText(FIXTURES.amengTownship2017);
const line17 = ameng.split('\n')[16]!;

ruleTester(rule, {
  valid: [
    ...everyFixture(),
    { name: 'XX inside a web address or a Latin word', file: 'ameng.txt', text: replaceLine(ameng, 17, '详见 http://www.xx.gov.cn/XXzwgk/ 及 XXL 号文件。') },
  ],
  invalid: [
    {
      name: 'XX镇 left in line 17 of 000',
      file: 'ameng.txt',
      text: replaceLine(ameng, 17, line17.replace('2017年,阿猛镇按照', '2017年,XX镇按照')),
      errors: [{ messageId: 'placeholder', line: 17, column: 7, includes: ['“XX”是未填的名称，发布前应填写'] }],
    },
    {
      name: '20XX年, 【单位名称】 and a blank line in one sentence',
      file: 'ameng.txt',
      text: replaceLine(ameng, 17, '20XX年，【单位名称】共公开信息＿＿＿条。'),
      errors: [
        { messageId: 'placeholder', line: 17, column: 1, includes: ['“20XX年”是未填的年份'] },
        { messageId: 'placeholder', line: 17, column: 7, includes: ['“【单位名称】”是模板中的填写提示'] },
        { messageId: 'placeholder', line: 17, column: 18, includes: ['“＿＿＿”是空白横线'] },
      ],
    },
    {
      name: 'a heading with ××县',
      file: 'ameng.txt',
      text: replaceLine(ameng, 7, '一、××县概述'),
      errors: [{ messageId: 'placeholder', line: 7, column: 3 }],
    },
  ],
});

describe('content/placeholder in English', () => {
  it('says what the placeholder stands for', async () => {
    const { result } = await lintWith('ameng.txt', replaceLine(ameng, 17, '20XX年，本镇认真落实《条例》。'), [rule.meta.id], {}, 'en');
    expect(result.diagnostics.map((d) => d.message)).toEqual(['"20XX年" is an unfilled year; fill it in before publishing']);
  });
});
