import { identityRule } from '../lib/identity.js';

/** The relations of the legacy statistical table (政府信息公开情况统计表). */
export default identityRule({
  id: 'table/legacy-sums',
  family: 'table',
  description: {
    zh: '旧版统计表：收到申请数、申请办结数、申请答复数、行政复议/诉讼数量、工作人员数等于其分项之和；各渠道公开数之和不少于主动公开总数',
    en: 'Legacy statistical table: totals equal their items; channel counts add up to at least the proactive total',
  },
  recommended: 2,
  generations: ['legacy'],
  messages: {
    mismatch: {
      zh: '{scope}：{left} = {leftSum}，而 {right} = {rightSum}，相差 {diff}{blankNote}',
      en: '{scope}: {left} = {leftSum}, but {right} = {rightSum}; difference {diff}{blankNote}',
    },
  },
});
