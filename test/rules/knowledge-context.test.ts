import { describe, expect, it } from 'vitest';
import foreignBody from '../../rules/content/foreign-body.js';
import publishDeadline from '../../rules/meta/publish-deadline.js';
import tableMismatch from '../../rules/narrative/table-mismatch.js';
import { defaultSettings } from '../../src/engine/resolve.js';
import type { Rule } from '../../src/engine/rule.js';
import { adaptText } from '../../src/input/text.js';
import { changeVocabularyInput } from '../../src/knowledge/data/changes.js';
import { claimVocabularyInput } from '../../src/knowledge/data/claims.js';
import { gb2019 } from '../../src/knowledge/data/gb2019.js';
import { gb2021 } from '../../src/knowledge/data/gb2021.js';
import { legacy } from '../../src/knowledge/data/legacy.js';
import { ADMINISTRATIVE_UNITS } from '../../src/knowledge/data/units.js';
import { PROVINCIAL_SERVICES } from '../../src/knowledge/data/provincial-services.js';
import { gazetteer } from '../../src/knowledge/gazetteer.js';
import { buildKnowledge, knowledge, type KnowledgeInput } from '../../src/knowledge/index.js';
import { buildReport } from '../../src/parse/index.js';
import { FIXTURES, fixtureText, replaceLine } from '../helpers.js';

// A host may give rules another set of knowledge: each rule reads the one on its context, never
// the built-in one, and what it compiled for one set is not reused for another.
const builtIn: KnowledgeInput = { generations: [legacy, gb2019, gb2021], claims: claimVocabularyInput, changes: changeVocabularyInput, units: ADMINISTRATIVE_UNITS, provincialServices: PROVINCIAL_SERVICES, gazetteer };

function findings(rule: Rule, text: string, given = knowledge): string[] {
  const report = buildReport(adaptText(text), 'text');
  const parsed = rule.options.safeParse({});
  if (!parsed.success) throw new Error('options');
  const found: string[] = [];
  rule.check({ report, options: parsed.data, knowledge: given, settings: defaultSettings, lang: 'zh', emit: (input) => found.push(`${input.messageId} ${JSON.stringify(input.data)}`) });
  return found;
}

describe('rules read the knowledge their context gives', () => {
  it('publication deadlines follow the generations given (meta/publish-deadline)', () => {
    const text = replaceLine(fixtureText(FIXTURES.changleTownship2023), 5, '发布日期:2024-02-15-09:20 信息来源:党政综合办 浏览次数: 字号:[ ]');
    // 2023 as a legacy year: the 2008 regulations' 31 March holds, not a township's 31 January.
    const later = buildKnowledge({ ...builtIn, generations: [legacy, { ...gb2019, years: { from: 2030 } }, { ...gb2021, years: { from: 2031 } }] });
    expect(findings(publishDeadline, text)).toEqual(['late {"published":"2024-02-15","year":2023,"deadline":"2024-01-31","rule":"乡镇（街道）"}']);
    expect(findings(publishDeadline, text, later)).toEqual([]);
  });

  it('the claim vocabulary is the one given, its patterns compiled for it (narrative/table-mismatch)', () => {
    const dayao = fixtureText(FIXTURES.dayaoCounty2021);
    const text = replaceLine(dayao, 5, dayao.split('\n')[4]!.replace('予以公开4件', '予以公开5件'));
    const renamed = buildKnowledge({ ...builtIn, claims: { ...claimVocabularyInput, tableNames: { ...claimVocabularyInput.tableNames, applications: { zh: '申请情况表', en: 'the applications table' } } } });
    const without = buildKnowledge({ ...builtIn, claims: { ...claimVocabularyInput, counts: claimVocabularyInput.counts.filter((entry) => entry.id !== 'granted') } });
    const stated = (where: string) => `mismatch {"text":"予以公开5件","where":"${where}","expected":4,"unit":"件"}`;
    expect(findings(tableMismatch, text)).toEqual([stated('表三“予以公开”总计')]);
    expect(findings(tableMismatch, text, renamed)).toEqual([stated('申请情况表“予以公开”总计')]);
    expect(findings(tableMismatch, text, without)).toEqual([]);
  });

  it('unit words are the ones given (content/foreign-body)', () => {
    const changle = fixtureText(FIXTURES.changleTownship2023);
    const text = replaceLine(changle, 20, '2023年，城西镇认真贯彻落实政务公开工作要求。');
    const noTownships = buildKnowledge({ ...builtIn, units: ADMINISTRATIVE_UNITS.filter((unit) => unit.word !== '镇') });
    expect(findings(foreignBody, text).filter((finding) => finding.includes('城西镇'))).toEqual(['foreign {"name":"城西镇","body":"长乐镇人民政府"}']);
    expect(findings(foreignBody, text, noTownships).filter((finding) => finding.includes('城西镇'))).toEqual([]);
  });
});
