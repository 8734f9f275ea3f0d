import { findPackage } from './package-root.js';

/** Read from package.json so the cache key and SARIF agree with what npm installed. */
export const VERSION: string = findPackage().version;
