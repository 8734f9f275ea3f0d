import { describe, expect, it } from 'vitest';
import rule from '../../../rules/content/wrong-domain-term.js';
import { FIXTURES, fixtureText, lintWith, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const xian = fixtureText(FIXTURES.xianTownship2017);
const changle = fixtureText(FIXTURES.changleTownship2023);
const taxTerm = { term: '涉税信息', replacement: '政府信息', ownerPattern: '税务', domain: { zh: '税务部门', en: 'a tax body' } };

ruleTester(rule, {
  valid: [
    ...[FIXTURES.amengTownship2017, FIXTURES.changleTownship2023, FIXTURES.meiCounty2017, FIXTURES.dayaoCounty2021].map((file) => ({ name: `fixture ${file}`, file, text: fixtureText(file) })),
    { name: '004 written by a statistics bureau may say 政府统计信息', file: 'xian.txt', text: replaceLine(xian, 3, '海原县统计局 2017 年政府信息公开工作年度报告') },
  ],
  invalid: [
    {
      name: '004: three headings speak of 政府统计信息 (a statistics bureau’s wording)',
      file: FIXTURES.xianTownship2017,
      text: xian,
      errors: [
        { messageId: 'term', line: 39, column: 8, includes: ['“政府统计信息”是统计部门报告的用语（此处出现 2 次），海原县西安镇人民政府的报告应写“政府信息”'] },
        { messageId: 'term', line: 43, column: 3, includes: ['（此处出现 1 次）'] },
        { messageId: 'term', line: 47, column: 4 },
      ],
    },
    {
      name: 'terms added by option',
      file: 'changle.txt',
      text: replaceLine(changle, 9, '本年度依申请公开涉税信息2件。'),
      options: { terms: [taxTerm] },
      errors: [{ messageId: 'term', line: 9, column: 9, includes: ['“涉税信息”是税务部门报告的用语'] }],
    },
  ],
});

describe('content/wrong-domain-term suggestions and English', () => {
  it('offers one replacement for every occurrence on the heading', async () => {
    const { result } = await lintWith(FIXTURES.xianTownship2017, xian, [rule.meta.id]);
    const first = result.diagnostics[0]!;
    expect(first.suggestion).toMatchObject({ text: '政府信息和不予公开政府信息', message: '改为“政府信息”' });
    const { start, end } = first.suggestion!.position;
    expect(xian.slice(start.offset, end.offset)).toBe('政府统计信息和不予公开政府统计信息');
  });

  it('speaks English', async () => {
    const { result } = await lintWith(FIXTURES.xianTownship2017, xian, [rule.meta.id], {}, 'en');
    expect(result.diagnostics[1]!.message).toBe('"政府统计信息" is the wording of a statistics body (1 here); 海原县西安镇人民政府 should write "政府信息"');
  });
});
