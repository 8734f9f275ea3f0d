import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { placesIn } from '../../repo/planted-places.js';
import { plantedRepository, type Planted } from '../../repo/synthetic-repo.js';
import { findings, lintFolder } from '../../repo/run-lint.js';

let repo: Planted;
beforeAll(async () => {
  repo = await plantedRepository();
});

/** The planted defect: 2023's 上年结转 is one more than 2022's 结转下年度 in the column. */
async function plantedCarry(column: 'natural' | 'total'): Promise<{ over: number; forward: number }> {
  const { cellValue } = placesIn(repo);
  const over = await cellValue(repo.files['1-2023']!, 'applications', `carriedOver:${column}`);
  const forward = await cellValue(repo.files['1-2022']!, 'applications', `carriedForward:${column}`);
  expect(over).toBe(forward + 1);
  return { over, forward };
}

describe('repo/carry-over', () => {
  it('reports each column whose 上年结转 differs from last year’s 结转下年度, pointing at last year’s cell', async () => {
    const { cellLine } = placesIn(repo);
    const results = (await lintFolder(repo.dir)).results;
    const file = repo.files['1-2023']!;
    expect(findings(results, repo.dir, 'repo/carry-over').sort()).toEqual(
      [`${file}:${await cellLine(file, 'applications', 'carriedOver:natural')} repo/carry-over`, `${file}:${await cellLine(file, 'applications', 'carriedOver:total')} repo/carry-over`].sort(),
    );
    const natural = results.find((r) => r.filePath.endsWith(file))!.messages.find((m) => m.ruleId === 'repo/carry-over')!;
    const { over, forward } = await plantedCarry('natural');
    expect(natural.message).toBe(`自然人列：上年结转 ${over}，但 2022 年报告的“结转下年度继续办理”为 ${forward}`);
    expect(natural.related).toEqual([
      expect.objectContaining({ filePath: join(repo.dir, repo.files['1-2022']!), line: await cellLine(repo.files['1-2022']!, 'applications', 'carriedForward:natural') }),
    ]);
  });

  it('speaks English with --lang en', async () => {
    const messages = (await lintFolder(repo.dir, { lang: 'en' })).results.flatMap((r) => r.messages).filter((m) => m.ruleId === 'repo/carry-over');
    const natural = await plantedCarry('natural');
    const total = await plantedCarry('total');
    expect(messages.map((m) => m.message).sort()).toEqual(
      [`Column natural persons: carried over ${natural.over}, but the 2022 report carried forward ${natural.forward}`, `Column total: carried over ${total.over}, but the 2022 report carried forward ${total.forward}`].sort(),
    );
  });

  it('is silent when turned off in the config', async () => {
    writeFileSync(join(repo.dir, 'xxgk.config.json'), JSON.stringify({ rules: { 'repo/carry-over': 'off' } }));
    try {
      expect(findings((await lintFolder(repo.dir)).results, repo.dir, 'repo/carry-over')).toEqual([]);
    } finally {
      writeFileSync(join(repo.dir, 'xxgk.config.json'), '{}');
    }
  });
});
