import type { GenerationInput } from '../schema.js';
import { applicationsTable, reviewLitigationTable } from './applications.js';
import { modernSections } from './sections.js';

const documentColumns = [
  { key: 'made', label: '本年新制作数量', match: ['^本年新制作'] },
  { key: 'published', label: '本年新公开数量', match: ['^本年新公开'] },
  { key: 'totalPublic', label: '对外公开总数量', match: ['^对外公开总数'] },
];
const itemColumns = [
  { key: 'lastYearItems', label: '上一年项目数量', match: ['^上一?年项目数'] },
  { key: 'change', label: '本年增/减', valueKind: 'signed' as const, match: ['^本年增'] },
  { key: 'decisions', label: '处理决定数量', match: ['^(本年)?处理决定数'] },
];

/** 国办公开办函〔2019〕60号: reports on 2019 and 2020. */
export const gb2019: GenerationInput = {
  id: 'gb2019',
  years: { from: 2019, to: 2020 },
  definedBy: '国办公开办函〔2019〕60号',
  sections: modernSections,
  tables: [
    {
      layout: 'rows',
      kind: 'proactive',
      title: '二、主动公开政府信息情况',
      anchor: '第二十条|^规章$|本年新制作数量',
      evidence: ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '采购项目数量'],
      columns: documentColumns,
      rows: [
        { key: 'rules', label: '规章', match: ['规章$'], columns: documentColumns },
        { key: 'normativeDocs', label: '规范性文件', match: ['规范性文件$'], columns: documentColumns },
        { key: 'licensing', label: '行政许可', match: ['行政许可$'], columns: itemColumns },
        { key: 'otherServices', label: '其他对外管理服务事项', match: ['其他对外管理服务事项$'], columns: itemColumns },
        { key: 'penalty', label: '行政处罚', match: ['行政处罚$'], columns: itemColumns },
        { key: 'coercion', label: '行政强制', match: ['行政强制$'], columns: itemColumns },
        { key: 'fees', label: '行政事业性收费', match: ['行政事业性收费$'], columns: itemColumns.slice(0, 2) },
        {
          key: 'procurement',
          label: '政府集中采购',
          match: ['政府集中采购$'],
          columns: [
            { key: 'projects', label: '采购项目数量', match: ['^采购项目数'] },
            { key: 'amount', label: '采购总金额', valueKind: 'amount', match: ['^采购总金额'] },
          ],
        },
      ],
    },
    applicationsTable([{ key: 'other', short: '其他处理', label: '（六）其他处理', match: ['其他处理$'] }], []),
    reviewLitigationTable(),
  ],
};
