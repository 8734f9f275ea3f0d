import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, realpath, rm } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import type { LintResult } from '../engine/diagnostic.js';
import { applySuggestions } from '../engine/fix.js';
import type { Lang } from '../engine/rule.js';
import { decodeBytes } from '../input/decode.js';
import { formatOf, isTextForm } from '../input/index.js';
import { sha256Of, type ContentStamp } from './content-stamp.js';

const UTF8_BOM = '\uFEFF';

export type SkipReason = 'not-utf8-text' | 'changed' | 'read-only' | 'outside' | 'not-replaceable';

/** What `--fix` did: places rewritten, files rewritten, and each file it left alone with the reason. */
export interface FixReport {
  places: number;
  files: number;
  skipped: Array<{ filePath: string; reason: SkipReason; detail?: string }>;
}

export interface FixTarget {
  result: LintResult;
  /** What the file held when it was linted. */
  stamp?: ContentStamp;
}

/**
 * `--fix`: writes the rules' suggestions into UTF-8 text files (.txt .md .html; never Word or PDF) and drops the
 * findings they settle. A file is rewritten only when it is still what was linted (size,
 * modification time and hash), is writable, and lies inside what the user named (`roots`, real
 * paths: no symbolic link is followed out of them). It is rewritten in place — same inode, so its
 * mode, owner and hard links stay — after a full copy of the old content is written beside it,
 * and that copy is removed only once the new content is complete; a file that cannot be replaced
 * that way is left alone. Word files and other encodings are left alone too.
 */
export async function fixFiles(targets: FixTarget[], roots: string[]): Promise<{ results: LintResult[]; report: FixReport }> {
  const report: FixReport = { places: 0, files: 0, skipped: [] };
  const realRoots = await Promise.all(roots.map(realParent));
  const results: LintResult[] = [];
  // One file after another: a failure on one is told and the others go on.
  for (const { result, stamp } of targets) {
    if (!result.diagnostics.some((d) => d.suggestion)) {
      results.push(result);
      continue;
    }
    const outcome = await fixFile(result, stamp, realRoots);
    if ('reason' in outcome) {
      report.skipped.push({ filePath: result.filePath, ...outcome });
      results.push(result);
    } else if (outcome.fixed > 0) {
      report.places += outcome.fixed;
      report.files++;
      results.push(outcome.result);
    } else results.push(result);
  }
  return { results, report };
}

type Skip = { reason: SkipReason; detail?: string };

async function fixFile(result: LintResult, stamp: ContentStamp | undefined, realRoots: string[]): Promise<Skip | { fixed: number; result: LintResult }> {
  const { filePath } = result;
  if (!isTextForm(formatOf(filePath))) return { reason: 'not-utf8-text' };
  const info = await lstat(filePath).catch(() => undefined);
  const real = await realpath(filePath).catch(() => undefined);
  if (!info?.isFile() || !real || !realRoots.some((root) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep))) return { reason: 'outside' };
  if ((info.mode & 0o222) === 0) return { reason: 'read-only' };
  // O_NOFOLLOW: the path was checked above; a link swapped in since is not followed.
  const file = await open(filePath, constants.O_RDWR | constants.O_NOFOLLOW).catch((error: NodeJS.ErrnoException) => error);
  if (file instanceof Error) return { reason: file.code === 'EACCES' || file.code === 'EPERM' || file.code === 'EROFS' ? 'read-only' : 'not-replaceable', detail: file.code };
  try {
    const now = await file.stat({ bigint: true });
    const bytes = await file.readFile();
    if (!stamp || Number(now.size) !== stamp.size || String(now.mtimeNs) !== stamp.mtimeNs || sha256Of(bytes) !== stamp.sha256) return { reason: 'changed' };
    const decoded = decodeBytes(bytes);
    if (!decoded.ok || decoded.encoding !== 'utf-8') return { reason: 'not-utf8-text' };
    const { text, fixed } = applySuggestions(decoded.text, result.diagnostics);
    if (fixed.length === 0) return { fixed: 0, result };
    const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const written = Buffer.from((hadBom ? UTF8_BOM : '') + text, 'utf8');
    // The old content, whole, beside the file first: a folder that takes no new file refuses the fix.
    const copy = `${filePath}.${randomBytes(6).toString('hex')}.xxgk-backup`;
    const copied = await writeNew(copy, bytes).then(
      () => undefined,
      (error: NodeJS.ErrnoException) => error,
    );
    if (copied) return { reason: 'not-replaceable', detail: copied.code ?? copied.message };
    try {
      await file.write(written, 0, written.length, 0);
      await file.truncate(written.length);
      await file.sync();
    } catch (error) {
      // Put the old content back; the copy stays when even that fails, and the message names it.
      const restored = await file.write(bytes, 0, bytes.length, 0).then(() => file.truncate(bytes.length)).then(() => true, () => false);
      if (restored) await rm(copy, { force: true });
      return { reason: 'not-replaceable', detail: `${(error as NodeJS.ErrnoException).code ?? (error as Error).message}${restored ? '' : `; ${copy}`}` };
    }
    await rm(copy, { force: true });
    return { fixed: fixed.length, result: { ...result, diagnostics: result.diagnostics.filter((d) => !fixed.includes(d)) } };
  } finally {
    await file.close();
  }
}

/** A new file ('wx': nothing already there is followed or replaced), flushed to disk. */
async function writeNew(path: string, bytes: Uint8Array): Promise<void> {
  const file = await open(path, 'wx');
  try {
    await file.write(bytes);
    await file.sync();
  } catch (error) {
    await file.close();
    await rm(path, { force: true });
    throw error;
  }
  await file.close();
}

const REASONS: Record<SkipReason, { zh: string; en: string }> = {
  'not-utf8-text': { zh: '只改写 UTF-8 文本文件', en: 'only UTF-8 text files are rewritten' },
  changed: { zh: '检查之后文件已被改动', en: 'the file changed after it was checked' },
  'read-only': { zh: '文件是只读的', en: 'the file is read-only' },
  outside: { zh: '经符号链接指向所给文件夹之外，或不是普通文件', en: 'a symbolic link out of the given folders, or not a regular file' },
  'not-replaceable': { zh: '无法在原处完整改写（如文件夹不可写）', en: 'cannot be rewritten in place safely (e.g. the folder is not writable)' },
};

/** The summary `--fix` ends with: what it rewrote, then each file it skipped and why. */
export function describeFix(report: FixReport, lang: Lang, shown: (filePath: string) => string): string {
  const lines = [
    lang === 'zh'
      ? `--fix：改写了 ${report.files} 个文件中的 ${report.places} 处${report.skipped.length ? `；跳过 ${report.skipped.length} 个文件：` : '。'}`
      : `--fix: rewrote ${report.places} place${report.places === 1 ? '' : 's'} in ${report.files} file${report.files === 1 ? '' : 's'}${report.skipped.length ? `; skipped ${report.skipped.length} file${report.skipped.length === 1 ? '' : 's'}:` : '.'}`,
  ];
  for (const { filePath, reason, detail } of report.skipped) lines.push(`  ${shown(filePath)}  ${REASONS[reason][lang]}${detail ? `（${detail}）` : ''}`);
  return lines.join('\n');
}

/**
 * A named path's real location, itself left as named: a link named on the command line, or a
 * glob's base that is a link, leads out of what was named, and nothing under it is rewritten.
 */
const realParent = async (path: string) => join(await realpath(dirname(path)).catch(() => dirname(path)), basename(path));
