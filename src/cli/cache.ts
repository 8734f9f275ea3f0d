import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ResolvedConfig } from '../engine/resolve.js';
import type { FileOutcome, LintTask } from './workers.js';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

interface CacheEntry {
  key: string;
  outcome: FileOutcome;
}

/** Everything besides the content that decides a file's result: the rules with severities and options, the settings. */
export function configFingerprint(config: ResolvedConfig): string {
  return JSON.stringify({ rules: config.rules.map(({ rule, severity, options }) => [rule.meta.id, severity, options]), settings: config.settings });
}

/** Never leaves a half-written file (report or cache entry): write beside it, then rename. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

/**
 * `--cache`: one entry per file (named by a hash of its path) holding its result and summary,
 * valid while the key — content, resolved config, tool version, language — is unchanged.
 * A one-file change rewrites one entry; entries are written beside and renamed, never half-written.
 */
export class LintCache {
  private ready?: Promise<unknown>;

  constructor(
    private readonly directory: string,
    /** Tool version, message language and whether summaries are kept: the same for every file of a run. */
    private readonly runKey: string,
    private readonly configFor: (filePath: string) => Promise<ResolvedConfig>,
  ) {}

  /** The cached outcome when the key matches, else `run` (given the bytes already read) and store. */
  async lint(filePath: string, run: (task: LintTask) => Promise<FileOutcome>): Promise<FileOutcome> {
    const bytes = await readFile(filePath).catch(() => undefined);
    // Unreadable files are reported by the linter itself, and never cached.
    if (!bytes) return run({ filePath });
    const key = sha256(`${this.runKey}\n${configFingerprint(await this.configFor(filePath))}\n${sha256(bytes)}`);
    const path = join(this.directory, `${sha256(filePath).slice(0, 32)}.json`);
    const entry = await readFile(path, 'utf8').then((text) => JSON.parse(text) as CacheEntry, () => undefined);
    if (entry?.key === key) return entry.outcome;
    const outcome = await run({ filePath, bytes });
    await this.store(path, { key, outcome: { result: outcome.result, ...(outcome.summary && { summary: outcome.summary }) } });
    return outcome;
  }

  private async store(path: string, entry: CacheEntry): Promise<void> {
    this.ready ??= mkdir(this.directory, { recursive: true });
    await this.ready;
    await writeAtomically(path, JSON.stringify(entry));
  }
}
