import type { Rule } from '../src/engine/rule.js';
import { contentRules } from './content/index.js';
import { metaRules } from './meta/index.js';
import { narrativeRules } from './narrative/index.js';
import { structureRules } from './structure/index.js';
import { tableRules } from './table/index.js';

/** Every built-in rule, by family; the id of each equals its module path under rules/. */
export const builtinRules: Rule[] = [...tableRules, ...narrativeRules, ...structureRules, ...metaRules, ...contentRules];

/** Cross-report rules (a different shape: they check many reports' summaries at once). */
export { repoRules } from './repo/index.js';
