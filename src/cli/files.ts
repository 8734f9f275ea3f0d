import { readdirSync, type Dirent } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { formatOf } from '../input/index.js';

export const IGNORE_FILE = '.xxgkignore';
const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.xxgk-cache']);

export interface FileList {
  files: string[];
  /** Arguments that matched nothing: reported as failures, the run goes on. */
  missing: string[];
  /** Folders holding no report to check: reported too, so a run pointed at the wrong folder fails. */
  empty: string[];
  /** What each argument named, as an absolute path (a glob: its base folder): `--fix` writes nothing outside these. */
  roots: string[];
}

const toPosix = (path: string) => path.split(sep).join('/');

/** Ignore globs from `.xxgkignore` in the working folder (one per line, # comments). */
export async function readIgnoreFile(cwd: string): Promise<string[]> {
  const text = await readFile(join(cwd, IGNORE_FILE), 'utf8').catch(() => '');
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
}

/**
 * Files, folders and globs → the supported files under them, sorted so output is stable.
 * A file named explicitly is kept even with an unsupported extension (it is then reported as such).
 */
export async function expandPatterns(patterns: string[], cwd: string, ignore: string[]): Promise<FileList> {
  // `old/` in an ignore file means the folder and everything in it, as in .gitignore.
  const globs = ignore.map((glob) => glob.replace(/\/+$/, '')).flatMap((glob) => [glob, `${glob}/**`]);
  const ignored = globs.length > 0 ? picomatch(globs, { dot: true }) : undefined;
  // Without ignore globs no path is made relative and matched: a walk over 10,000s of files spares it.
  const isIgnored = ignored ? (path: string) => ignored(toPosix(relative(cwd, path))) : () => false;
  const files = new Set<string>();
  const missing: string[] = [];
  const empty: string[] = [];
  const roots: string[] = [];
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    const scanned = picomatch.scan(pattern);
    roots.push(scanned.isGlob ? resolve(cwd, scanned.base || '.') : absolute);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) {
      files.add(absolute);
    } else if (info?.isDirectory()) {
      const found = walk(absolute, isIgnored);
      if (found.length === 0) empty.push(pattern);
      for (const file of found) files.add(file);
    } else if (scanned.isGlob) {
      const { base } = scanned;
      const matcher = picomatch(toPosix(pattern), { dot: false });
      const matched = walk(resolve(cwd, base || '.'), isIgnored).filter((file) => matcher(toPosix(relative(cwd, file))));
      if (matched.length === 0) missing.push(pattern);
      for (const file of matched) files.add(file);
    } else {
      missing.push(pattern);
    }
  }
  return { files: [...files].sort(), missing, empty, roots };
}

/** Synchronous: a walk over thousands of folders is mostly waiting for the thread pool otherwise. */
function walk(directory: string, isIgnored: (path: string) => boolean, out: string[] = []): string[] {
  for (const entry of readFolder(directory).sort((a, b) => a.name.localeCompare(b.name))) {
    // The folder is already a resolved path and a name has no separator: no join (and its normalising) needed.
    const path = directory.endsWith(sep) ? directory + entry.name : directory + sep + entry.name;
    if (ALWAYS_SKIPPED.has(entry.name) || isIgnored(path)) continue;
    if (entry.isDirectory()) walk(path, isIgnored, out);
    else if (entry.isFile() && formatOf(entry.name)) out.push(path);
  }
  return out;
}

/** A folder's entries; one that cannot be read has none (its files are simply not linted). */
function readFolder(directory: string): Dirent[] {
  try {
    return readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
}
