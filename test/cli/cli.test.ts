import { copyFileSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixturePath, fixtureText, replaceLine } from '../helpers.js';
import { ROOT, runCli } from './run-cli.js';
import { PLUGIN_FINDING, pluginRepo, tempRepo } from './temp-repo.js';


describe('xxgk-lint inspect', () => {
  it('prints the model as JSON', async () => {
    const run = await runCli(['inspect', `fixtures/${FIXTURES.changleTownship2023}`, '--json']);
    expect(run.code).toBe(0);
    const model = JSON.parse(run.stdout);
    expect(model).toMatchObject({ generation: 'gb2021', year: 2023, body: '长乐镇人民政府' });
    expect(model.tables.applications['received:total']).toBe(4);
    expect(model.tables.reviewLitigation['review:pending']).toBe(0);
    expect(model.tables.proactive['penalty:decisions']).toBe(848);
    expect(model.sections.map((s: { marker: string }) => s.marker)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、']);
  });

  it('prints a readable tree and tables', async () => {
    const run = await runCli(['inspect', `fixtures/${FIXTURES.dayaoCounty2021}`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('单位 body: 大姚县人民政府');
    expect(run.stdout).toMatch(/unavailable\.notHeld:natural\s+1\s+L324/);
  });

  it('names the file and the reason for a file it cannot read', async () => {
    const dir = tempRepo({ 'empty.txt': '' });
    const run = await runCli(['inspect', join(dir, 'empty.txt')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('empty.txt: 文件为空');
  });
});

describe('xxgk-lint <files>', () => {
  it('lints the bundled reports and exits 1 on errors', async () => {
    const run = await runCli(['fixtures/', '--format', 'json']);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number }> }>;
    expect(results.map((r) => r.filePath.split('/').pop())).toEqual(Object.values(FIXTURES).sort());
    const forFile = (name: string) => results.find((r) => r.filePath.endsWith(name))!.messages;
    expect(forFile(FIXTURES.changleTownship2023).filter((m) => m.ruleId.startsWith('table/'))).toEqual([]);
    expect(forFile(FIXTURES.dayaoCounty2021).filter((m) => m.ruleId.startsWith('table/'))).toEqual([]);
  });

  it('bad input never stops the run: empty, binary, unsupported and broken files are reported by name', async () => {
    const dir = tempRepo({
      'a-empty.txt': '',
      'b-binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]),
      'c-notes.odt': 'x',
      'd-report.txt': replaceLine(fixtureText(FIXTURES.changleTownship2023), 121, '5'),
      'e-broken.pdf': '%PDF-1.7 x',
      'f-broken.doc': 'x',
    });
    const run = await runCli([dir, join(dir, 'c-notes.odt'), '--format', 'unix']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('a-empty.txt:1:1: error 文件为空');
    expect(run.stdout).toMatch(/b-binary\.txt:1:1: error .*二进制/);
    expect(run.stdout).toMatch(/c-notes\.odt:1:1: error 不支持的文件类型/);
    expect(run.stdout).toContain('d-report.txt:121:1: error 自然人列：本年新收 5');
    expect(run.stdout).toMatch(/e-broken\.pdf:1:1: error 无法读取文件（.+）\s\[unreadable\]/);
    expect(run.stdout).toContain('f-broken.doc:1:1: error 无法读取文件（not an OLE compound file） [unreadable]');

    const english = await runCli([dir, join(dir, 'c-notes.odt'), join(dir, 'gone.txt'), '--format', 'unix', '--lang', 'en']);
    expect(english.stdout).toContain('a-empty.txt:1:1: error The file is empty [empty]');
    expect(english.stdout).toContain('b-binary.txt:1:1: error Not a text file (binary content) [binary]');
    expect(english.stdout).toContain('c-notes.odt:1:1: error Unsupported file type (supported: .txt');
    expect(english.stdout).toContain('gone.txt:1:1: error No such file, or nothing matched [not-found]');
    const inspected = await runCli(['inspect', join(dir, 'a-empty.txt'), '--lang', 'en']);
    expect(inspected.stderr).toContain('a-empty.txt: The file is empty');
  });

  it('exits 0 on a clean file, and --max-warnings turns warnings into exit 1', async () => {
    const dir = tempRepo({ 'r.txt': replaceLine(fixtureText(FIXTURES.changleTownship2023), 137, '—') });
    const onlyBlank = ['--rule', '{"table/blank-cell": "warn"}', '--config', join(dir, 'none.json')];
    writeFileSync(join(dir, 'none.json'), JSON.stringify({ rules: Object.fromEntries((await listRuleIds()).map((id) => [id, 'off'])) }));
    expect((await runCli([join(dir, 'r.txt'), ...onlyBlank])).code).toBe(0);
    const strict = await runCli([join(dir, 'r.txt'), ...onlyBlank, '--max-warnings', '0']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('“上年结转”的“自然人”为空白');
  });

  it('--output writes the whole report to a file', async () => {
    const dir = tempRepo({});
    const run = await runCli([`fixtures/${FIXTURES.amengTownship2017}`, '-f', 'sarif', '-o', join(dir, 'out.sarif')]);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('--lang en gives English messages', async () => {
    const dir = tempRepo({ 'r.txt': replaceLine(fixtureText(FIXTURES.changleTownship2023), 121, '5') });
    const run = await runCli([join(dir, 'r.txt'), '--lang', 'en', '-f', 'unix', '--rule', 'table/row-sum:off']);
    expect(run.stdout).toContain('r.txt:121:1: error Column natural persons: received 5 + carriedOver 0 = 5, but processedTotal 4 + carriedForward 0 = 4; difference 1 [table/balance]');
  });
});

async function listRuleIds(): Promise<string[]> {
  const run = await runCli(['--list-rules']);
  return run.stdout.trim().split('\n').map((line) => line.split(/\s+/)[0]!);
}

describe('configuration', () => {
  it('lists rules with their default severity', async () => {
    const run = await runCli(['--list-rules']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^table\/balance\s+error\s+gb2019,gb2021\s+表三每一列/m);
  });

  it('a bad config stops before linting and names the key', async () => {
    const dir = tempRepo({ 'xxgk.config.json': JSON.stringify({ rules: { 'table/balanse': 'error' } }), 'r.txt': fixtureText(FIXTURES.changleTownship2023) });
    const run = await runCli([join(dir, 'r.txt')], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('xxgk.config.json: rules["table/balanse"]: 未知规则 unknown rule "table/balanse"');
    const bad = tempRepo({ 'xxgk.config.json': JSON.stringify({ rules: { 'table/balance': 'loud' } }), 'r.txt': 'x' });
    const badRun = await runCli([join(bad, 'r.txt')], bad);
    expect(badRun.code).toBe(2);
    expect(badRun.stderr).toMatch(/xxgk\.config\.json: rules\["table\/balance"\]/);
  });

  it('finds the config by walking up, applies overrides by glob, and prints it', async () => {
    const dir = tempRepo({
      'package.json': JSON.stringify({ name: 'reports', xxgk: { rules: { 'table/blank-cell': 'error' }, overrides: [{ files: ['drafts/**'], rules: { 'table/blank-cell': 'off' } }] } }),
    });
    const run = await runCli(['--print-config', join(dir, 'r.txt')], dir);
    expect(JSON.parse(run.stdout).rules['table/blank-cell']).toEqual(['error', {}]);
    const draft = await runCli(['--print-config', join(dir, 'drafts', 'r.txt')], dir);
    expect(JSON.parse(draft.stdout).rules['table/blank-cell']).toBeUndefined();
    expect(JSON.parse(draft.stdout).configFile).toBe(join(dir, 'package.json'));
  });

  it('skips files listed in .xxgkignore', async () => {
    const dir = tempRepo({ '.xxgkignore': 'old/\n', 'r.txt': fixtureText(FIXTURES.changleTownship2023) });
    const oldDir = join(dir, 'old');
    await import('node:fs').then((fs) => fs.mkdirSync(oldDir));
    copyFileSync(fixturePath(FIXTURES.amengTownship2017), join(oldDir, 'a.txt'));
    const run = await runCli(['.', '-f', 'json'], dir);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(1);
  });

  it('loads rules from a local plugin and lets the config turn them on', async () => {
    const dir = pluginRepo();
    const run = await runCli(['r.txt', '-f', 'unix'], dir);
    expect(run.stdout).toContain(PLUGIN_FINDING);
    expect(existsSync(join(ROOT, 'plugin.mjs'))).toBe(false);
  });
});
