import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { doubtfulTablesOf } from '../../src/model/query.js';
import type { TableKind } from '../../src/model/types.js';

const NAMES: Record<TableKind, string> = { proactive: '表二', applications: '表三', reviewLitigation: '表四', legacyStats: '统计表' };

/** A table whose values cannot be lined up with its columns: said once, instead of a finding for every identity it would break. */
export default defineRule({
  meta: {
    id: 'table/unreadable',
    family: 'table',
    description: {
      zh: '表格找到了，但数值无法可靠地对应到行列（表格规则不检查该表）',
      en: 'A table was found but its values cannot be lined up with its rows and columns (table rules skip it)',
    },
    recommended: 1,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      unreadable: { zh: '{table}无法可靠识别：{reason}', en: 'Table {table} cannot be read with confidence: {reason}' },
    },
  },
  options: z.object({}).strict(),
  check(context) {
    for (const table of doubtfulTablesOf(context.report)) {
      context.emit({ messageId: 'unreadable', data: { table: NAMES[table.kind], reason: table.doubt! }, position: table.position });
    }
  },
});
