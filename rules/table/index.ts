import balance from './balance.js';
import blankCell from './blank-cell.js';
import countValue from './count-value.js';
import legacySums from './legacy-sums.js';
import missing from './missing.js';
import resultSum from './result-sum.js';
import reviewSum from './review-sum.js';
import rowSum from './row-sum.js';
import unreadable from './unreadable.js';

export const tableRules = [balance, resultSum, rowSum, reviewSum, countValue, blankCell, missing, legacySums, unreadable];
