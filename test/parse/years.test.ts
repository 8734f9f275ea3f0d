import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yearsOf, type YearRole } from '../../src/parse/years.js';
import { FIXTURES, parseBytes, parseFixture } from '../helpers.js';

const parseText = (value: string) => parseBytes('report.txt', new TextEncoder().encode(value));

/** Sentences written for the test, each with the role of every year it names, in order; y is the report year. */
const SENTENCES: Array<[(y: number) => string, YearRole[]]> = [
  [(y) => `本报告所列数据的统计期限为${y}年1月1日至${y}年12月31日。`, ['period', 'period']],
  [(y) => `报告中所列数据统计期限自${y}年1月1日起至12月31日止。`, ['period']],
  [(y) => `统计数据时间段：${y}年1月1日-${y}年12月31日。`, ['period', 'period']],
  [(y) => `现将${y}年度政府信息公开工作年度报告公布如下。`, ['report']],
  [(y) => `${y}年，我镇认真贯彻落实《条例》要求。`, ['current']],
  [(y) => `${y}年度，本机关未收取任何费用。`, ['current']],
  [(y) => `${y}年全年共主动公开政府信息120条。`, ['current']],
  [(y) => `大姚县人民政府${y}年度未收取任何费用。`, ['current']],
  [(y) => `截至${y}年12月31日，现行有效规范性文件12件。`, ['asOf']],
  [(y) => `截止到${y}年底，累计公开解读材料30篇。`, ['asOf']],
  [(y) => `${y + 1}年，我局将继续加强政务公开队伍建设。`, ['plan']],
  [(y) => `下一步，我们将在${y + 1}年重点做好政策解读。`, ['plan']],
  [(y) => `${y + 1}年工作打算：进一步拓宽公开渠道。`, ['plan']],
  [(y) => `全年公开信息900条，较${y - 1}年增加50条。`, ['comparison']],
  [(y) => `与${y - 1}年相比，申请数量增长12%。`, ['comparison']],
  [(y) => `${y}年收到申请12件，${y - 1}年为8件，同比增长50%。`, ['comparison', 'comparison']],
  [() => '自2008年以来，公开目录多次更新。', ['history']],
  [(y) => `${y - 3}—${y - 1}年连续三年未发生行政复议。`, ['history', 'history']],
  [() => '早在2012年即开通网上申请渠道。', ['history']],
  [(y) => `按照《关于做好${y}年政务公开工作的通知》（政办发〔${y}〕12号）要求推进。`, ['docTitle', 'docNumber']],
  [(y) => `对照《海原县${y}年政务公开工作要点》逐项落实。`, ['docTitle']],
  [(y) => `发布时间：${y + 1}年1月20日`, ['published']],
  [(y) => `一、${y}年政府信息公开工作情况`, ['current']],
];

describe('yearsOf classifies each year by its sentence', () => {
  it.each(SENTENCES.map(([write, roles], i) => [i, write(2020), roles] as const))('#%i %s', async (_i, sentence, roles) => {
    const report = await parseText(`西安镇2020年政府信息公开工作年度报告\n\n${sentence}\n`);
    const { reportYear, mentions } = yearsOf(report);
    expect(reportYear).toBe(2020);
    expect(mentions.filter((mention) => mention.position.start.line === 3).map((mention) => mention.role)).toEqual(roles);
  });

  it('for any report year, at the exact line and column', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2008, max: 2030 }), fc.integer({ min: 0, max: SENTENCES.length - 1 }), async (year, index) => {
        const [write, roles] = SENTENCES[index]!;
        const sentence = write(year);
        const report = await parseText(`西安镇${year}年政府信息公开工作年度报告\n\n${sentence}\n`);
        const mentions = yearsOf(report).mentions.filter((mention) => mention.position.start.line === 3);
        expect(mentions.map((mention) => mention.role)).toEqual(roles);
        for (const mention of mentions) expect(sentence.slice(mention.position.start.column - 1).startsWith(mention.text)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('yearsOf on the real reports', () => {
  it('004: the report year, the period, the plan of line 65 and the 《…工作计划》 of line 17', async () => {
    const { reportYear, mentions } = yearsOf(await parseFixture(FIXTURES.xianTownship2017));
    expect(reportYear).toBe(2017);
    expect(mentions.map((mention) => `${mention.position.start.line}:${mention.role}`)).toEqual(['3:report', '5:period', '5:period', '9:current', '9:current', '17:docTitle', '45:current', '49:current', '65:plan']);
  });

  it('003: 截至2021年底 (line 7) and the headings of part 五 that look back', async () => {
    const { mentions } = yearsOf(await parseFixture(FIXTURES.dayaoCounty2021));
    expect(mentions.filter((mention) => [7, 619, 621].includes(mention.position.start.line)).map((mention) => `${mention.position.start.line}:${mention.role}`)).toEqual(['7:asOf', '619:other', '621:other']);
  });
});
