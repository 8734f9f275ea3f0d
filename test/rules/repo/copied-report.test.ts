import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { placesIn } from '../../repo/planted-places.js';
import { plantedRepository, type Planted } from '../../repo/synthetic-repo.js';
import { findings, lintFolder } from '../../repo/run-lint.js';

let repo: Planted;
beforeAll(async () => {
  repo = await plantedRepository();
});

describe('repo/copied-report', () => {
  it('reports prose copied from the same body’s last report and from another body’s report', async () => {
    const { proseLine } = placesIn(repo);
    const { files } = repo;
    const results = (await lintFolder(repo.dir)).results;
    expect(findings(results, repo.dir, 'repo/copied-report').sort()).toEqual(
      [
        `${files['3-2023']}:${proseLine(files['3-2023']!, 3, 2023)} repo/copied-report`,
        `${files['5-2022']}:${proseLine(files['5-2022']!, 5, 2022)} repo/copied-report`,
        `${files['1-2022']}:${proseLine(files['1-2022']!, 1, 2022)} repo/copied-report`,
      ].sort(),
    );
    const copied = results.find((r) => r.filePath.endsWith(files['3-2023']!))!.messages.find((m) => m.ruleId === 'repo/copied-report')!;
    expect(copied.message).toBe('与本机关 2022 年的报告内容雷同：100% 的文字（8 句）相同');
    expect(copied.related).toHaveLength(3);
    expect(copied.related.every((place) => place.filePath === join(repo.dir, files['3-2022']!) && place.line === proseLine(files['3-2022']!, 3, 2022))).toBe(true);
  });

  it('checks only each body’s own years with otherBodies: false, at the configured severity', async () => {
    writeFileSync(join(repo.dir, 'xxgk.config.json'), JSON.stringify({ rules: { 'repo/copied-report': ['error', { otherBodies: false }] } }));
    try {
      const results = (await lintFolder(repo.dir)).results;
      expect(findings(results, repo.dir, 'repo/copied-report')).toEqual([`${repo.files['3-2023']}:${placesIn(repo).proseLine(repo.files['3-2023']!, 3, 2023)} repo/copied-report`]);
      expect(results.flatMap((r) => r.messages).find((m) => m.ruleId === 'repo/copied-report')).toMatchObject({ severity: 2 });
    } finally {
      writeFileSync(join(repo.dir, 'xxgk.config.json'), '{}');
    }
  });
});
