import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomically } from '../../src/cli/cache.js';
import { isIntact, readShard, writeShard } from '../../src/cli/shard-file.js';
import { cellsByKey, tableOf } from '../../src/model/query.js';
import { unpackSummary } from '../../src/repo/packed-summary.js';
import type { RepoSummary } from '../../src/repo/summary.js';
import { parseBytes } from '../helpers.js';
import { plantedRepository } from '../repo/synthetic-repo.js';
import { findings, lintFolder } from '../repo/run-lint.js';

/** Linted file → the key of its cache entry (content, config, version, language), over every shard. */
function entries(dir: string): Map<string, string> {
  const folder = join(dir, '.xxgk-cache');
  return new Map(
    readdirSync(folder).flatMap((name) => {
      return [...readShard(readFileSync(join(folder, name)))!].map(([path, entry]) => [path, entry.key] as const);
    }),
  );
}

/** Every cached summary, unpacked. */
function summaries(dir: string): RepoSummary[] {
  const folder = join(dir, '.xxgk-cache');
  return readdirSync(folder).flatMap((name) => [...readShard(readFileSync(join(folder, name)))!.values()].flatMap((entry) => (entry.outcome.summary ? [unpackSummary(entry.outcome.summary)] : [])));
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([name, key]) => before.get(name) !== key).map(([name]) => name);
}

describe('--cache', () => {
  it('re-lints only what changed (content, config, tool version) and re-runs the cross-report rules', async () => {
    const repo = await plantedRepository();
    const cached = { cache: true, jobs: 1 };
    const uncached = await lintFolder(repo.dir);
    const first = await lintFolder(repo.dir, cached);
    expect(first.text).toBe(uncached.text);
    const initial = entries(repo.dir);
    expect(initial.size).toBe(Object.keys(repo.files).length);

    const again = await lintFolder(repo.dir, cached);
    expect(again.text).toBe(first.text);
    expect(changed(initial, entries(repo.dir))).toEqual([]);

    // Raise 2022's 现行有效 to what 2023 says: 2023 (a cache hit) becomes consistent, 2022 does not.
    const file = join(repo.dir, repo.files['2-2022']!);
    const text = readFileSync(file, 'utf8');
    const cell = cellsByKey(tableOf(await parseBytes(file, Buffer.from(text)), 'proactive')!).get('normativeDocs:inForce')!;
    const { start, end } = cell.position!;
    writeFileSync(file, text.slice(0, start.offset) + String(cell.value! + 2) + text.slice(end.offset));
    const edited = await lintFolder(repo.dir, cached);
    expect(changed(initial, entries(repo.dir))).toHaveLength(1);
    expect(findings(edited.results, repo.dir).filter((f) => f.endsWith('in-force-continuity'))).toEqual([`${repo.files['2-2022']}:${start.line} repo/in-force-continuity`]);
    expect(edited.text).toBe((await lintFolder(repo.dir)).text);

    const beforeConfig = entries(repo.dir);
    writeFileSync(join(repo.dir, 'xxgk.config.json'), JSON.stringify({ rules: { 'table/blank-cell': 'off' } }));
    await lintFolder(repo.dir, cached);
    const afterConfig = entries(repo.dir);
    expect(changed(beforeConfig, afterConfig)).toHaveLength(afterConfig.size);

    await lintFolder(repo.dir, { ...cached, toolVersion: '99.0.0' });
    expect(changed(afterConfig, entries(repo.dir))).toHaveLength(afterConfig.size);
  });

  it('a touched file with the same content keeps its entry; a damaged cache file is rebuilt, never trusted', async () => {
    const repo = await plantedRepository();
    const cached = { cache: true, jobs: 1 };
    const first = await lintFolder(repo.dir, cached);
    const initial = entries(repo.dir);
    const file = join(repo.dir, repo.files['1-2023']!);
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect((await lintFolder(repo.dir, cached)).text).toBe(first.text);
    expect(changed(initial, entries(repo.dir))).toEqual([]);

    // A changed file rewrites its shard alone.
    const folder = join(repo.dir, '.xxgk-cache');
    const stamps = () => new Map(readdirSync(folder).map((name) => [name, statSync(join(folder, name)).mtimeMs]));
    const before = stamps();
    writeFileSync(file, readFileSync(file, 'utf8') + '\n特此报告。\n');
    await lintFolder(repo.dir, cached);
    const after = stamps();
    expect([...after].filter(([name, time]) => before.get(name) !== time)).toHaveLength(1);

    const shards = readdirSync(folder);
    const damaged = join(folder, shards[0]!);
    writeFileSync(damaged, readFileSync(damaged).subarray(0, 40));
    expect((await lintFolder(repo.dir, cached)).text).toBe(first.text);
    expect(entries(repo.dir).size).toBe(initial.size);
    expect(readdirSync(folder)).toEqual(shards);
  });

  it('what the cross-report rules need is part of the key, and the summaries hold no more', async () => {
    const repo = await plantedRepository();
    await lintFolder(repo.dir, { cache: true });
    const all = entries(repo.dir);
    const proseKept = () => summaries(repo.dir).filter((summary) => summary.prose.hashes.length > 0).length;
    expect(proseKept()).toBe(all.size);
    // Only repo/copied-report reads the sentences: off, no summary keeps them, and no entry is reused.
    writeFileSync(join(repo.dir, 'xxgk.config.json'), JSON.stringify({ rules: { 'repo/copied-report': 'off' } }));
    const withoutCopies = await lintFolder(repo.dir, { cache: true });
    expect(changed(all, entries(repo.dir))).toHaveLength(all.size);
    expect(proseKept()).toBe(0);
    expect(withoutCopies.text).toBe((await lintFolder(repo.dir)).text);
  });

  it('the language is part of the key', async () => {
    const repo = await plantedRepository();
    await lintFolder(repo.dir, { cache: true });
    const zh = entries(repo.dir);
    const english = await lintFolder(repo.dir, { cache: true, lang: 'en' });
    expect(changed(zh, entries(repo.dir))).toHaveLength(zh.size);
    expect(english.text).toBe((await lintFolder(repo.dir, { lang: 'en' })).text);
  });
});

describe('writeAtomically', () => {
  it('writes chunks as they come, and a failure midway leaves the old file whole and no temporary beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-atomic-'));
    const path = join(dir, 'out.json');
    await writeAtomically(path, ['[\n', '  1', '\n]\n']);
    expect(readFileSync(path, 'utf8')).toBe('[\n  1\n]\n');
    function* failing() {
      yield '[\n';
      throw new Error('formatter failed');
    }
    await expect(writeAtomically(path, failing())).rejects.toThrow('formatter failed');
    expect(readFileSync(path, 'utf8')).toBe('[\n  1\n]\n');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });
});

describe('shard files', () => {
  it('give back every entry, each packed summary starting at a multiple of 8 (read in place); refuse a file cut short, skip one of another format', () => {
    const bytes = (...values: number[]) => Uint8Array.from(values);
    const entries = new Map([
      ['/r/a.txt', { key: 'k1', size: 10, mtimeNs: '1', outcome: { result: bytes(1, 2, 3), summary: bytes(4, 5, 6, 7, 8) } }],
      ['/r/b.txt', { key: 'k2', size: 20, mtimeNs: '2', outcome: { result: bytes(9) } }],
      ['/r/c.txt', { key: 'k3', size: 30, mtimeNs: '3', outcome: { result: bytes(10, 11), summary: bytes(12) } }],
    ]);
    const shard = writeShard(entries);
    const read = readShard(shard);
    for (const [path, entry] of read!) expect(isIntact(path, entry)).toBe(true);
    expect(read).toEqual(entries);
    expect([...read!.values()].map((entry) => entry.outcome.summary && entry.outcome.summary.byteOffset % 8)).toEqual([0, undefined, 0]);
    expect(() => readShard(shard.subarray(0, shard.length - 8))).toThrow('cut short');
    // A shard of another format (another version of the tool) is not read, and not an error.
    const older = shard.slice();
    older[4] = 4;
    expect(readShard(older)).toBeUndefined();
  });
});
