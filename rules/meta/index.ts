import type { Rule } from '../../src/engine/rule.js';
import futurePlanYear from './future-plan-year.js';
import outdatedTemplate from './outdated-template.js';
import publishDeadline from './publish-deadline.js';
import staleYear from './stale-year.js';
import yearMismatch from './year-mismatch.js';

export const metaRules: Rule[] = [yearMismatch, publishDeadline, futurePlanYear, staleYear, outdatedTemplate];
