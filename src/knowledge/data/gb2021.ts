import type { GenerationInput } from '../schema.js';
import { applicationsTable, reviewLitigationTable } from './applications.js';
import { modernSections } from './sections.js';

const documentColumns = [
  { key: 'issued', label: '本年制发件数', match: ['^本年制发'] },
  { key: 'repealed', label: '本年废止件数', match: ['^本年废止'] },
  { key: 'inForce', label: '现行有效件数', match: ['^现行有效'] },
];
// Some pages write the header twice in one cell ("本年处理决定数量处理决定数量").
const decisions = [{ key: 'decisions', label: '本年处理决定数量', match: ['^(本年)?处理决定数量'] }];

/** 国办公开办函〔2021〕30号: the current format, for reports on 2021 onward. */
export const gb2021: GenerationInput = {
  id: 'gb2021',
  years: { from: 2021 },
  definedBy: '国办公开办函〔2021〕30号',
  sections: modernSections,
  tables: [
    {
      layout: 'rows',
      kind: 'proactive',
      title: '二、主动公开政府信息情况',
      anchor: '第二十条|^规章$|本年制发件数',
      evidence: ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额'],
      columns: documentColumns,
      rows: [
        { key: 'rules', label: '规章', match: ['规章$'], columns: documentColumns },
        { key: 'normativeDocs', label: '行政规范性文件', match: ['规范性文件$'], columns: documentColumns },
        { key: 'licensing', label: '行政许可', match: ['行政许可$'], columns: decisions },
        { key: 'penalty', label: '行政处罚', match: ['行政处罚$'], columns: decisions },
        { key: 'coercion', label: '行政强制', match: ['行政强制$'], columns: decisions },
        {
          key: 'fees',
          label: '行政事业性收费',
          match: ['行政事业性收费$'],
          columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', valueKind: 'amount', match: ['^(本年)?收费金额'] }],
        },
      ],
    },
    applicationsTable(
      [
        { key: 'other.noCorrection', short: '其他处理·逾期不补正', label: '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', match: ['逾期不补正', '不补正'] },
        { key: 'other.unpaidFee', short: '其他处理·逾期未缴费', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', match: ['缴纳费用', '收费通知'] },
        { key: 'other.other', short: '其他处理·其他', label: '3.其他', match: ['^其他$', '[.、)]其他$'] },
      ],
      ['逾期不补正', '缴纳费用'],
    ),
    reviewLitigationTable(),
  ],
};
