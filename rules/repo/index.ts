import type { RepoRule } from '../../src/repo/rule.js';
import carryOver from './carry-over.js';
import copiedReport from './copied-report.js';
import inForceContinuity from './in-force-continuity.js';
import missingYear from './missing-year.js';
import yearOnYear from './year-on-year.js';

/** Cross-report rules: they run over the summaries of every report of a run, not over one report. */
export const repoRules: RepoRule[] = [carryOver, inForceContinuity, copiedReport, missingYear, yearOnYear];
