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

describe('repo/in-force-continuity', () => {
  it('reports the 现行有效件数 that last year’s count + 本年制发 − 本年废止 does not give', async () => {
    const file = repo.files['2-2023']!;
    const results = (await lintFolder(repo.dir)).results;
    expect(findings(results, repo.dir, 'repo/in-force-continuity')).toEqual([`${file}:${await placesIn(repo).cellLine(file, 'proactive', 'normativeDocs:inForce')} repo/in-force-continuity`]);
    const finding = results.flatMap((r) => r.messages).find((m) => m.ruleId === 'repo/in-force-continuity')!;
    // The planted defect: 2023's 现行有效 is 2 more than 2022's + 本年制发 − 本年废止.
    const { cellValue } = placesIn(repo);
    const [inForce, lastYear, issued, repealed] = await Promise.all(
      [[file, 'inForce'], [repo.files['2-2022']!, 'inForce'], [file, 'issued'], [file, 'repealed']].map(([report, column]) => cellValue(report!, 'proactive', `normativeDocs:${column}`)),
    );
    expect(inForce).toBe(lastYear! + issued! - repealed! + 2);
    expect(finding.message).toBe(`行政规范性文件现行有效件数 ${inForce}，但按 2022 年的 ${lastYear} + 本年制发 ${issued} − 本年废止 ${repealed} 应为 ${inForce! - 2}`);
    expect(finding.related).toHaveLength(3);
  });

  it('accepts a gap within the tolerance option', async () => {
    writeFileSync(join(repo.dir, 'xxgk.config.json'), JSON.stringify({ rules: { 'repo/in-force-continuity': ['warn', { tolerance: 2 }] } }));
    try {
      expect(findings((await lintFolder(repo.dir)).results, repo.dir, 'repo/in-force-continuity')).toEqual([]);
    } finally {
      writeFileSync(join(repo.dir, 'xxgk.config.json'), '{}');
    }
  });
});
