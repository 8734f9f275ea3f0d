import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../src/knowledge/gazetteer.js';
import { bodyOf } from '../../src/parse/body.js';
import { summarizeForRepository } from '../../src/repo/summary.js';
import { FIXTURES, parseBytes, parseFixture } from '../helpers.js';
import { DEVELOPMENT, drawBody, renderReport, rngOf, text, type SyntheticKind } from '../support/synthetic-report.js';

const parseText = (value: string) => parseBytes('report.txt', new TextEncoder().encode(value));

describe('bodyOf on the real reports', () => {
  it.each([
    [FIXTURES.amengTownship2017, '阿猛镇', 'township', 'township', '532622104', '云南省 文山壮族苗族自治州 砚山县 阿猛镇'],
    [FIXTURES.changleTownship2023, '长乐镇人民政府', 'township', 'township', '330683101', '浙江省 绍兴市 嵊州市 长乐镇'],
    [FIXTURES.meiCounty2017, '眉县人民政府', 'government', 'county', '610326', '陕西省 宝鸡市 眉县'],
    [FIXTURES.dayaoCounty2021, '大姚县人民政府', 'government', 'county', '532326', '云南省 楚雄彝族自治州 大姚县'],
    [FIXTURES.xianTownship2017, '海原县西安镇人民政府', 'township', 'township', '640522103', '宁夏回族自治区 中卫市 海原县 西安镇'],
  ])('%s: %s', async (file, name, kind, level, code, path) => {
    const body = bodyOf(await parseFixture(file))!;
    expect([body.name, body.kind, body.level, body.place?.code, body.place?.path.join(' ')]).toEqual([name, kind, level, code, path]);
  });
});

describe('bodyOf on reports of bodies across the gazetteer', () => {
  const kinds: SyntheticKind[] = ['township', 'street', 'county', 'department', 'prefecture'];
  const expectedKind = { township: 'township', street: 'street', county: 'government', department: 'department', prefecture: 'government' };
  it.each(Array.from({ length: 40 }, (_, i) => i))('seed %i: the place and kind of the title', async (seed) => {
    const rng = rngOf(seed);
    const drawn = drawBody(rng, kinds[seed % kinds.length]!);
    const body = bodyOf(await parseText(text(renderReport(drawn, 2019 + (seed % 5), DEVELOPMENT, rng))))!;
    expect(body.kind).toBe(expectedKind[drawn.kind]);
    expect(body.place?.code).toBe(gazetteer().codeOf(drawn.place));
    expect(body.namings.map((naming) => naming.source)).toEqual(['title', 'signature']);
  });
});

describe('bodyOf: offices, vertical agencies, signatures, same-named places', () => {
  const report = (title: string, ...paragraphs: string[]) => parseText([title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));

  it('an office that says it speaks for its government is that government', async () => {
    const body = bodyOf(await report('荆州市人民政府办公室2021年政府信息公开工作年度报告', '本报告由荆州市人民政府办公室代表市政府编制，统计期限为2021年1月1日至12月31日。'))!;
    expect([body.kind, body.speaksFor, body.identity, body.place?.code]).toEqual(['office', '荆州市人民政府', '荆州市人民政府', '421000']);
  });

  it('the cross-report summary files such a report under the government', async () => {
    const summary = summarizeForRepository(await report('荆州市人民政府办公室2021年政府信息公开工作年度报告', '本报告由荆州市人民政府办公室代表市政府编制。'), 'office.txt', {});
    const government = summarizeForRepository(await report('荆州市人民政府2020年政府信息公开工作年度报告', '2020年，市政府认真落实《条例》。'), 'government.txt', {});
    expect([summary.body, government.body]).toEqual(['荆州市', '荆州市']);
  });

  it('an office that reports its own work stays the office', async () => {
    const body = bodyOf(await report('荆州市人民政府办公室2021年政府信息公开工作年度报告', '2021年，市政府办公室认真落实《条例》要求。'))!;
    expect([body.kind, body.speaksFor, body.identity]).toEqual(['office', undefined, '荆州市人民政府办公室']);
  });

  it('a vertical agency works at its county', async () => {
    const body = bodyOf(await report('国家税务总局眉县税务局2020年政府信息公开工作年度报告', '2020年，本局认真落实《条例》。'))!;
    expect([body.kind, body.level, body.place?.code]).toEqual(['vertical', 'county', '610326']);
  });

  it('without a name in the title, the signature names the body', async () => {
    const body = bodyOf(await report('2022年政府信息公开工作年度报告', '2022年，我镇认真落实《条例》。', '大姚县石羊镇人民政府', '2023年1月10日'))!;
    expect([body.name, body.kind, body.place?.path.at(-2), body.namings.map((naming) => naming.source)]).toEqual(['大姚县石羊镇人民政府', 'township', '大姚县', ['signature', 'text']]);
  });

  it('a title left with a sibling’s name is outvoted by the signature and the text, and places nothing', async () => {
    const body = bodyOf(await report('大姚县金碧镇人民政府2022年政府信息公开工作年度报告', '2022年，石羊镇认真落实《条例》，石羊镇党政办负责日常工作。', '大姚县石羊镇人民政府', '2023年1月10日'))!;
    expect([body.name, body.place?.name, body.namings.map((naming) => naming.name)]).toEqual(['大姚县石羊镇人民政府', '石羊镇', ['大姚县金碧镇人民政府', '大姚县石羊镇人民政府']]);
  });

  it('title and signature naming one body in two forms: the title’s form', async () => {
    const body = bodyOf(await report('石羊镇人民政府2022年政府信息公开工作年度报告', '2022年，我镇认真落实《条例》。', '大姚县石羊镇人民政府', '2023年1月10日'))!;
    expect([body.name, body.identity, body.place?.name]).toEqual(['石羊镇人民政府', '石羊镇人民政府', '石羊镇']);
  });

  it('title and signature disagreeing with nothing else to go by: the title', async () => {
    const body = bodyOf(await report('大姚县金碧镇人民政府2022年政府信息公开工作年度报告', '2022年，我镇认真落实《条例》。', '大姚县石羊镇人民政府', '2023年1月10日'))!;
    expect([body.name, body.place?.name]).toEqual(['大姚县金碧镇人民政府', '金碧镇']);
  });

  it.each([
    ['嵊州', '330683101'],
    ['汨罗市', '430681110'],
    ['河池市东兰县', '451224102'],
  ])('长乐镇 is the one in %s when the text names it', async (parent, code) => {
    const body = bodyOf(await report('长乐镇2023年政府信息公开工作年度报告', `本报告在${parent}人民政府网站公开。`))!;
    expect(body.place?.code).toBe(code);
  });

  it('长乐镇 with nothing to tell the four apart has no place', async () => {
    const body = bodyOf(await report('长乐镇2023年政府信息公开工作年度报告', '2023年，我镇认真落实《条例》。'))!;
    expect([body.kind, body.level, body.place]).toEqual(['township', 'township', undefined]);
  });
});
