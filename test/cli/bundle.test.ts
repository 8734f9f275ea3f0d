import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli } from '../../src/cli/bundle.js';
import { packageRoot } from '../../src/host/package-root.js';
import { plantedRepository } from '../repo/synthetic-repo.js';
import { lintFolder } from '../repo/run-lint.js';
import { PLUGIN_FINDING, pluginRepo } from './temp-repo.js';

// The command users run is the bundle (bin/xxgk-lint.js → dist/bundle): made here from the
// current sources, beside the real one (two folders below the package, as dist/bundle is).
const root = packageRoot();
let outdir: string;
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [join(outdir, 'bin.js'), ...args], { cwd, encoding: 'utf8' });

beforeAll(async () => {
  mkdirSync(join(root, 'dist'), { recursive: true });
  outdir = mkdtempSync(join(root, 'dist', 'bundle-test-'));
  await bundleCli(outdir);
}, 60_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('the bundled command', () => {
  it('knows its version from package.json', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version'], root).stdout.trim()).toBe(version);
  });

  it('lints a repository with worker threads and the cross-report rules exactly as the sources do', async () => {
    const repo = await plantedRepository();
    const expected = await lintFolder(repo.dir);
    const bundled = run(['.', '-f', 'json', '-j', '2'], repo.dir);
    expect(bundled.stderr).toBe('');
    expect(bundled.status).toBe(expected.code);
    expect(bundled.stdout).toBe(expected.text);
    expect(expected.results.flatMap((result) => result.messages.map((m) => m.ruleId))).toContain('repo/carry-over');
  }, 60_000);

  it('loads a plugin whose options are a schema of the package\'s own zod (the bundle carries a copy of its own)', () => {
    const bundled = run(['r.txt', '-f', 'unix'], pluginRepo());
    expect(bundled.stderr).toBe('');
    expect(bundled.stdout).toContain(PLUGIN_FINDING);
  });
});
