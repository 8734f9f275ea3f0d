import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { parseCellNumber } from '../../src/engine/rule-api.js';
import { tablesOf } from '../../src/model/query.js';
import { columnsByKey } from '../lib/columns.js';

/** A blank where the format wants a number: the identities count it as 0, but the report should say 0. */
export default defineRule({
  meta: {
    id: 'table/blank-cell',
    family: 'table',
    description: {
      zh: '表格中应填数字的单元格为空白（无数据应填 0）',
      en: 'A table cell the format wants filled is blank (write 0 for none)',
    },
    recommended: 1,
    generations: ['gb2019', 'gb2021'],
    messages: {
      blank: { zh: '“{label}”的“{column}”为空白，无数据时应填 0', en: '"{label}" / "{column}" is blank; write 0 when there is none' },
    },
  },
  options: z.object({}).strict(),
  check(context) {
    for (const table of tablesOf(context.report)) {
      if (table.kind === 'legacyStats') continue;
      const columns = columnsByKey(table, context.knowledge);
      for (const cell of table.children) {
        const info = columns.get(cell.key);
        if (!info || cell.value !== null || parseCellNumber(cell.raw).kind === 'text') continue;
        context.emit({ messageId: 'blank', data: { label: info.rowLabel, column: info.column.label }, position: cell.position });
      }
    }
  },
});
