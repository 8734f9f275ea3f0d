import fc from 'fast-check';
import { cellKey, knowledge, tableDefinition } from '../../src/knowledge/index.js';
import type { Identity, RowsTableDefinition, TableDefinition } from '../../src/knowledge/schema.js';
import type { Generation } from '../../src/model/types.js';

/** Table figures that satisfy every identity (test/rules/table/layouts-lint.test.ts, test/measure/tables-outside.ts). */
export function consistentValues(generation: Generation): fc.Arbitrary<Map<string, number>> {
  return generation === 'legacy' ? legacyValues() : applicationValues(generation);
}

/** Tables 三 and 四: each result row, the balance and the row sums hold; the rest one figure (`other`). */
function applicationValues(generation: Generation) {
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
    for (const definition of definitions(generation)) {
      if (definition.layout !== 'rows' || definition.kind !== 'proactive') continue;
      for (const row of definition.rows) for (const column of row.columns ?? definition.columns) values.set(cellKey(row.key, column.key), other);
    }
    return values;
  });
}

/** The legacy table: each total the sum of its parts (the channels at least the total). */
function legacyValues() {
  const definition = tableDefinition('legacy', 'legacyStats', knowledge) as RowsTableDefinition;
  return fc.array(fc.nat(60), { minLength: definition.rows.length, maxLength: definition.rows.length }).map((figures) => {
    const values = new Map(definition.rows.map((row, i) => [row.key, figures[i]!]));
    const sum = (keys: string[]) => keys.reduce((total, key) => total + values.get(key)!, 0);
    // Totals made from parts that may themselves be totals: a few passes settle every sum.
    for (let pass = 0; pass < 3; pass++) {
      for (const identity of definition.identities) {
        if (identity.kind !== 'cells') continue;
        if (identity.relation === 'equal') values.set(identity.left[0]!, sum(identity.right));
        else values.set(identity.right[0]!, Math.min(values.get(identity.right[0]!)!, sum(identity.left)));
      }
    }
    return values;
  });
}

const definitions = (generation: Generation): TableDefinition[] => knowledge.generations[generation].tables;

/** Keys of the cells some identity of the generation's tables adds up. */
export function identityKeys(generation: Generation): string[] {
  const keys = new Set<string>();
  for (const definition of definitions(generation)) {
    const columns = definition.layout === 'rows' ? definition.columns.map((column) => column.key) : [];
    const rows = definition.layout === 'rows' ? definition.rows.map((row) => row.key) : [];
    for (const identity of definition.identities as Identity[]) {
      if (identity.kind === 'cells') for (const key of [...identity.left, ...identity.right]) keys.add(key);
      else if (identity.kind === 'perColumn') for (const row of [...identity.left, ...identity.right]) for (const column of columns) keys.add(`${row}:${column}`);
      else for (const row of rows) for (const column of [identity.total, ...identity.parts]) keys.add(`${row}:${column}`);
    }
  }
  return [...keys];
}
