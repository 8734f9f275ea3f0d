import iconv from 'iconv-lite';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { sha256Of } from '../../src/cli/content-stamp.js';
import { fixFiles } from '../../src/cli/fix.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySuggestions } from '../../src/engine/fix.js';
import { FIXTURES, fixtureText, lintWith } from '../helpers.js';
import { itNeeding } from '../support/needs.js';
import { handOver, UNPRIVILEGED } from '../support/unprivileged.js';
import { runCli } from './run-cli.js';

const xian = fixtureText(FIXTURES.xianTownship2017);

describe('applySuggestions', () => {
  it('applies every non-overlapping suggestion, last first', async () => {
    const { result } = await lintWith(FIXTURES.xianTownship2017, xian, ['content/wrong-domain-term']);
    const { text, fixed } = applySuggestions(xian, result.diagnostics);
    expect(fixed).toHaveLength(3);
    expect(text).not.toContain('政府统计信息');
    expect(text.split('\n')[38]).toBe('四、依申请公开政府信息和不予公开政府信息的情况');
    expect(text.split('\n').length).toBe(xian.split('\n').length);
  });
});

describe('xxgk-lint --fix', () => {
  it('rewrites a UTF-8 file, keeps what it cannot fix, and reports only what is left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-fix-'));
    const file = join(dir, 'xian.txt');
    writeFileSync(file, '\uFEFF' + xian);
    const run = await runCli([file, '--fix', '--format', 'unix']);
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith('\uFEFF')).toBe(true);
    expect(after.slice(1)).toBe(xian.replaceAll('政府统计信息', '政府信息'));
    expect(run.stdout.trim().split('\n')).toEqual([expect.stringMatching(/xian\.txt:65:1: warning .*\[meta\/future-plan-year\]$/)]);
    expect(run.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['xian.txt']);
  });

  it('leaves a GB18030 file byte for byte, its findings kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-fix-'));
    const file = join(dir, 'xian.txt');
    const bytes = iconv.encode(xian, 'gb18030');
    writeFileSync(file, bytes);
    const run = await runCli([file, '--fix', '--format', 'unix']);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(run.stdout.match(/content\/wrong-domain-term/g)).toHaveLength(3);
  });
});

describe('--fix never loses data', () => {
  const fixedXian = xian.replaceAll('政府统计信息', '政府信息');
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-fix-'));
    const file = join(dir, 'xian.txt');
    writeFileSync(file, xian);
    return { dir, file };
  };

  it('rewrites in place: the mode (0600), the inode and hard links stay; the summary says what was rewritten', async () => {
    const { dir, file } = setup();
    chmodSync(file, 0o600);
    linkSync(file, join(dir, 'second-name.txt'));
    const before = statSync(file);
    const run = await runCli(['xian.txt', '--fix', '-f', 'unix'], dir);
    const after = statSync(file);
    expect(readFileSync(file, 'utf8')).toBe(fixedXian);
    expect(readFileSync(join(dir, 'second-name.txt'), 'utf8')).toBe(fixedXian);
    expect([after.mode & 0o777, after.ino, after.nlink, after.uid]).toEqual([0o600, before.ino, 2, before.uid]);
    expect(run.stderr).toContain('--fix：改写了 1 个文件中的 3 处。');
    expect(readdirSync(dir).sort()).toEqual(['second-name.txt', 'xian.txt']);
  });

  itNeeding(process.getuid?.() === 0, 'only root can give a file to another user')('a file owned by another user stays theirs (as root, who can give a file away)', async () => {
    const { dir, file } = setup();
    chownSync(file, 4321, 4321);
    await runCli(['xian.txt', '--fix'], dir);
    expect(readFileSync(file, 'utf8')).toBe(fixedXian);
    expect([statSync(file).uid, statSync(file).gid]).toEqual([4321, 4321]);
  });

  it('a read-only file is left alone and named with the reason', async () => {
    const { dir, file } = setup();
    chmodSync(file, 0o444);
    const run = await runCli(['xian.txt', '--fix', '-f', 'unix'], dir);
    expect(readFileSync(file, 'utf8')).toBe(xian);
    expect(run.stderr).toContain('--fix：改写了 0 个文件中的 0 处；跳过 1 个文件：\n  xian.txt  文件是只读的');
    expect(run.stdout.match(/content\/wrong-domain-term/g)).toHaveLength(3);
  });

  it('a symbolic link named on the command line stays a link, its target untouched', async () => {
    const { dir, file } = setup();
    symlinkSync(file, join(dir, 'link.txt'));
    const run = await runCli(['link.txt', '--fix'], dir);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(xian);
    expect(run.stderr).toContain('link.txt  经符号链接指向所给文件夹之外，或不是普通文件');
  });

  it('a glob through a symbolically linked folder rewrites nothing outside it', async () => {
    const outside = setup();
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-fix-'));
    mkdirSync(join(dir, 'given'));
    symlinkSync(outside.dir, join(dir, 'given', 'link'));
    const run = await runCli(['given/link/*.txt', '--fix'], dir);
    expect(readFileSync(outside.file, 'utf8')).toBe(xian);
    expect(run.stderr).toContain('跳过 1 个文件');
  });

  it('a file changed after it was linted is skipped, its new content kept', async () => {
    const { file } = setup();
    const { result } = await lintWith(file, xian, ['content/wrong-domain-term']);
    const stamp = { size: Buffer.byteLength(xian), mtimeNs: String(statSync(file, { bigint: true }).mtimeNs), sha256: sha256Of(Buffer.from(xian)) };
    const edited = '新加的一行\n' + xian;
    writeFileSync(file, edited);
    const { results, report } = await fixFiles([{ result, stamp }], [file]);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(report).toEqual({ places: 0, files: 0, skipped: [{ filePath: file, reason: 'changed' }] });
    expect(results[0]).toBe(result);
    // Unchanged, the same stamp lets it through.
    writeFileSync(file, xian);
    const again = await fixFiles([{ result, stamp: { ...stamp, mtimeNs: String(statSync(file, { bigint: true }).mtimeNs) } }], [file]);
    expect(again.report).toEqual({ places: 3, files: 1, skipped: [] });
    expect(readFileSync(file, 'utf8')).toBe(fixedXian);
  });

  it('a read-only folder: the file is skipped with one message, every finding still printed (run by a user whom modes stop)', async () => {
    const { dir, file } = setup();
    handOver(dir);
    chmodSync(dir, 0o500);
    const run = await runCli(['xian.txt', '--fix', '-f', 'unix'], dir, undefined, UNPRIVILEGED);
    chmodSync(dir, 0o700);
    expect(readFileSync(file, 'utf8')).toBe(xian);
    expect(run.stderr).toContain('xian.txt  无法在原处完整改写（如文件夹不可写）（EACCES）');
    expect(run.stdout.match(/content\/wrong-domain-term/g)).toHaveLength(3);
  });
});
