import { describe, expect, it } from 'vitest';
import { measure, phrasebook, readEntry } from './phrasebook/read.js';

/**
 * The claim reader against the phrasebook (fixtures/phrasebook/phrasebook.json): sentences worded as real
 * reports word them, each with the claims it must yield. The bar is 95 % read exactly. The first
 * two held-out sets (held-out.json, held-out-2.json) were each measured blind once and have since become dev
 * sets: they are held to the same bar; a set written apart is measured blind, in docs/evaluation.md.
 */
describe('phrasebook', () => {
  const entries = phrasebook('phrasebook.json');

  it('has at least 400 sentences over the three generations, some with no claim', () => {
    expect(entries.length).toBeGreaterThanOrEqual(400);
    expect(new Set(entries.map((entry) => entry.generation))).toEqual(new Set(['legacy', 'gb2019', 'gb2021']));
    expect(entries.filter((entry) => entry.claims.length === 0).length).toBeGreaterThan(40);
  });

  it('reads at least 95 % of the sentences exactly', () => {
    const { exact, misread } = measure(entries);
    expect(exact / entries.length, JSON.stringify(misread.slice(0, 10), null, 1)).toBeGreaterThanOrEqual(0.95);
  });

  // held-out-3.json was measured blind once and has been a dev set since the fourth round: it is held to a lower bar.
  it('reads at least 88 % of held-out-3.json, a dev set, exactly', () => {
    const held = phrasebook('held-out-3.json');
    const { exact, misread } = measure(held);
    expect(exact / held.length, JSON.stringify(misread.slice(0, 10), null, 1)).toBeGreaterThanOrEqual(0.88);
  });
  it.each(['held-out.json', 'held-out-2.json', 'phrasebook-5.json'])('reads at least 95 %% of %s, measured blind once and now a dev set, exactly', (file) => {
    const held = phrasebook(file);
    const { exact, misread } = measure(held);
    expect(exact / held.length, JSON.stringify(misread.slice(0, 10), null, 1)).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    ['其中予以公开或部分公开的共17件。', ['applications granted:total+partial:total = 17件 (own)']],
    ['尚有2件申请结转至下一年度。', ['applications carriedForward:total = 2件 (own)']],
    ['（二）依申请公开。全年共收到申请十二件，予以公开两件。', ['applications received:total = 12件 (own)', 'applications granted:total = 2件 (own)']],
    ['全年通过政府网站发布信息1 234条，召开新闻发布会3场。', []],
  ])('gb2021: %s', (sentence, claims) => {
    expect(readEntry({ generation: 'gb2021', body: '某县人民政府', sentence, claims: [] }).actual).toEqual(claims);
  });
});
