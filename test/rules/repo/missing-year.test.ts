import { describe, expect, it } from 'vitest';
import { placesIn } from '../../repo/planted-places.js';
import { plantedRepository } from '../../repo/synthetic-repo.js';
import { findings, lintFolder } from '../../repo/run-lint.js';

describe('repo/missing-year', () => {
  it('reports a body with reports before and after a year but none for it, renamed bodies joined by xxgk.bodies.json', async () => {
    const repo = await plantedRepository();
    const file = repo.files['4-2023']!;
    // The generated report has no title: its year is read from the prose ("2023年，…" most often), has no
    // single place, and the finding stands at the top of the file.
    expect((await placesIn(repo).modelOf(file)).facts.year).toEqual({ value: 2023 });
    expect(findings((await lintFolder(repo.dir)).results, repo.dir, 'repo/missing-year')).toEqual([`${file}:1 repo/missing-year`]);
    const english = (await lintFolder(repo.dir, { lang: 'en' })).results.flatMap((r) => r.messages).find((m) => m.ruleId === 'repo/missing-year')!;
    expect(english.message).toBe('山石县 has reports for 2021 and 2023 but none for 2022');
  });

  it('without the alias file, the renamed body is two bodies and no year is missing', async () => {
    const plain = await plantedRepository({ aliases: false });
    const found = findings((await lintFolder(plain.dir)).results, plain.dir);
    expect(found.filter((f) => f.endsWith('repo/missing-year'))).toEqual([]);
    expect(found).toHaveLength(6);
  });
});
