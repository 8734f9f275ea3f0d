/** The six parts of 条例 第五十条, matched by key words since titles vary. */
export const modernSections = [
  { key: 'overview', title: '一、总体情况', match: ['总体情况', '概述', '总体'] },
  { key: 'proactive', title: '二、主动公开政府信息情况', match: ['主动公开'] },
  { key: 'applications', title: '三、收到和处理政府信息公开申请情况', match: ['申请'] },
  { key: 'reviewLitigation', title: '四、政府信息公开行政复议、行政诉讼情况', match: ['行政复议', '行政诉讼'] },
  { key: 'problems', title: '五、存在的主要问题及改进情况', match: ['问题', '改进'] },
  { key: 'other', title: '六、其他需要报告的事项', match: ['其他需要报告', '其他事项'], mayBeEmpty: true },
];
