import { identityRule } from '../lib/identity.js';

/** 表三: （七）总计 equals the sum of the result rows （一）–（六）, every column. */
export default identityRule({
  id: 'table/result-sum',
  family: 'table',
  description: {
    zh: '表三每一列：办理结果总计 = 各项办理结果之和（gb2019 其他处理一行，gb2021 三行）',
    en: 'Table 3, every column: processed total = sum of the result rows',
  },
  recommended: 2,
  generations: ['gb2019', 'gb2021'],
  messages: {
    mismatch: {
      zh: '{scope}列：{left} = {leftSum}，各项办理结果之和 {right} = {rightSum}，相差 {diff}{blankNote}',
      en: 'Column {scope}: {left} = {leftSum}, but the result rows {right} sum to {rightSum}; difference {diff}{blankNote}',
    },
  },
});
