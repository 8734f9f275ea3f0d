import { describe, expect, it } from 'vitest';
import rule from '../../../rules/structure/duplicate-paragraph.js';
import { FIXTURES, fixtureText, lintWith, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const changle = fixtureText(FIXTURES.changleTownship2023);
const line640 = changle.split('\n')[639]!;
const reworded = replaceLine(changle, 640, line640.replace('故没有发出收费通知', '故未发出收费通知'));

ruleTester(rule, {
  valid: [
    { name: '000', file: FIXTURES.amengTownship2017, text: fixtureText(FIXTURES.amengTownship2017) },
    { name: '002', file: FIXTURES.meiCounty2017, text: fixtureText(FIXTURES.meiCounty2017) },
    { name: '003', file: FIXTURES.dayaoCounty2021, text: fixtureText(FIXTURES.dayaoCounty2021) },
    { name: '004', file: FIXTURES.xianTownship2017, text: fixtureText(FIXTURES.xianTownship2017) },
    { name: '001 with part 六 rewritten', file: 'changle.txt', text: replaceLine(changle, 640, '本年度未收取信息处理费。') },
    { name: 'minSimilarity 1 lets a reworded copy pass', file: 'changle.txt', text: reworded, options: { minSimilarity: 1 } },
    { name: 'paragraphs shorter than minLength may repeat', file: FIXTURES.changleTownship2023, text: changle, options: { minLength: 60 } },
  ],
  invalid: [
    {
      name: '001: line 640 in part 六 repeats line 635 of part 五',
      file: FIXTURES.changleTownship2023,
      text: changle,
      errors: [{ messageId: 'identical', line: 640, column: 1, relatedLines: [635], includes: ['本段与第 635 行的段落完全相同'] }],
    },
    {
      name: '001 with the copy reworded a little',
      file: 'changle.txt',
      text: reworded,
      errors: [{ messageId: 'similar', line: 640, relatedLines: [635], includes: ['本段与第 635 行的段落几乎相同（相似度'] }],
    },
  ],
});

describe('structure/duplicate-paragraph in English', () => {
  it('names the line of the first occurrence', async () => {
    const { result } = await lintWith(FIXTURES.changleTownship2023, changle, [rule.meta.id], {}, 'en');
    expect(result.diagnostics.map((d) => d.message)).toEqual(['This paragraph repeats the one at line 635']);
  });
});
