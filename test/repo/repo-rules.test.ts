import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { placesIn } from './planted-places.js';
import { plantedRepository, type Planted } from './synthetic-repo.js';
import { findings, lintFolder, type JsonResult } from './run-lint.js';

let repo: Planted;
let results: JsonResult[];

beforeAll(async () => {
  repo = await plantedRepository();
  results = (await lintFolder(repo.dir)).results;
});

describe('cross-report rules together on a repository with planted defects', () => {
  it('each rule fires exactly where a defect was planted, and nowhere else', async () => {
    const { files } = repo;
    const { cellLine, proseLine } = placesIn(repo);
    expect(findings(results, repo.dir).sort()).toEqual(
      [
        `${files['1-2023']}:${await cellLine(files['1-2023']!, 'applications', 'carriedOver:natural')} repo/carry-over`,
        `${files['1-2023']}:${await cellLine(files['1-2023']!, 'applications', 'carriedOver:total')} repo/carry-over`,
        `${files['2-2023']}:${await cellLine(files['2-2023']!, 'proactive', 'normativeDocs:inForce')} repo/in-force-continuity`,
        `${files['3-2023']}:${proseLine(files['3-2023']!, 3, 2023)} repo/copied-report`,
        `${files['5-2022']}:${proseLine(files['5-2022']!, 5, 2022)} repo/copied-report`,
        `${files['1-2022']}:${proseLine(files['1-2022']!, 1, 2022)} repo/copied-report`,
        // Its year has no single place (read from the prose, no title): the finding is at the top (test/rules/repo/missing-year.test.ts).
        `${files['4-2023']}:1 repo/missing-year`,
      ].sort(),
    );
  });

  it('are skipped with --cross-report false or crossReport: false in the config', async () => {
    expect(findings((await lintFolder(repo.dir, { crossReport: false })).results, repo.dir)).toEqual([]);
    writeFileSync(join(repo.dir, 'xxgk.config.json'), JSON.stringify({ crossReport: false }));
    try {
      expect(findings((await lintFolder(repo.dir)).results, repo.dir)).toEqual([]);
    } finally {
      writeFileSync(join(repo.dir, 'xxgk.config.json'), '{}');
    }
  });
});
