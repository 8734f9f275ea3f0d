import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { runRepoRules } from '../../src/repo/engine.js';
import { defineRepoRule, type RepoRuleContext } from '../../src/repo/rule.js';
import { aliasResolver, normalizeBody } from '../../src/repo/bodies.js';
import { shareProse } from '../../src/repo/shared-prose.js';
import { packSummary, unpackSummary } from '../../src/repo/packed-summary.js';
import { cellOf, cellValue, columnsUnder, neededByAll, packCells, summarizeForRepository, type RepoSummary } from '../../src/repo/summary.js';
import { adaptText } from '../../src/input/text.js';
import { buildReport } from '../../src/parse/index.js';
import { FIXTURES, fixtureText, parseFixture } from '../helpers.js';

/** Sentence → a hash for hand-made fingerprints: distinct sentences, distinct numbers. */
const ids = new Map<string, number>();
const idOf = (sentence: string) => ids.get(sentence) ?? (ids.set(sentence, ids.size + 1), ids.size);

const summary = (filePath: string, sentences: string[]): RepoSummary => ({
  filePath,
  generation: 'gb2021',
  year: 2023,
  anchor: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
  cells: packCells([]),
  prose: {
    hashes: Float64Array.from(sentences, idOf),
    weights: Uint32Array.from(sentences, (s) => s.length),
    places: Uint32Array.from(sentences.flatMap((_, i) => [i + 1, 1, i + 1, 2])),
  },
  changes: [],
});

describe('bodies', () => {
  it('one spelling per body: width, spaces and 人民政府 do not matter', () => {
    expect(normalizeBody('长乐镇人民政府')).toBe('长乐镇');
    expect(normalizeBody(' 长乐镇 ')).toBe('长乐镇');
    expect(normalizeBody('县人民政府')).toBe('县人民政府');
    expect(normalizeBody('大姚县人民政府办公室')).toBe('大姚县人民政府办公室');
  });

  it('aliases follow chains in any spelling and never loop', () => {
    const resolve = aliasResolver({ 甲镇人民政府: '乙镇', 乙镇: '丙镇', 丁镇: '戊镇', 戊镇: '丁镇' });
    expect(resolve('甲镇')).toBe('丙镇');
    expect(['丁镇', '戊镇']).toContain(resolve('丁镇'));
  });
});

describe('shared prose', () => {
  it('counts sentences shared by eligible pairs and drops those found in too many reports', () => {
    const fixed = '本报告所列数据的统计期限自某年某月某日起至某年某月某日止。';
    const reports = [
      summary('a', [fixed, '甲句子的内容足够长可以比较。', '乙句子的内容足够长可以比较。']),
      summary('b', [fixed, '甲句子的内容足够长可以比较。', '丙句子的内容足够长可以比较。']),
      summary('c', [fixed, '甲句子的内容足够长可以比较。']),
      summary('d', [fixed]),
    ];
    const all = shareProse(reports, 3, () => true);
    expect(all.boilerplate).toEqual(new Set([idOf(fixed)]));
    expect([...all.pairs.keys()].sort()).toEqual([0 * 4 + 1, 0 * 4 + 2, 1 * 4 + 2]);
    expect(all.count[0]).toBe(2);
    expect(shareProse(reports, 3, (a, b) => a === 0 && b === 1).pairs).toEqual(new Map([[1, '甲句子的内容足够长可以比较。'.length]]));
  });
});

describe('summary cells', () => {
  it('keep each cell\'s value (blank as null) and place, and nothing for cells the report lacks', () => {
    const place = { start: { line: 12, column: 3 }, end: { line: 12, column: 5 } };
    const report = summary('a', []);
    report.cells = packCells([
      { type: 'cell', key: 'carriedOver:natural', value: 4, raw: '4', position: place },
      { type: 'cell', key: 'carriedOver:total', value: null, raw: '' },
      { type: 'cell', key: 'rules:inForce', value: 0, raw: '0', position: place },
    ]);
    expect(cellOf(report, 'carriedOver:natural')).toEqual({ value: 4, position: place });
    expect(cellOf(report, 'carriedOver:total')).toEqual({ value: null });
    expect(cellOf(report, 'carriedForward:natural')).toBeUndefined();
    expect(cellValue(report, 'carriedOver:natural')).toBe(4);
    expect(cellValue(report, 'carriedOver:total')).toBeNull();
    expect(cellValue(report, 'carriedForward:natural')).toBeUndefined();
    expect(columnsUnder(report, 'carriedOver:')).toEqual(['natural', 'total']);
    expect(columnsUnder(report, 'rules:')).toEqual(['inForce']);
  });
});

describe('what a summary holds', () => {
  it('is what the rules declared: the cells of the rows named, the sentences only when asked for', async () => {
    const report = await parseFixture(FIXTURES.changleTownship2023);
    const cellsOnly = summarizeForRepository(report, 'a.txt', neededByAll([{ cells: { applications: ['carriedOver'] } }, {}]));
    expect(columnsUnder(cellsOnly, 'carriedOver:')).toEqual(['natural', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg', 'total']);
    expect(cellValue(cellsOnly, 'carriedForward:total')).toBeUndefined();
    expect(cellsOnly.prose.hashes.length).toBe(0);
    const both = summarizeForRepository(report, 'a.txt', neededByAll([{ cells: { proactive: ['rules'] } }, { sentences: true }]));
    expect(columnsUnder(both, 'rules:')).toEqual(['issued', 'repealed', 'inForce']);
    expect(cellValue(both, 'carriedOver:total')).toBeUndefined();
    expect(both.prose.hashes.length).toBeGreaterThan(20);
  });

  it('is declared once for the run, in one order whatever the rules\' (the cache key holds it)', () => {
    const merged = neededByAll([{ cells: { proactive: ['rules'], applications: ['carriedOver'] } }, { cells: { applications: ['carriedForward', 'carriedOver'] }, sentences: true }]);
    expect(JSON.stringify(merged)).toBe('{"cells":{"applications":["carriedForward","carriedOver"],"proactive":["rules"]},"sentences":true,"changes":false}');
    expect(neededByAll([])).toEqual({ cells: {}, sentences: false, changes: false });
  });
});

describe('packed summaries', () => {
  it('unpack to the same summary, read in place or, at an odd offset, from a copy', async () => {
    const report = await parseFixture(FIXTURES.changleTownship2023);
    const summary = summarizeForRepository(report, '/reports/长乐镇/2023.txt', { cells: { applications: ['carriedOver'] }, sentences: true });
    expect(summary.prose.hashes.length).toBeGreaterThan(20);
    expect(cellOf(summary, 'carriedOver:total')?.value).toBe(0);
    const packed = packSummary(summary);
    expect(unpackSummary(packed)).toEqual(summary);
    // As in a cache shard: the bytes start anywhere in a larger buffer.
    const shard = new Uint8Array(packed.length + 3);
    shard.set(packed, 3);
    const unpacked = unpackSummary(shard.subarray(3));
    expect(unpacked).toEqual(summary);
    expect(cellOf(unpacked, 'carriedOver:total')).toEqual(cellOf(summary, 'carriedOver:total'));
  });

  it('carry the stated changes when a rule needs them, in the header', () => {
    const lines = fixtureText(FIXTURES.changleTownship2023).split('\n');
    lines.splice(9, 0, '', '全年共收到政府信息公开申请4件，同比增长20%。', '', '县司法局收到申请5件，较上年减少1件。');
    const report = buildReport(adaptText(lines.join('\n')), 'text');
    expect(summarizeForRepository(report, 'a.txt', { sentences: true }).changes).toEqual([]);
    const summary = summarizeForRepository(report, 'a.txt', { changes: true });
    // Another body's figure is not kept.
    expect(summary.changes).toEqual([
      {
        kind: 'percent', direction: 1, value: 20, decimals: 0, text: '同比增长20%', table: 'applications', entry: 'received', unit: '件', cells: ['received:total'],
        position: { start: { line: 11, column: 17 }, end: { line: 11, column: 24 } },
      },
    ]);
    expect(unpackSummary(packSummary(summary))).toEqual(summary);
  });

  it('keep a summary without a year or body, cells or sentences', () => {
    const bare = summary('/reports/x.txt', []);
    delete bare.year;
    expect(unpackSummary(packSummary(bare))).toEqual(bare);
  });
});

describe('cross-report findings', () => {
  const probe = (checkRepository: (context: RepoRuleContext<unknown>) => void) => [
    {
      rule: defineRepoRule({
        meta: { id: 'test/probe', family: 'test', description: { zh: '测试', en: 'probe' }, recommended: 1, generations: ['gb2021'], messages: { same: { zh: '与{other}相同', en: 'Same as {other}' }, here: { zh: '此处', en: 'here' } } },
        needs: {},
        options: z.object({}).strict(),
        checkRepository,
      }),
      severity: 1 as const,
      options: {},
    },
  ];
  const reports = [summary('/r/b.txt', []), summary('/r/a.txt', [])];
  const place = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 3 } });

  it('go the per-report rules\' way: templates filled, related places naming only another file', () => {
    const found = runRepoRules(reports, probe(({ emit }) =>
      emit({ filePath: '/r/a.txt', position: place(4), messageId: 'same', data: { other: 'b' }, related: [{ filePath: '/r/a.txt', position: place(5), messageId: 'here' }, { filePath: '/r/b.txt', position: place(6), messageId: 'here' }] }),
    ), { lang: 'en' });
    expect(found.get('/r/a.txt')).toEqual([
      {
        ruleId: 'test/probe',
        messageId: 'same',
        severity: 1,
        message: 'Same as b',
        position: place(4),
        related: [{ message: 'here', position: place(5) }, { message: 'here', position: place(6), filePath: '/r/b.txt' }],
        docsUrl: 'https://github.com/xxgk-lint/xxgk-lint/blob/main/docs/rules/test/probe.md',
      },
    ]);
  });

  it('a crashing rule is an error on the first report of the run, worded as a per-report rule\'s crash', () => {
    const found = runRepoRules(reports, probe(() => {
      throw new Error('boom');
    }), { lang: 'en' });
    expect([...found]).toEqual([['/r/a.txt', [expect.objectContaining({ ruleId: 'test/probe', messageId: 'crash', severity: 2, message: 'Rule crashed: boom', position: reports[0]!.anchor })]]]);
  });
});
