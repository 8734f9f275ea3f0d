import { describe, expect, it } from 'vitest';
import rule from '../../../rules/meta/year-mismatch.js';
import { FIXTURES, fixtureText, lintWith, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const mei = fixtureText(FIXTURES.meiCounty2017);
const line12 = mei.split('\n')[11]!;
const ameng = fixtureText(FIXTURES.amengTownship2017);
const line5 = ameng.split('\n')[4]!;

ruleTester(rule, {
  valid: Object.values(FIXTURES).map((file) => ({ name: `fixture ${file}`, file, text: fixtureText(file) })),
  invalid: [
    {
      name: '002 with the opening speaking of 2016',
      file: 'mei.txt',
      text: replaceLine(mei, 12, line12.replace('现向社会公开眉县2017年', '现向社会公开眉县2016年')),
      errors: [{ messageId: 'opening', line: 12, includes: ['开头说的是 2016 年，而标题是 2017 年度报告'] }],
    },
    {
      name: '000 with last year’s statistics period left in',
      file: 'ameng.txt',
      text: replaceLine(ameng, 5, line5.replace('自2017年1月1日起至2017年12月31日止', '自2016年1月1日起至2016年12月31日止')),
      errors: [{ messageId: 'period', line: 5, relatedLines: [2], includes: ['统计期限为 2016-01-01 至 2016-12-31，而标题是 2017 年度报告'] }],
    },
  ],
});

describe('meta/year-mismatch in English', () => {
  it('names both years', async () => {
    const text = replaceLine(mei, 12, line12.replace('现向社会公开眉县2017年', '现向社会公开眉县2016年'));
    const { result } = await lintWith('mei.txt', text, [rule.meta.id], {}, 'en');
    expect(result.diagnostics.map((d) => d.message)).toEqual(['The opening speaks of 2016, but the title says 2017']);
  });
});
