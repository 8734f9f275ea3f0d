import { identityRule } from '../lib/identity.js';

/** 表四: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计, for 行政复议 and both kinds of 行政诉讼. */
export default identityRule({
  id: 'table/review-sum',
  family: 'table',
  description: {
    zh: '表四：行政复议、行政诉讼各组的结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计',
    en: 'Table 4: upheld + corrected + other + pending = total, for each group',
  },
  recommended: 2,
  generations: ['gb2019', 'gb2021'],
  messages: {
    mismatch: {
      zh: '{scope}：{left} = {leftSum}，总计为 {rightSum}，相差 {diff}{blankNote}',
      en: '{scope}: {left} = {leftSum}, but the total is {rightSum}; difference {diff}{blankNote}',
    },
  },
});
