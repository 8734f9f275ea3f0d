import { describe, expect, it } from 'vitest';
import { lintWith } from '../helpers.js';
import { HELD_OUT } from '../support/held-out-phrasings.js';
import { BANK_3, DEFECTS_3, EXTRA_DEFECTS_3, ON_PURPOSE_3 } from '../support/held-out-phrasings-3.js';
import { BANK_4, DEFECTS_4, ON_PURPOSE_4 } from '../support/held-out-phrasings-4.js';
import { BANK_5, DEFECTS_5, ON_PURPOSE_5 } from '../support/held-out-phrasings-5.js';
import { BANK_6, DEFECTS_6, ON_PURPOSE_6 } from '../support/held-out-phrasings-6.js';
import { DEFECTS, type Defect } from '../support/synthetic-defects.js';
import { DEVELOPMENT, drawBody, renderReport, rngOf, text, type Phrasings, type SyntheticBody, type SyntheticKind } from '../support/synthetic-report.js';

/**
 * Issue 14's measure: reports written for bodies drawn from the whole gazetteer (towns, streets,
 * counties, departments, prefectures of every province), clean and with one defect at a time.
 * A defect counts as found when its family (content/ or meta/) reports the line it was written
 * into. The development bank is what the rules were tuned on; the held-out bank was written
 * before and only measured (docs/evaluation.md).
 */
const RULES = ['content/foreign-body', 'content/placeholder', 'meta/stale-year', 'meta/future-plan-year', 'meta/year-mismatch'];
const KINDS: SyntheticKind[] = ['township', 'street', 'county', 'department', 'prefecture'];

async function measure(bank: Phrasings, seeds: number[], defects: Defect[] = DEFECTS) {
  const found = new Map<string, { hit: number; total: number; family: string }>();
  let falseFindings = 0;
  for (const seed of seeds) {
    const rng = rngOf(seed);
    const report = renderReport(drawBody(rng, KINDS[seed % KINDS.length]!), 2016 + (seed % 9), bank, rng);
    falseFindings += (await lintWith('report.txt', text(report), RULES)).result.diagnostics.length;
    for (const defect of defects) {
      const injected = defect.apply(report, rng);
      if (!injected) continue;
      const { diagnostics } = (await lintWith('report.txt', injected.lines.join('\n'), RULES)).result;
      const entry = found.get(defect.name) ?? { hit: 0, total: 0, family: defect.family };
      entry.total++;
      if (diagnostics.some((d) => d.ruleId.startsWith(`${defect.family}/`) && d.position.start.line === injected.line)) entry.hit++;
      found.set(defect.name, entry);
    }
  }
  const rate = (family: string) => {
    const entries = [...found.values()].filter((entry) => entry.family === family);
    return entries.reduce((sum, entry) => sum + entry.hit, 0) / entries.reduce((sum, entry) => sum + entry.total, 0);
  };
  return { found, falseFindings: falseFindings / seeds.length, content: rate('content'), meta: rate('meta') };
}

/** Sentences that name a neighbour on purpose (written after a first stress run found the last three reported). */
const NEIGHBOUR_ON_PURPOSE: Array<(body: SyntheticBody) => string> = [
  (b) => `收到${b.siblings[0]}转来的政府信息公开申请1件，已按规定答复。`,
  (b) => `本辖区与${b.siblings[0]}交界，双方建立了信息共享机制。`,
  (b) => `全市政务公开考核中，${b.self}位列第二，仅次于${b.siblings[0]}。`,
  (b) => `${b.siblings[0]}、${b.siblings[1]}的工作人员参加了培训。`,
  (b) => `赴${b.siblings[0]}考察政务服务中心建设。`,
  (b) => `与${b.siblings[0]}联合开展政策宣讲活动。`,
  (b) => `协助${b.siblings[0]}做好跨区域政务服务事项办理。`,
  (b) => `学习借鉴${b.siblings[0]}政务公开标准化试点的做法。`,
  (b) => `申请人要求公开的信息属于${b.siblings[0]}职责范围，已告知其向该机关申请。`,
  (b) => `${b.siblings[0]}作为全市政务公开示范点，为${b.self}提供了经验。`,
];

describe('bodies and years across the gazetteer', () => {
  it('a neighbour named on purpose (transfers, borders, rankings, lists, visits, joint work) is not reported', async () => {
    const reported: string[] = [];
    for (let seed = 0; seed < 10; seed++) {
      const rng = rngOf(500_000 + seed);
      const report = renderReport(drawBody(rng, KINDS[seed % KINDS.length]!), 2020, DEVELOPMENT, rng);
      for (const sentence of NEIGHBOUR_ON_PURPOSE.map((write) => write(report.body))) {
        const lines = [...report.lines];
        lines[report.at.plain - 1] = sentence;
        const { diagnostics } = (await lintWith('report.txt', lines.join('\n'), ['content/foreign-body'])).result;
        if (diagnostics.length) reported.push(sentence);
      }
    }
    expect(reported).toEqual([]);
  }, 60_000);

  it('development bank: every defect at its line, no finding on a clean report', async () => {
    const { found, falseFindings } = await measure(DEVELOPMENT, Array.from({ length: 20 }, (_, i) => i));
    expect(falseFindings).toBe(0);
    expect(Object.fromEntries([...found].map(([name, { hit, total }]) => [name, `${hit}/${total}`]))).toEqual(Object.fromEntries(DEFECTS.map((defect) => [defect.name, '20/20'])));
  }, 60_000);

  it('held-out bank: content and meta each find ≥ 90% of defects, ≤ 0.2 false findings per clean report', async () => {
    const { content, meta, falseFindings } = await measure(HELD_OUT, Array.from({ length: 20 }, (_, i) => 100_000 + i));
    expect(content).toBeGreaterThanOrEqual(0.9);
    expect(meta).toBeGreaterThanOrEqual(0.9);
    expect(falseFindings).toBeLessThanOrEqual(0.2);
  }, 60_000);

  // Banks 3 to 6 were written by other hands and measured once each (docs/evaluation.md); their misses were then mended, so they are development now.
  for (const { name, bank, defects, onPurpose, seed } of [
    { name: 'third', bank: BANK_3, defects: [...DEFECTS_3, ...EXTRA_DEFECTS_3], onPurpose: ON_PURPOSE_3, seed: 300_000 },
    { name: 'fourth', bank: BANK_4, defects: DEFECTS_4, onPurpose: ON_PURPOSE_4, seed: 400_000 },
    { name: 'fifth', bank: BANK_5, defects: DEFECTS_5, onPurpose: ON_PURPOSE_5, seed: 500_000 },
    { name: 'sixth', bank: BANK_6, defects: DEFECTS_6, onPurpose: ON_PURPOSE_6, seed: 600_000 },
  ]) {
    it(`${name} bank: every defect at its line, no finding on a clean report or on a sentence naming a neighbour on purpose`, async () => {
      const { found, falseFindings } = await measure(bank, Array.from({ length: 20 }, (_, i) => seed + i), defects);
      expect(falseFindings).toBe(0);
      const rates = Object.fromEntries([...found].map(([defect, { hit, total }]) => [defect, hit / total]));
      expect(Object.keys(rates).sort()).toEqual(defects.map((defect) => defect.name).sort());
      for (const [defect, rate] of Object.entries(rates)) expect(rate, defect).toBeGreaterThanOrEqual(0.9);
      const reported: string[] = [];
      for (let i = 0; i < 5; i++) {
        const report = renderReport(drawBody(rngOf(seed + 10_000 + i), KINDS[i % KINDS.length]!), 2022, bank, rngOf(i));
        for (const sentence of onPurpose.map((write) => write(report.body, report.year))) {
          const lines = [...report.lines];
          lines[report.at.plain - 1] = sentence;
          if ((await lintWith('report.txt', lines.join('\n'), RULES)).result.diagnostics.length) reported.push(sentence);
        }
      }
      expect(reported).toEqual([]);
    }, 120_000);
  }
});
