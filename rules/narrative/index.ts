import type { Rule } from '../../src/engine/rule.js';
import categoryMismatch from './category-mismatch.js';
import noneClaim from './none-claim.js';
import percentage from './percentage.js';
import sum from './sum.js';
import tableMismatch from './table-mismatch.js';

export const narrativeRules: Rule[] = [tableMismatch, categoryMismatch, noneClaim, percentage, sum];
