import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableRules } from '../../../rules/table/index.js';
import type { Generation } from '../../../src/model/types.js';
import { lintWith } from '../../helpers.js';
import { LAYOUTS, reportTitle } from '../../support/layouts.js';
import { pageTables, valueKeys } from '../../support/page-tables.js';
import { consistentValues } from '../../support/table-values.js';

const TABLE_RULES = tableRules.map((rule) => rule.meta.id);

/** Issue 13's measure in every layout: a clean report gives no table finding, one changed cell gives one at least, and no table is doubted. */
describe.each(['gb2021', 'gb2019'] as Generation[])('%s table rules in every layout', (generation) => {
  const tables = pageTables(generation);
  const keys = valueKeys(tables);
  const checked = [...keys].filter((key) => !key.includes('rules:') && !/^(normativeDocs|licensing|otherServices|penalty|coercion|fees|procurement):/.test(key));
  it.each(Object.keys(LAYOUTS))('%s', async (layout) => {
    await fc.assert(
      fc.asyncProperty(consistentValues(generation), fc.nat(checked.length - 1), async (values, changed) => {
        const written = (key: string) => String(values.get(key));
        const lint = async (write: (key: string) => string) => {
          const rendered = await LAYOUTS[layout]!(reportTitle(generation), tables, write);
          const { result } = await lintWith(rendered.fileName, rendered.content, TABLE_RULES);
          return result.diagnostics.map((diagnostic) => `${diagnostic.ruleId} ${diagnostic.message}`);
        };
        expect(await lint(written), 'clean report').toEqual([]);
        const key = checked[changed]!;
        const defect = await lint((k) => (k === key ? String(Number(written(k)) + 1) : written(k)));
        expect(defect.length, `${key} changed by one`).toBeGreaterThan(0);
        expect(defect.filter((finding) => finding.startsWith('table/unreadable') || finding.startsWith('table/missing'))).toEqual([]);
      }),
      { numRuns: 3 },
    );
  });
});
