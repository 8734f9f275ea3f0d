import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readShard } from '../../src/cli/shard-file.js';
import { plantedRepository } from '../repo/synthetic-repo.js';
import { lintFolder } from '../repo/run-lint.js';
import { handOver, UNPRIVILEGED } from '../support/unprivileged.js';
import { runCli } from './run-cli.js';

/** The cache is input like any other: whatever is in it, the answer is the uncached one. */
async function runs(dir: string, options: { cacheLocation?: string } = {}) {
  const warnings: string[] = [];
  const run = await lintFolder(dir, { cache: true, jobs: 1, ...options, warn: (message) => warnings.push(message) });
  return { ...run, warnings };
}

/** Offset in the shard of the first figure of three digits in a message (a two-byte string) of an entry's result. */
function figureIn(shard: Uint8Array): number | undefined {
  for (const { outcome } of readShard(shard)!.values()) {
    const bytes = outcome.result;
    const digit = (at: number) => bytes[at]! >= 0x30 && bytes[at]! <= 0x38 && bytes[at + 1] === 0;
    // Offsets are the shard's own: a small file may be read into Node's shared buffer pool, at any byteOffset.
    for (let at = 0; at + 6 < bytes.length; at++) if (digit(at) && digit(at + 2) && digit(at + 4)) return bytes.byteOffset - shard.byteOffset + at;
  }
  return undefined;
}

describe('a damaged or altered cache', () => {
  it('flipped bits (a length of 0xFFFFFFFF among them): one warning, the uncached answer, rebuilt for the next run', async () => {
    const repo = await plantedRepository();
    const uncached = await lintFolder(repo.dir);
    await runs(repo.dir);
    const folder = join(repo.dir, '.xxgk-cache');
    const shards = readdirSync(folder).map((name) => join(folder, name));
    // The index's own length, then bits flipped all through the other shards.
    const first = readFileSync(shards[0]!);
    first.fill(0xff, 8, 12);
    writeFileSync(shards[0]!, first);
    shards.slice(1).forEach((path, n) => {
      const bytes = readFileSync(path);
      for (let at = 13 + n; at < bytes.length; at += 97) bytes[at]! ^= 1 << (at % 8);
      writeFileSync(path, bytes);
    });
    const damaged = await runs(repo.dir);
    expect(damaged.text).toBe(uncached.text);
    expect(damaged.code).toBe(uncached.code);
    expect(damaged.warnings).toEqual([expect.stringContaining('缓存已损坏或被改动，受影响的部分已丢弃并重新检查')]);
    const next = await runs(repo.dir);
    expect(next.warnings).toEqual([]);
    expect(next.text).toBe(uncached.text);
  });

  it('a figure changed inside an entry (as 248 → 948): the entry is dropped with a warning, the output is the true one', async () => {
    const repo = await plantedRepository();
    const uncached = await lintFolder(repo.dir);
    await runs(repo.dir);
    const folder = join(repo.dir, '.xxgk-cache');
    const path = readdirSync(folder).map((name) => join(folder, name)).find((file) => figureIn(readFileSync(file)) !== undefined)!;
    const bytes = readFileSync(path);
    bytes[figureIn(bytes)!] = 0x39;
    writeFileSync(path, bytes);
    const altered = await runs(repo.dir);
    expect(altered.text).toBe(uncached.text);
    expect(altered.warnings).toHaveLength(1);
  });
});

describe('a cache that cannot be written', () => {
  it('a file where the cache folder should be, or a folder inside a file: one warning, the run goes on uncached', async () => {
    const repo = await plantedRepository();
    const uncached = await lintFolder(repo.dir);
    writeFileSync(join(repo.dir, 'cache-file'), 'not a folder');
    for (const cacheLocation of ['cache-file', 'cache-file/inside']) {
      const run = await runs(repo.dir, { cacheLocation });
      expect(run.text).toBe(uncached.text);
      expect(run.code).toBe(uncached.code);
      expect(run.warnings).toEqual([expect.stringMatching(/: 无法写入缓存（(EEXIST|ENOTDIR)），本次结果未缓存/)]);
    }
  });

  it('a read-only cache folder: one warning, the output as uncached (run by a user whom modes stop)', async () => {
    const repo = await plantedRepository();
    const uncached = await runCli(['.', '-f', 'json'], repo.dir);
    mkdirSync(join(repo.dir, 'locked'));
    handOver(repo.dir);
    chmodSync(join(repo.dir, 'locked'), 0o500);
    const run = await runCli(['.', '-f', 'json', '--cache', '--cache-location', 'locked'], repo.dir, undefined, UNPRIVILEGED);
    expect(run.stdout).toBe(uncached.stdout);
    expect(run.code).toBe(uncached.code);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining('无法写入缓存（EACCES），本次结果未缓存')]);
  });
});
