import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** Read from package.json so the cache key and SARIF agree with what npm installed. */
export const VERSION: string = (() => {
  for (const candidate of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = require(candidate) as { name?: string; version?: string };
      if (pkg.name === 'xxgk-lint' && pkg.version) return pkg.version;
    } catch {
      // try the next layout (src/ under tsx, dist/src/ when built)
    }
  }
  return '0.0.0';
})();
