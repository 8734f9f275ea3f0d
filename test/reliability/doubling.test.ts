import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { stylish } from '../../src/output/stylish.js';
import { lintWith } from '../helpers.js';

/**
 * Adversarial inputs at n and 4n (two doublings). Linear work grows 4×, a quadratic path 16×; the
 * limit, 8× (≈ 2.8× a doubling), sits between them with room for what a shared machine adds to
 * runs of a few hundred milliseconds (measured: 2.4–4.9× for these inputs, a quadratic one 16–20×).
 * Measured as a ratio within one run of this process's CPU time (not wall time: on a shared
 * machine that counts the waits for a core), the best of five tries each, every try from a
 * collected heap, the two sizes taking turns, so the machine's own speed cancels out.
 */
const MAX_GROWTH = 8;
const TITLE = '某县2023年政府信息公开工作年度报告\n';
const everyRule = builtinRules.map((rule) => rule.meta.id);

const inputs: Record<string, { file: string; make: (n: number) => string; n: number }> = {
  'a long unpunctuated line followed by lines it wraps into': { file: 'r.txt', n: 20000, make: (n) => TITLE + '这是一行没有标点的很长的文字'.repeat(5) + '\n' + Array.from({ length: n }, (_, i) => `接续的文字第${i}段`).join('\n') },
  '共计100件，其中 repeated on one line': { file: 'r.txt', n: 3000, make: (n) => TITLE + '一、总体情况\n' + '共计100件，其中'.repeat(n) + '。\n' },
  '2023年12件第3条 repeated on one line': { file: 'r.txt', n: 3000, make: (n) => TITLE + '一、总体情况\n' + '2023年12件第3条'.repeat(n) + '\n' },
  'one long line of ordinary sentences with figures': { file: 'r.txt', n: 8000, make: (n) => TITLE + '一、总体情况\n' + Array.from({ length: n }, (_, i) => `本机关第${i}季度主动公开文件${i % 90}件，较上年增加3件；收到申请${i % 7}件。`).join('') + '\n' },
  'thousands of 一、标题 lines': { file: 'r.txt', n: 3000, make: (n) => TITLE + '一、标题\n'.repeat(n) },
  'many tables': { file: 'r.md', n: 300, make: (n) => '# ' + TITLE + '\n' + '| 项目 | 本年新制作数量 | 本年废止数量 |\n|---|---|---|\n| 规章 | 1 | 2 |\n\n'.repeat(n) },
  'many headings at several levels': { file: 'r.txt', n: 1000, make: (n) => TITLE + Array.from({ length: n }, (_, i) => `${'一二三四五六七八九'[i % 9]}、标题\n（一）小标题\n1. 条目，共${i}件。\n`).join('') },
  // Nesting itself stops at MAX_NESTING; below it, many deeply nested parts cost each the same.
  'deep HTML nesting, many times': { file: 'r.html', n: 60, make: (n) => `<h1>${TITLE}</h1>` + `${'<div>'.repeat(200)}段落，共5件${'</div>'.repeat(200)}`.repeat(n) },
  // Quote and list markers stop at MAX_MARKDOWN_CONTAINERS (the Markdown parser's own cost grows with their square).
  'nested Markdown quotes, many times': { file: 'r.md', n: 40, make: (n) => '# ' + TITLE + '\n' + `${'>'.repeat(10)} 引用的文字，共5件。\n\n${'段落的文字，共3件。'.repeat(20)}\n\n`.repeat(n) },
};

// Each try starts from a collected heap, so one size does not pay for the garbage of the other.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** CPU time of one whole lint and print of `text`, from a collected heap. */
async function timeOnce(file: string, text: string): Promise<number> {
  collectGarbage();
  const started = cpuMs();
  const { result } = await lintWith(file, text, everyRule);
  stylish([result], { lang: 'zh', cwd: '/', color: false, rules: [], sources: new Map([[result.filePath, text]]), toolVersion: '0', docsBaseUrl: '' });
  return cpuMs() - started;
}

/**
 * The best of five tries at each size, the sizes taking turns: a burst of load from the rest of the
 * machine then falls on both sizes alike instead of on all the tries of one.
 */
async function bestTimes(file: string, small: string, large: string): Promise<[number, number]> {
  const best: [number, number] = [Infinity, Infinity];
  for (let attempt = 0; attempt < 5; attempt++) {
    best[0] = Math.min(best[0], await timeOnce(file, small));
    best[1] = Math.min(best[1], await timeOnce(file, large));
  }
  return best;
}

describe('work grows linearly with the input', () => {
  for (const [name, { file, make, n }] of Object.entries(inputs)) {
    it(name, async () => {
      await timeOnce(file, make(n)); // warm the code paths up
      const [small, large] = await bestTimes(file, make(n), make(4 * n));
      expect(large / small).toBeLessThan(MAX_GROWTH);
    }, 120_000);
  }

  it('stylish prints 200,000 findings of one file (no spread of every row into Math.max)', () => {
    const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
    const diagnostics = Array.from({ length: 200_000 }, () => ({ ruleId: 'table/balance', messageId: 'x', severity: 2 as const, message: '错', position, related: [], docsUrl: '' }));
    const text = stylish([{ filePath: '/r.txt', diagnostics }], { lang: 'zh', cwd: '/', color: false, rules: [], toolVersion: '0', docsBaseUrl: '' });
    expect(text).toContain('200000 个错误');
  });
});
