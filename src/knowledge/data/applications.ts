import type { GenerationInput } from '../schema.js';

type TableInput = GenerationInput['tables'][number];
type RowInput = { key: string; short?: string; label: string; match: string[] };

/** 表三 收到和处理政府信息公开申请情况: the part both gb2019 and gb2021 share. */
export const applicantColumns = [
  { key: 'natural', en: 'natural persons', label: '自然人', match: ['^自然人'] },
  { key: 'commercial', en: 'commercial enterprises', label: '商业企业' },
  { key: 'research', en: 'research institutions', label: '科研机构' },
  { key: 'nonprofit', en: 'public-interest organisations', label: '社会公益组织' },
  { key: 'legalService', en: 'legal service agencies', label: '法律服务机构' },
  { key: 'otherOrg', en: 'other organisations', label: '其他', match: ['^其他(组织)?$'] },
  { key: 'total', en: 'total', label: '总计', match: ['^合计$'] },
];

const beforeOther: RowInput[] = [
  { key: 'received', short: '本年新收', label: '一、本年新收政府信息公开申请数量', match: ['本年新收'] },
  { key: 'carriedOver', short: '上年结转', label: '二、上年结转政府信息公开申请数量', match: ['上年结转'] },
  { key: 'granted', short: '予以公开', label: '三、本年度办理结果（一）予以公开', match: ['予以公开'] },
  { key: 'partial', short: '部分公开', label: '（二）部分公开', match: ['部分公开'] },
  { key: 'withheld.stateSecret', short: '不予公开·国家秘密', label: '（三）不予公开 1.属于国家秘密', match: ['国家秘密'] },
  { key: 'withheld.lawProhibited', short: '不予公开·法律行政法规禁止', label: '2.其他法律行政法规禁止公开', match: ['禁止公开'] },
  { key: 'withheld.security', short: '不予公开·三安全一稳定', label: '3.危及“三安全一稳定”', match: ['三安全一稳定', '危及'] },
  { key: 'withheld.thirdParty', short: '不予公开·第三方合法权益', label: '4.保护第三方合法权益', match: ['第三方'] },
  { key: 'withheld.internal', short: '不予公开·内部事务', label: '5.属于三类内部事务信息', match: ['内部事务'] },
  { key: 'withheld.process', short: '不予公开·过程性信息', label: '6.属于四类过程性信息', match: ['过程性'] },
  { key: 'withheld.enforcement', short: '不予公开·行政执法案卷', label: '7.属于行政执法案卷', match: ['执法案卷'] },
  { key: 'withheld.query', short: '不予公开·行政查询事项', label: '8.属于行政查询事项', match: ['行政查询'] },
  { key: 'unavailable.notHeld', short: '无法提供·本机关不掌握', label: '（四）无法提供 1.本机关不掌握相关政府信息', match: ['不掌握'] },
  { key: 'unavailable.needsCreation', short: '无法提供·需另行制作', label: '2.没有现成信息需要另行制作', match: ['另行制作', '没有现成'] },
  { key: 'unavailable.unclear', short: '无法提供·补正后仍不明确', label: '3.补正后申请内容仍不明确', match: ['不明确'] },
  { key: 'notProcessed.complaint', short: '不予处理·信访举报投诉', label: '（五）不予处理 1.信访举报投诉类申请', match: ['信访', '举报投诉'] },
  { key: 'notProcessed.repeat', short: '不予处理·重复申请', label: '2.重复申请', match: ['重复申请'] },
  { key: 'notProcessed.publication', short: '不予处理·公开出版物', label: '3.要求提供公开出版物', match: ['出版物'] },
  { key: 'notProcessed.excessive', short: '不予处理·大量反复申请', label: '4.无正当理由大量反复申请', match: ['大量反复'] },
  { key: 'notProcessed.confirm', short: '不予处理·确认或重新出具', label: '5.要求行政机关确认或重新出具已获取信息', match: ['重新出具', '确认'] },
];

const afterOther: RowInput[] = [
  { key: 'processedTotal', short: '办理结果总计', label: '（七）总计', match: ['总计$'] },
  { key: 'carriedForward', short: '结转下年度', label: '四、结转下年度继续办理', match: ['结转下年度'] },
];

const resultRows = (otherKeys: string[]): string[] => [
  ...beforeOther.slice(2).map((row) => row.key),
  ...otherKeys,
];

/** Builds table 三 for a generation from its 其他处理 rows. */
export function applicationsTable(otherRows: RowInput[], evidence: string[]): TableInput {
  const otherKeys = otherRows.map((row) => row.key);
  return {
    layout: 'rows',
    kind: 'applications',
    title: '三、收到和处理政府信息公开申请情况',
    anchor: '本年新收',
    evidence,
    groups: ['本年度办理结果'],
    columns: applicantColumns,
    rows: [...beforeOther, ...otherRows, ...afterOther],
    identities: [
      {
        kind: 'perColumn',
        rule: 'table/balance',
        id: 'balance',
        left: ['received', 'carriedOver'],
        right: ['processedTotal', 'carriedForward'],
      },
      { kind: 'perColumn', rule: 'table/result-sum', id: 'resultSum', left: ['processedTotal'], right: resultRows(otherKeys) },
      {
        kind: 'perRow',
        rule: 'table/row-sum',
        id: 'rowSum',
        total: 'total',
        parts: applicantColumns.slice(0, 6).map((column) => column.key),
      },
    ],
  };
}

/** 表四 政府信息公开行政复议、行政诉讼情况: 15 cells in page order. */
export function reviewLitigationTable(): TableInput {
  const groups = [
    { key: 'review', label: '行政复议' },
    { key: 'suitDirect', label: '行政诉讼／未经复议直接起诉' },
    { key: 'suitAfterReview', label: '行政诉讼／复议后起诉' },
  ];
  const columns = [
    { key: 'upheld', label: '结果维持' },
    { key: 'corrected', label: '结果纠正' },
    { key: 'other', label: '其他结果' },
    { key: 'pending', label: '尚未审结' },
    { key: 'total', label: '总计' },
  ];
  return {
    layout: 'sequence',
    kind: 'reviewLitigation',
    title: '四、政府信息公开行政复议、行政诉讼情况',
    anchor: '^行政复议$',
    headers: ['行政诉讼', '总计'],
    cells: groups.flatMap((group) =>
      columns.map((column) => ({ key: `${group.key}:${column.key}`, label: `${group.label}·${column.label}` })),
    ),
    identities: groups.map((group) => ({
      kind: 'cells' as const,
      rule: 'table/review-sum',
      id: `reviewSum.${group.key}`,
      label: group.label,
      left: columns.slice(0, 4).map((column) => `${group.key}:${column.key}`),
      right: [`${group.key}:total`],
    })),
  };
}
