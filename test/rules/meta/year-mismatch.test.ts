import { describe, expect, it } from 'vitest';
import rule from '../../../rules/meta/year-mismatch.js';
import { FIXTURES, everyFixture, fixtureText, lintWith, replaceLine } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const mei = fixtureText(FIXTURES.meiCounty2017);
const line12 = mei.split('\n')[11]!;
const ameng = fixtureText(FIXTURES.amengTownship2017);
const line5 = ameng.split('\n')[4]!;
const changle = fixtureText(FIXTURES.changleTownship2023);
const line9 = changle.split('\n')[8]!;

ruleTester(rule, {
  valid: [
    ...everyFixture(),
    { name: '000: a campaign of the year before, the end’s year left out, is no period', file: 'ameng.txt', text: replaceLine(ameng, 5, line5.replace('统计期限自2017年1月1日起至2017年12月31日止', '统计期限见下文').replace('要求,阿猛镇', '要求,2016年11月1日至12月31日阿猛镇')) },
    { name: '001 with 2022 later in the opening paragraph: only its first words count', file: 'changle.txt', text: replaceLine(changle, 9, `${line9}对照2022年的工作，进一步完善制度。`) },
  ],
  invalid: [
    {
      name: '000 with last year’s whole year as the period (统计口径为2016年全年)',
      file: 'ameng.txt',
      text: replaceLine(ameng, 5, line5.replace('统计期限自2017年1月1日起至2017年12月31日止', '统计口径为2016年全年')),
      errors: [{ messageId: 'period', line: 5, includes: ['统计期限为 2016-01-01 至 2016-12-31，而标题是 2017 年度报告'] }],
    },
    {
      name: '000 with last year’s period, its end after a comma (…起，到…止)',
      file: 'ameng.txt',
      text: replaceLine(ameng, 5, line5.replace('统计期限自2017年1月1日起至2017年12月31日止', '统计时段自2016年1月1日起，到2016年12月31日止')),
      errors: [{ messageId: 'period', line: 5, includes: ['统计期限为 2016-01-01 至 2016-12-31'] }],
    },
    {
      name: '002 with the opening publishing the 2016 report (特向社会公布…)',
      file: 'mei.txt',
      text: replaceLine(mei, 12, '依据《条例》，特向社会公布眉县2016年政府信息公开工作年度报告。'),
      errors: [{ messageId: 'opening', line: 12, column: 16, includes: ['开头说的是 2016 年，而标题是 2017 年度报告'] }],
    },
    {
      name: '002 with the opening speaking of 2016',
      file: 'mei.txt',
      text: replaceLine(mei, 12, line12.replace('现向社会公开眉县2017年', '现向社会公开眉县2016年')),
      errors: [{ messageId: 'opening', line: 12, includes: ['开头说的是 2016 年，而标题是 2017 年度报告'] }],
    },
    {
      name: '001 with part 一 opening on 2022年, in a 2023 report',
      file: 'changle.txt',
      text: replaceLine(changle, 9, line9.replace('2023年以来', '2022年')),
      errors: [{ messageId: 'opening', line: 9, column: 1, relatedLines: [3], includes: ['开头说的是 2022 年，而标题是 2023 年度报告'] }],
    },
    {
      name: '000 with last year’s statistics period left in',
      file: 'ameng.txt',
      text: replaceLine(ameng, 5, line5.replace('自2017年1月1日起至2017年12月31日止', '自2016年1月1日起至2016年12月31日止')),
      errors: [{ messageId: 'period', line: 5, relatedLines: [2], includes: ['统计期限为 2016-01-01 至 2016-12-31，而标题是 2017 年度报告'] }],
    },
    {
      name: '000 with last year’s period, the end’s year left out',
      file: 'ameng.txt',
      text: replaceLine(ameng, 5, line5.replace('自2017年1月1日起至2017年12月31日止', '为2016年1月1日至12月31日')),
      errors: [{ messageId: 'period', line: 5, includes: ['统计期限为 2016-01-01 至 2016-12-31，而标题是 2017 年度报告'] }],
    },
    {
      name: 'no title: the period against the year the prose tells',
      file: 'untitled.txt',
      text: ['政府信息公开工作年度报告', '', '本报告所列数据的统计期限为2018年1月1日至12月31日。', '', '2019年，我局认真落实《条例》。', '', '2019年度，本局未收取任何费用。', ''].join('\n'),
      errors: [{ messageId: 'periodProse', line: 3, column: 14, includes: ['统计期限为 2018-01-01 至 2018-12-31，而正文叙述的是 2019 年的工作'] }],
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
