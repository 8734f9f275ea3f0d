import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { parseCellNumber } from '../../src/engine/rule-api.js';
import { tablesOf } from '../../src/model/query.js';
import { columnsByKey } from '../lib/columns.js';

/** Counts are non-negative whole numbers; 本年增/减 may be negative; amounts may have decimals. */
export default defineRule({
  meta: {
    id: 'table/count-value',
    family: 'table',
    description: {
      zh: '表格数值：件数为非负整数，本年增/减可为负数，收费金额可有小数；不能是文字',
      en: 'Table values: counts are non-negative whole numbers; change may be negative; amounts may have decimals',
    },
    recommended: 2,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      notNumber: { zh: '“{label}”的“{column}”应为数字，实为“{raw}”', en: '"{label}" / "{column}" should be a number, found "{raw}"' },
      negative: { zh: '“{label}”的“{column}”为负数 {value}，件数不能为负', en: '"{label}" / "{column}" is negative ({value}); counts cannot be negative' },
      fraction: { zh: '“{label}”的“{column}”为 {value}，件数应为整数', en: '"{label}" / "{column}" is {value}; counts are whole numbers' },
    },
  },
  options: z.object({}).strict(),
  check(context) {
    for (const table of tablesOf(context.report)) {
      const columns = columnsByKey(table, context.knowledge);
      for (const cell of table.children) {
        const info = columns.get(cell.key);
        if (!info) continue;
        const kind = info.column.valueKind;
        const messageId =
          cell.value === null
            ? parseCellNumber(cell.raw).kind === 'text' ? 'notNumber' : undefined
            : cell.value < 0 && kind !== 'signed' ? 'negative' : !Number.isInteger(cell.value) && kind !== 'amount' ? 'fraction' : undefined;
        if (messageId) context.emit({ messageId, data: { label: info.rowLabel, column: info.column.label, raw: cell.raw, value: cell.value ?? '' }, position: cell.position });
      }
    }
  },
});
