import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableRules } from '../../../rules/table/index.js';
import { knowledge, tableDefinition } from '../../../src/knowledge/index.js';
import type { RowsTableDefinition } from '../../../src/knowledge/schema.js';
import type { Generation } from '../../../src/model/types.js';
import { lintWith } from '../../helpers.js';
import { LAYOUTS, reportTitle } from '../../support/layouts.js';
import { pageTables, valueKeys } from '../../support/page-tables.js';

const TABLE_RULES = tableRules.map((rule) => rule.meta.id);

/** Figures for tables 三 and 四 that satisfy every identity: each result row, the balance, the row sums. */
function consistentValues(generation: Generation) {
  const applications = tableDefinition(generation, 'applications', knowledge) as RowsTableDefinition;
  const results = applications.rows.slice(2, -2).map((row) => row.key);
  const perColumn = fc.record({ received: fc.nat(40), carriedOver: fc.nat(5), results: fc.array(fc.nat(3), { minLength: results.length, maxLength: results.length }) });
  return fc.tuple(fc.array(perColumn, { minLength: 6, maxLength: 6 }), fc.array(fc.array(fc.nat(4), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }), fc.nat(50)).map(([columns, review, other]) => {
    const values = new Map<string, number>();
    const columnKeys = applications.columns.map((column) => column.key);
    columns.forEach((column, c) => {
      const processed = column.results.reduce((a, b) => a + b, 0);
      const received = Math.max(column.received, processed);
      const cells: Record<string, number> = { received, carriedOver: column.carriedOver, processedTotal: processed, carriedForward: received + column.carriedOver - processed };
      results.forEach((key, i) => (cells[key] = column.results[i]!));
      for (const [key, value] of Object.entries(cells)) values.set(`${key}:${columnKeys[c]}`, value);
    });
    for (const row of applications.rows) values.set(`${row.key}:total`, columnKeys.slice(0, 6).reduce((sum, column) => sum + values.get(`${row.key}:${column}`)!, 0));
    ['review', 'suitDirect', 'suitAfterReview'].forEach((group, g) => {
      ['upheld', 'corrected', 'other', 'pending'].forEach((column, i) => values.set(`${group}:${column}`, review[g]![i]!));
      values.set(`${group}:total`, review[g]!.reduce((a, b) => a + b, 0));
    });
    return { values, other };
  });
}

/** Issue 13's measure in every layout: a clean report gives no table finding, one changed cell gives one at least, and no table is doubted. */
describe.each(['gb2021', 'gb2019'] as Generation[])('%s table rules in every layout', (generation) => {
  const tables = pageTables(generation);
  const keys = valueKeys(tables);
  const checked = [...keys].filter((key) => !key.includes('rules:') && !/^(normativeDocs|licensing|otherServices|penalty|coercion|fees|procurement):/.test(key));
  it.each(Object.keys(LAYOUTS))('%s', async (layout) => {
    await fc.assert(
      fc.asyncProperty(consistentValues(generation), fc.nat(checked.length - 1), async ({ values, other }, changed) => {
        const written = (key: string) => String(values.get(key) ?? other);
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
