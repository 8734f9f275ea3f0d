import iconv from 'iconv-lite';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySuggestions } from '../../src/engine/fix.js';
import { FIXTURES, fixtureText, lintWith } from '../helpers.js';
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
