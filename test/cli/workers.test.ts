import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRules } from '../../rules/index.js';
import { lintInLanes, type HeldOutcomes, type PoolSetup } from '../../src/cli/workers.js';
import { neededByAll } from '../../src/repo/summary.js';
import { plantedRepository } from '../repo/synthetic-repo.js';
import { lintFolder } from '../repo/run-lint.js';

describe('worker threads', () => {
  it('give the same results, summaries and sources as linting in-process', async () => {
    const repo = await plantedRepository();
    const files = Object.values(repo.files).map((file) => join(repo.dir, file)).sort();
    const setup: PoolSetup = { linter: { lang: 'zh' }, summaries: neededByAll(repoRules.map((rule) => rule.needs)), sources: true };
    const unpack = (held: HeldOutcomes) => ({ outcomes: Array.from({ length: held.length }, (_, index) => held.result(index)), summaries: held.summaries() });
    const threaded = unpack(await lintInLanes(files, { setup, jobs: 2 }));
    const inProcess = unpack(await lintInLanes(files, { setup, jobs: 1 }));
    expect(threaded.outcomes.map((outcome) => outcome.result.filePath)).toEqual(files);
    expect(threaded.summaries.map((summary) => summary.filePath)).toEqual(files);
    expect(threaded).toEqual(inProcess);
    // Sources only come back for files with findings (stylish excerpts).
    expect(threaded.outcomes.every((outcome) => (outcome.source !== undefined) === outcome.result.diagnostics.length > 0)).toBe(true);
  });

  it('the whole command prints the same with --jobs 2 as with --jobs 1, in every format', async () => {
    const repo = await plantedRepository();
    for (const format of ['json', 'stylish']) {
      const one = await lintFolder(repo.dir, { jobs: 1, format });
      const two = await lintFolder(repo.dir, { jobs: 2, format });
      expect(two.text).toBe(one.text);
      expect(two.code).toBe(one.code);
    }
  });
});
