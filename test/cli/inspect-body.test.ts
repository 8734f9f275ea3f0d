import { describe, expect, it } from 'vitest';
import { bodyAndYears, describeBodyAndYears } from '../../src/cli/inspect-body.js';
import { FIXTURES, parseFixture } from '../helpers.js';
import { runCli } from './run-cli.js';

describe('inspect: the body model and the classified years', () => {
  it('prints the body, its place and code, and every year with its role and place (004)', async () => {
    const lines = describeBodyAndYears(await parseFixture(FIXTURES.xianTownship2017));
    expect(lines.slice(0, 4)).toEqual(['机关 body model:', '  海原县西安镇人民政府：乡镇，乡级', '  行政区划 place: 宁夏回族自治区 › 中卫市 › 海原县 › 西安镇（640522103）', '  标题：海原县西安镇人民政府  (L3)']);
    expect(lines).toContain('年份 years（报告年度 2017）:');
    expect(lines).toContain('  L65:1  2017年  计划');
    expect(lines).toContain('  L17:34  2017年  文件标题');
  });

  it('--json carries the same under bodyModel and years', async () => {
    const run = await runCli(['inspect', `fixtures/${FIXTURES.dayaoCounty2021}`, '--json']);
    const json = JSON.parse(run.stdout) as ReturnType<typeof bodyAndYears>;
    expect(json.bodyModel).toMatchObject({ name: '大姚县人民政府', kind: 'government', level: 'county', place: { code: '532326', path: ['云南省', '楚雄彝族自治州', '大姚县'] } });
    expect(json.years.reportYear).toBe(2021);
    expect(json.years.mentions.find((mention) => mention.line === 7)).toMatchObject({ year: 2021, role: 'asOf', text: '2021年' });
  });
});
