import { identityRule } from '../lib/identity.js';

/** 表三 勾稽关系: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度, every column. */
export default identityRule({
  id: 'table/balance',
  family: 'table',
  description: {
    zh: '表三每一列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度（勾稽关系）',
    en: 'Table 3, every column: received + carried over = processed total + carried forward',
  },
  recommended: 2,
  generations: ['gb2019', 'gb2021'],
  messages: {
    unbalanced: {
      zh: '{scope}列：{left} = {leftSum}，{right} = {rightSum}，相差 {diff}{blankNote}',
      en: 'Column {scope}: {left} = {leftSum}, but {right} = {rightSum}; difference {diff}{blankNote}',
    },
  },
});
