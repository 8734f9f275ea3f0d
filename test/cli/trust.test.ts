import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureText } from '../helpers.js';
import { runCli } from './run-cli.js';
import { tempRepo } from './temp-repo.js';

/**
 * A folder someone sent, as a supervising office receives it: a report, a script, and a config
 * naming the script as a plugin. Linting it must not run the script, however it is named.
 */
function sentFolder(configName: string, config: object, inSubfolder = false): { root: string; given: string; marker: string } {
  const root = tempRepo({});
  const given = join(root, 'given');
  const configFolder = inSubfolder ? join(given, 'sub') : given;
  mkdirSync(configFolder, { recursive: true });
  const marker = join(root, 'evil-ran');
  writeFileSync(join(configFolder, 'evil.mjs'), `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'ran'); export const rules = [];`);
  writeFileSync(join(configFolder, 'report.txt'), fixtureText(FIXTURES.changleTownship2023));
  writeFileSync(join(configFolder, configName), JSON.stringify(configName === 'package.json' ? { name: 'x', xxgk: config } : config));
  return { root, given, marker };
}

const evil = { plugins: ['./evil.mjs'], rules: { 'evil/rule': 'error' } };

describe('plugins are code: none runs from a folder being checked', () => {
  const cases: Array<[string, string, boolean, (given: string) => string[]]> = [
    ['the folder, xxgk.config.json', 'xxgk.config.json', false, () => ['given/']],
    ['only the report in it', 'xxgk.config.json', false, () => ['given/report.txt']],
    ['.xxgkrc.json', '.xxgkrc.json', false, () => ['given/']],
    ['package.json#xxgk', 'package.json', false, () => ['given/']],
    ['a config in a subfolder', 'xxgk.config.json', true, () => ['given/']],
    ['an absolute path', 'xxgk.config.json', false, (given) => [join(given, 'report.txt')]],
  ];
  for (const [name, configName, inSubfolder, args] of cases) {
    it(`${name}: the plugin does not run, one message names the config, the report is still checked`, async () => {
      const { root, given, marker } = sentFolder(configName, evil, inSubfolder);
      const run = await runCli([...args(given), '-f', 'json'], root);
      expect((JSON.parse(run.stdout) as Array<{ filePath: string }>).map((result) => result.filePath)).toEqual([join(inSubfolder ? join(given, 'sub') : given, 'report.txt')]);
      expect(existsSync(marker)).toBe(false);
      const configPath = join(inSubfolder ? join(given, 'sub') : given, configName);
      expect(run.stderr.split('\n').filter((line) => line.includes('插件'))).toEqual([
        `${configPath}：这个配置位于被检查的文件夹中，它指定的插件（plugins）是程序代码，没有运行。确认可信后，用 --allow-plugins 运行，或用 -c 指定这个配置。`,
      ]);
      expect(run.code).toBe(0); // the report itself is clean: the refusal is a warning, the run goes on
    });
  }

  it('runs them with --allow-plugins, with -c naming the config, and from the folder the command runs in', async () => {
    for (const [args, cwdOf] of [
      [['given/', '--allow-plugins'], (root: string) => root],
      [['given/', '-c', 'given/xxgk.config.json'], (root: string) => root],
      [['.'], (root: string) => join(root, 'given')],
    ] as const) {
      const { root, marker } = sentFolder('xxgk.config.json', { plugins: ['./evil.mjs'] });
      const run = await runCli([...args, '-f', 'unix'], cwdOf(root));
      expect(run.stderr).not.toContain('插件');
      expect(existsSync(marker)).toBe(true);
    }
  });
});

describe('nothing to check is an error', () => {
  it('an empty folder, and a folder with no report file, exit 1 with a message', async () => {
    const dir = tempRepo({ 'notes.pdf.bak': 'x' });
    mkdirSync(join(dir, 'empty'));
    for (const folder of ['empty', '.']) {
      const run = await runCli([folder], dir);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('这里没有可检查的报告文件');
      expect(run.stdout).not.toContain('没有发现问题');
    }
    const english = await runCli(['empty', '--lang', 'en', '-f', 'unix'], dir);
    expect(english.stdout).toContain('empty:1:1: error No report files to check here [no-reports]');
  });
});

describe('config errors name the key, the value and the allowed values', () => {
  it('a level typo', async () => {
    const dir = tempRepo({ 'xxgk.config.json': JSON.stringify({ rules: { 'table/balance': 'of' } }), 'r.txt': fixtureText(FIXTURES.changleTownship2023) });
    const run = await runCli(['r.txt'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`rules["table/balance"]: 级别 "of" 无效，可用 off、warn、error (invalid level "of"; allowed: off, warn, error)`);
  });

  it('an unknown setting value', async () => {
    const dir = tempRepo({ 'xxgk.config.json': JSON.stringify({ settings: { bodyType: 'county' } }), 'r.txt': fixtureText(FIXTURES.changleTownship2023) });
    const run = await runCli(['r.txt'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/settings\.bodyType: .*department.*government.*township.*"county"/);
  });
});

describe('unwritable places', () => {
  it('an output file that cannot be written: one message, the output on stdout, exit 2', async () => {
    const dir = tempRepo({ 'r.txt': fixtureText(FIXTURES.changleTownship2023), 'a-file': 'x' });
    const run = await runCli(['r.txt', '-f', 'unix', '-o', 'a-file/out.txt'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`无法写入 ${join(dir, 'a-file/out.txt')}（ENOTDIR），结果改为输出到标准输出`);
    expect(run.stdout).toBe((await runCli(['r.txt', '-f', 'unix'], dir)).stdout);
  });
});
