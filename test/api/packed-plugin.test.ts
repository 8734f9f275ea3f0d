import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/host/package-root.js';
import { FIXTURES, fixturePath } from '../helpers.js';

// The tool as users get it: packed by `npm pack` (whose prepare script builds it), installed from
// the tarball into a project beside a plugin package that brings its own zod (version 3, so it
// cannot be the tool's copy), and run there by its command and through its library entry.
const root = packageRoot();
const work = mkdtempSync(join(tmpdir(), 'xxgk-packed-'));
const project = join(work, 'project');
const npm = (args: string[], cwd: string) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const PLUGIN = `
import { z } from 'zod';
import { cellValue, defineRepoRule, defineRule } from 'xxgk-lint/rule';

const titleWord = defineRule({
  meta: {
    id: 'demo/title-word',
    family: 'demo',
    description: { zh: '标题含有某个词', en: 'The title holds a word' },
    recommended: 'off',
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: { found: { zh: '标题含有“{word}”', en: 'The title holds "{word}"' } },
  },
  options: z.object({ word: z.string().min(1) }).strict(),
  check({ report, options, emit }) {
    const title = report.facts.title;
    if (title && title.value.includes(options.word)) emit({ messageId: 'found', data: { word: options.word }, position: title.position });
  },
});

const carriedTotal = defineRepoRule({
  meta: {
    id: 'demo/carried-total',
    family: 'demo',
    description: { zh: '列出上年结转合计', en: 'Lists the carried-over totals' },
    recommended: 1,
    generations: ['gb2021'],
    messages: { total: { zh: '上年结转合计 {total}（共 {reports} 份报告）', en: 'Carried over {total} ({reports} reports)' } },
  },
  needs: { cells: { applications: ['carriedOver'] } },
  options: z.object({}).strict(),
  checkRepository({ repository, emit }) {
    for (const report of repository.reports) {
      const total = cellValue(report, 'carriedOver:total');
      if (total !== undefined) emit({ filePath: report.filePath, position: report.anchor, messageId: 'total', data: { total: total ?? '空白', reports: repository.reports.length } });
    }
  },
});

export const rules = [titleWord, carriedTotal];
`;

/** A rule and a library call in TypeScript; the expected errors show the types are the real ones, not \`any\`. */
const TYPED_RULE = `
import { z } from 'zod';
import { cellsByKey, defineRule, tableOf, type Report } from 'xxgk-lint/rule';
import { lintText, type LintResult } from 'xxgk-lint';

export const ceiling = defineRule({
  meta: {
    id: 'province/ceiling',
    family: 'province',
    description: { zh: '上限', en: 'Ceiling' },
    recommended: 'off',
    generations: ['gb2021'],
    messages: { over: { zh: '{n} 超过 {max}', en: '{n} over {max}' } },
  },
  options: z.object({ max: z.number().default(100) }).strict(),
  check({ report, options, emit }) {
    const max: number = options.max;
    // @ts-expect-error the options are typed by the schema
    const wrong: string = options.max;
    const cell = cellsByKey(tableOf(report, 'proactive')!).get('penalty:decisions');
    if (cell?.value != null && cell.value > max) emit({ messageId: 'over', data: { n: cell.value, max, wrong }, position: cell.position });
  },
});

export const titleOf = (report: Report): string | undefined => report.facts.title?.value;
// @ts-expect-error a position has lines, not a string
export const line: string = ({} as Report).position!.start.line;
export const checked: Promise<LintResult> = lintText('', 'report.txt');
`;

function packInto(folder: string, source: string): string {
  const [{ filename }] = JSON.parse(npm(['pack', '--json', '--pack-destination', folder], source)) as Array<{ filename: string }>;
  return join(folder, filename);
}

beforeAll(() => {
  // Packed from a copy, so the build that `npm pack` runs leaves this checkout's dist/ alone.
  const stage = join(work, 'stage');
  mkdirSync(stage);
  for (const entry of ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'README.md', 'bin', 'src', 'rules', 'docs']) cpSync(join(root, entry), join(stage, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(stage, 'node_modules'));
  const tool = packInto(work, stage);

  const plugin = join(work, 'plugin');
  mkdirSync(plugin);
  writeFileSync(join(plugin, 'package.json'), JSON.stringify({ name: 'xxgk-plugin-demo', version: '1.0.0', type: 'module', main: 'index.js', dependencies: { zod: '^3.25.0' } }));
  writeFileSync(join(plugin, 'index.js'), PLUGIN);
  const pluginTarball = packInto(work, plugin);

  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'reports', private: true, type: 'module' }));
  npm(['install', tool, pluginTarball], project);
  writeFileSync(join(project, 'xxgk.config.json'), JSON.stringify({ plugins: ['xxgk-plugin-demo'], rules: { 'demo/title-word': ['error', { word: '长乐' }] } }));
  mkdirSync(join(project, 'reports'));
  cpSync(fixturePath(FIXTURES.changleTownship2023), join(project, 'reports', 'changle-2023.txt'));
  cpSync(fixturePath(FIXTURES.dayaoCounty2021), join(project, 'reports', 'dayao-2021.txt'));
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The plugin's findings of each file: rule, line and message. */
function pluginFindings(results: Array<{ filePath: string; messages?: unknown[]; diagnostics?: unknown[] }>): Record<string, string[]> {
  return Object.fromEntries(
    results.map((result) => [
      result.filePath.split(/[\\/]/).pop(),
      ((result.messages ?? result.diagnostics) as Array<{ ruleId: string; line?: number; position?: { start: { line: number } }; message: string }>)
        .filter((finding) => finding.ruleId.startsWith('demo/'))
        .map((finding) => `${finding.ruleId} ${finding.line ?? finding.position!.start.line} ${finding.message}`),
    ]),
  );
}

describe('the packed tool with a plugin package', () => {
  it('ships its library entries with their type declarations', () => {
    const installed = join(project, 'node_modules', 'xxgk-lint', 'dist', 'src');
    expect(['host/api.d.ts', 'engine/rule-api.d.ts'].filter((file) => !existsSync(join(installed, file)))).toEqual([]);
    // The plugin's zod is its own.
    expect(readdirSync(join(project, 'node_modules', 'xxgk-plugin-demo', 'node_modules'))).toContain('zod');
  });

  it('types a rule written in TypeScript against the installed declarations', () => {
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: [] }, files: ['typed.ts'] }));
    writeFileSync(join(project, 'typed.ts'), TYPED_RULE);
    const { stdout, status } = spawnSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', project], { encoding: 'utf8' });
    expect(stdout).toBe('');
    expect(status).toBe(0);
  });

  it('runs the plugin\'s report rule (options checked by the plugin\'s zod) and its cross-report rule from the command', () => {
    const { stdout, stderr, status } = spawnSync(process.execPath, [join(project, 'node_modules', '.bin', 'xxgk-lint'), 'reports', '-f', 'json'], { cwd: project, encoding: 'utf8' });
    expect(stderr).toBe('');
    // 1: the title finding is an error.
    expect(status).toBe(1);
    expect(pluginFindings(JSON.parse(stdout))).toEqual({
      'changle-2023.txt': ['demo/title-word 3 标题含有“长乐”', 'demo/carried-total 3 上年结转合计 0（共 2 份报告）'],
      'dayao-2021.txt': ['demo/carried-total 1 上年结转合计 0（共 2 份报告）'],
    });
  });

  it('gives the same findings through the library entry, and a text\'s own through lintText', () => {
    writeFileSync(
      join(project, 'check.js'),
      [
        `import { readFileSync } from 'node:fs';`,
        `import { lintFiles, lintText } from 'xxgk-lint';`,
        `const files = await lintFiles(['reports/changle-2023.txt', 'reports/dayao-2021.txt']);`,
        `const text = await lintText(readFileSync('reports/changle-2023.txt', 'utf8'), 'reports/changle-2023.txt');`,
        `console.log(JSON.stringify({ files, text }));`,
      ].join('\n'),
    );
    const { files, text } = JSON.parse(execFileSync(process.execPath, ['check.js'], { cwd: project, encoding: 'utf8' }));
    expect(pluginFindings(files)).toEqual({
      'changle-2023.txt': ['demo/title-word 3 标题含有“长乐”', 'demo/carried-total 3 上年结转合计 0（共 2 份报告）'],
      'dayao-2021.txt': ['demo/carried-total 1 上年结转合计 0（共 2 份报告）'],
    });
    // One text alone: its own rules, no cross-report rule.
    expect(pluginFindings([text])).toEqual({ 'changle-2023.txt': ['demo/title-word 3 标题含有“长乐”'] });
  });

  it('refuses a plugin option its own schema rejects, naming the key path', () => {
    writeFileSync(join(project, 'xxgk.config.json'), JSON.stringify({ plugins: ['xxgk-plugin-demo'], rules: { 'demo/title-word': ['error', { word: '' }] } }));
    const { stderr, status } = spawnSync(process.execPath, [join(project, 'node_modules', '.bin', 'xxgk-lint'), 'reports'], { cwd: project, encoding: 'utf8' });
    expect(status).toBe(2);
    expect(stderr).toContain('rules["demo/title-word"][1].word');
  });
});
