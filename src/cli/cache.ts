import { randomBytes } from 'node:crypto';
import { sha256Of } from './content-stamp.js';
import { maxBytesOf } from '../engine/lint-file.js';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ResolvedConfig } from '../engine/resolve.js';
import { isIntact, readShard, writeShard, type CacheEntry } from './shard-file.js';
import type { LintTask, PackedOutcome } from './workers.js';


/** Entries are spread over shard files by path, so a run that changes a few files rewrites a few shards. */
const SHARDS = 32;
const shardFile = (shard: number) => `cache-${String(shard).padStart(2, '0')}.bin`;

/** FNV-1a over the path: cheap, and stable across runs and machines. */
function shardOf(filePath: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < filePath.length; i++) hash = Math.imul(hash ^ filePath.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SHARDS;
}

/** Everything besides the content that decides a file's result: the rules with severities and options, the settings. */
export function configFingerprint(config: ResolvedConfig): string {
  return JSON.stringify({ rules: config.rules.map(({ rule, severity, options }) => [rule.meta.id, severity, options]), settings: config.settings });
}

/** Never leaves a half-written file (report or cache entry): write beside it, then rename. */
export async function writeAtomically(path: string, content: string | Uint8Array | Iterable<string>): Promise<void> {
  // A new file of an unguessable name ('wx' fails on anything already there, a planted link too).
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const file = await open(temporary, 'wx');
  try {
    if (content instanceof Uint8Array) await file.write(content);
    else for (const piece of typeof content === 'string' ? [content] : content) await file.write(piece);
    await file.close();
  } catch (error) {
    await file.close().catch(() => {});
    await rm(temporary, { force: true });
    throw error;
  }
  await rename(temporary, path);
}

/**
 * `--cache`: an entry per linted file (its result and summary) in a few shard files, loaded once
 * and written at the end of the run, each atomically and only when it changed. An entry is used
 * while its key — content, resolved config, tool version, language — is unchanged; a file whose
 * size and modification time are those of its entry is taken as unchanged without being read.
 */
export class LintCache {
  private loaded?: Array<Map<string, CacheEntry>>;
  private readonly fingerprints = new WeakMap<ResolvedConfig, string>();
  private readonly dirty = new Set<number>();
  private toldDamaged = false;

  constructor(
    private readonly directory: string,
    /** Tool version, message language and whether summaries are kept: the same for every file of a run. */
    private readonly runKey: string,
    private readonly configFor: (filePath: string) => Promise<ResolvedConfig>,
    /** Told when a cache file cannot be used (it is then rebuilt). */
    private readonly warn: (message: string) => void = () => {},
  ) {}

  /** The cached outcome when the key matches, else `run` (given the bytes already read) and remember it. */
  async lint(filePath: string, run: (task: LintTask) => Promise<PackedOutcome>): Promise<PackedOutcome> {
    const shard = shardOf(filePath);
    const entries = this.shards()[shard]!;
    // Synchronous: ten thousand stats through the thread pool cost more than the stats themselves.
    const stats = statSync(filePath, { bigint: true, throwIfNoEntry: false });
    // Unreadable files are reported by the linter itself, and never cached.
    if (!stats) return run({ filePath });
    const configKey = await this.configKey(filePath);
    const entry = this.intact(shard, filePath, entries.get(filePath));
    const size = Number(stats.size);
    const mtimeNs = String(stats.mtimeNs);
    // The content an entry was made from is its key's last part: stamped for --fix like a fresh lint.
    const stamped = (outcome: PackedOutcome, hash: string) => ({ ...outcome, stamp: { size, mtimeNs, sha256: hash } });
    if (entry && entry.size === size && entry.mtimeNs === mtimeNs && entry.key.startsWith(configKey)) return stamped(entry.outcome, entry.key.slice(entry.key.lastIndexOf(':') + 1));
    // A file past the size limit is left to the linter, which says so without reading it.
    if (size > maxBytesOf(await this.configFor(filePath))) return run({ filePath });
    const bytes = await readFile(filePath).catch(() => undefined);
    if (!bytes) return run({ filePath });
    const hash = sha256Of(bytes);
    const key = `${configKey}:${hash}`;
    this.dirty.add(shard);
    if (entry?.key === key) {
      entries.set(filePath, { ...entry, size, mtimeNs });
      return stamped(entry.outcome, hash);
    }
    const outcome = await run({ filePath, bytes, stamp: { size: bytes.length, mtimeNs, sha256: hash } });
    entries.set(filePath, { key, size, mtimeNs, outcome: { result: outcome.result, ...(outcome.summary && { summary: outcome.summary }) } });
    return outcome;
  }

  /** An entry as written, else none: a damaged or altered one is dropped (said once a run) and rebuilt. */
  private intact(shard: number, filePath: string, entry: CacheEntry | undefined): CacheEntry | undefined {
    if (!entry || isIntact(filePath, entry)) return entry;
    this.shards()[shard]!.delete(filePath);
    this.dirty.add(shard);
    this.damaged(join(this.directory, shardFile(shard)));
    return undefined;
  }

  /** Said once a run, however many entries or shards are damaged. */
  private damaged(path: string): void {
    if (this.toldDamaged) return;
    this.toldDamaged = true;
    this.warn(`${path}: 缓存已损坏或被改动，受影响的部分已丢弃并重新检查 (the cache was damaged or altered; what was affected is dropped and rebuilt)`);
  }

  /**
   * Writes the shards that changed: each whole, beside it, then renamed. A cache that cannot be
   * written (a read-only folder, a file in its place) costs this run its caching, nothing more.
   */
  async save(): Promise<void> {
    if (this.dirty.size === 0) return;
    const shards = this.shards();
    try {
      await mkdir(this.directory, { recursive: true });
      await Promise.all([...this.dirty].map((shard) => writeAtomically(join(this.directory, shardFile(shard)), writeShard(shards[shard]!))));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      this.warn(`${this.directory}: 无法写入缓存（${reason}），本次结果未缓存 (cannot write the cache: ${reason}; this run was not cached)`);
    }
    this.dirty.clear();
  }

  private shards(): Array<Map<string, CacheEntry>> {
    this.loaded ??= Array.from({ length: SHARDS }, (_, shard) => this.loadShard(shard));
    return this.loaded;
  }

  /** Synchronous: a few reads of ~1 MB each, which through the thread pool wait on many more round trips. */
  private loadShard(shard: number): Map<string, CacheEntry> {
    const path = join(this.directory, shardFile(shard));
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch {
      return new Map();
    }
    let entries: Map<string, CacheEntry> | undefined;
    try {
      entries = readShard(bytes);
    } catch {
      // A damaged cache is rebuilt, never trusted, and said so; one of another version only rebuilt.
      this.damaged(path);
    }
    if (entries) return entries;
    this.dirty.add(shard);
    return new Map();
  }

  /** Run key and resolved config, hashed once per config (files of one folder share it). */
  private async configKey(filePath: string): Promise<string> {
    const config = await this.configFor(filePath);
    let key = this.fingerprints.get(config);
    if (!key) this.fingerprints.set(config, (key = sha256Of(`${this.runKey}\n${configFingerprint(config)}`)));
    return key;
  }
}
