import { identityRule } from '../lib/identity.js';

/** 表三: the 总计 column equals the six applicant columns, every row. */
export default identityRule({
  id: 'table/row-sum',
  family: 'table',
  description: {
    zh: '表三每一行：总计 = 自然人 + 法人或其他组织五列之和',
    en: 'Table 3, every row: total = the six applicant columns',
  },
  recommended: 2,
  generations: ['gb2019', 'gb2021'],
  messages: {
    mismatch: {
      zh: '“{scope}”一行：{left}，而 {right} = {rightSum}，相差 {diff}{blankNote}',
      en: 'Row {scope}: {left}, but {right} = {rightSum}; difference {diff}{blankNote}',
    },
  },
});
