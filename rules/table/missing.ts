import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { doubtfulTablesOf, tablesOf } from '../../src/model/query.js';

/** Tables 二, 三 and 四 are required by gb2019/gb2021; a table read with rows missing is reported too. */
export default defineRule({
  meta: {
    id: 'table/missing',
    family: 'table',
    description: {
      zh: '缺少格式要求的表格（表二、表三、表四），或表格缺行无法读取',
      en: 'A table the format requires (tables 2, 3, 4) is absent, or rows of it could not be read',
    },
    recommended: 2,
    generations: ['gb2019', 'gb2021'],
    messages: {
      absent: { zh: '未找到“{title}”统计表（或无法读取）', en: 'Table "{title}" is missing or could not be read' },
      rowsMissing: { zh: '“{title}”缺少以下行：{rows}', en: 'Table "{title}" lacks rows: {rows}' },
    },
  },
  options: z.object({}).strict(),
  check(context) {
    const { report, knowledge } = context;
    const definition = knowledge.generations[report.facts.generation];
    const found = tablesOf(report);
    for (const table of definition.tables) {
      const present = found.find((candidate) => candidate.kind === table.kind);
      // A table found but not read with confidence is reported once, by table/unreadable.
      if (!present && doubtfulTablesOf(report).some((candidate) => candidate.kind === table.kind)) continue;
      if (!present) {
        context.emit({ messageId: 'absent', data: { title: table.title }, position: report.facts.title?.position });
        continue;
      }
      if (table.layout !== 'rows' || present.generation !== report.facts.generation) continue;
      const missing = table.rows.filter((row) => !(row.key in present.rowLabels)).map((row) => row.short ?? row.label);
      if (missing.length) context.emit({ messageId: 'rowsMissing', data: { title: table.title, rows: missing.join('、') }, position: present.position });
    }
  },
});
