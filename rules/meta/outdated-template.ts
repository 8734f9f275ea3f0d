import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { tablesOf } from '../../src/model/query.js';

/** A 2021-or-later report on the 2019 tables (or the reverse) was drafted from an old template. */
export default defineRule({
  meta: {
    id: 'meta/outdated-template',
    family: 'meta',
    description: {
      zh: '表格格式与报告年度不符（如 2021 年及以后的报告仍用 2019 年格式的表头）',
      en: 'The tables follow another year\'s format (e.g. a 2021-or-later report with the 2019 headers)',
    },
    recommended: 2,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      outdated: {
        zh: '{year} 年度报告应使用{expected}的表格，这张表却是{found}的格式（表头：{evidence}）',
        en: 'A {year} report uses the tables of {expected}; this table follows {found} (headers: {evidence})',
      },
    },
  },
  options: z.object({}).strict(),
  check({ report, knowledge, emit }) {
    const { year, generationEvidence } = report.facts;
    const expected = generationEvidence.fromYear;
    if (!year || !expected) return;
    for (const table of tablesOf(report)) {
      if (table.generation === expected) continue;
      emit({
        messageId: 'outdated',
        data: {
          year: year.value,
          expected: knowledge.generations[expected].definedBy,
          found: knowledge.generations[table.generation].definedBy,
          evidence: table.headerEvidence.join('、') || '—',
        },
        position: table.position,
      });
    }
  },
});
