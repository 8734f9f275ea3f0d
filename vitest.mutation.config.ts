import { defineConfig } from 'vitest/config';

/**
 * The tests StrykerJS runs against each mutant of src/parse and the table rules (`npm run mutation`):
 * kept small so a run fits in about half an hour on two shared cores.
 */
export default defineConfig({
  test: {
    // Exact cell values of the five real reports (also as Markdown and HTML tables: positions.test.ts),
    // the legacy lines, converters' tables written with spans as empty cells (issue 13) and the table
    // rules' own cases. Left out for time: the fast-check properties
    // (random inputs also make a mutant's fate vary between runs), the Word round trips of forms.test.ts
    // and the single-number sweep, which re-lint whole reports per mutant.
    include: ['test/model/fixtures.test.ts', 'test/parse/{legacy-lines,converted-tables}.test.ts', 'test/rules/table/*.test.ts', 'test/input/{pipe-table,positions}.test.ts'],
    exclude: ['test/rules/table/single-number-change.test.ts'],
    testTimeout: 60_000,
  },
});
