import type { Rule } from '../../src/engine/rule.js';

export const metaRules: Rule[] = [];
