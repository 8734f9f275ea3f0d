// @ts-check
/**
 * Mutation testing of the table reader (src/parse) and the table rules (`npm run mutation`):
 * each mutant runs only the vitest tests that cover it (vitest.mutation.config.ts), one at a time,
 * so a run fits on two shared cores. The score and the surviving mutants are in docs/evaluation.md.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  // The table reader (cells as written → values under their keys) and the identity checks of the table rules.
  mutate: ['src/parse/{tables,cells,rows-table}.ts', 'rules/table/*.ts', '!rules/table/index.ts', 'rules/lib/{identity,columns}.ts'],
  coverageAnalysis: 'perTest',
  // Mutants in module-level constants (rule metadata, messages) would each re-run every test.
  ignoreStatic: true,
  concurrency: 1,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress-append-only', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', 'reports', 'coverage', '.xxgk-cache'],
  // Stryker rewrites the tsconfig with the TypeScript JS API, which TypeScript 7 (native) no longer has;
  // vitest compiles with esbuild and never reads the tsconfig, so point Stryker at none.
  tsconfigFile: 'no-tsconfig-for-stryker.json',
};
