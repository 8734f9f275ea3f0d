import { describe, expect, it } from 'vitest';
import rule from '../../../rules/content/foreign-body.js';
import { FIXTURES, everyFixture, fixtureText, lintWith, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const ameng = fixtureText(FIXTURES.amengTownship2017);
const line17 = ameng.split('\n')[16]!;
const copied = replaceLine(ameng, 17, line17.replace('2017年,阿猛镇按照', '2017年,者太镇按照'));
const mei = fixtureText(FIXTURES.meiCounty2017);
const xian = fixtureText(FIXTURES.xianTownship2017);

ruleTester(rule, {
  valid: [
    ...everyFixture(),
    { name: '004: the parent county as subject is no other body', file: 'xian.txt', text: replaceLine(xian, 9, '2017年，海原县认真贯彻落实《条例》。') },
    { name: '002: 全县 is no name', file: 'mei.txt', text: replaceLine(mei, 16, '2017年,全县认真贯彻落实《条例》。') },
    { name: 'a known alias', file: 'ameng.txt', text: copied, options: { aliases: ['者太镇'] } },
  ],
  invalid: [
    {
      name: '000 line 17 speaking as 者太镇',
      file: 'ameng.txt',
      text: copied,
      errors: [{ messageId: 'foreign', line: 17, column: 7, relatedLines: [2], includes: ['此处以“者太镇”为主语，而本报告是阿猛镇的报告'] }],
    },
    {
      name: '002 line 16 speaking as 扶风县',
      file: 'mei.txt',
      text: replaceLine(mei, 16, mei.split('\n')[15]!.replace('2017年,眉县政府认真', '2017年,扶风县政府认真')),
      errors: [{ messageId: 'foreign', line: 16, column: 7, includes: ['“扶风县”'] }],
    },
  ],
});

describe('content/foreign-body in English', () => {
  it('names both bodies', async () => {
    const { result } = await lintWith('ameng.txt', copied, [rule.meta.id], {}, 'en');
    expect(result.diagnostics.map((d) => d.message)).toEqual(['"者太镇" acts here, but this is the report of 阿猛镇: probably left from another report']);
  });
});
