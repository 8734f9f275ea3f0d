import { z } from 'zod';
import type { Lang } from '../../src/engine/rule.js';
import { tableDefinition, type Knowledge } from '../../src/engine/rule-api.js';
import { defineRepoRule } from '../../src/repo/rule.js';
import { cellOf, cellValue, columnsUnder, type RepoSummary } from '../../src/repo/summary.js';

function columnName(knowledge: Knowledge, report: RepoSummary, column: string, lang: Lang): string {
  const definition = tableDefinition(report.generation, 'applications', knowledge);
  const found = definition?.layout === 'rows' ? definition.columns.find((c) => c.key === column) : undefined;
  return lang === 'en' ? found?.en ?? column : found?.label ?? column;
}

/** 上年结转 of year t = 结转下年度继续办理 of year t−1, same body, every column (formats.md "Across years"). */
export default defineRepoRule({
  meta: {
    id: 'repo/carry-over',
    family: 'repo',
    description: {
      zh: '表三“上年结转”应等于同一机关上一年度报告的“结转下年度继续办理”（每一列）',
      en: 'Table 3 "carried over" must equal the same body\'s previous-year "carried forward", every column',
    },
    recommended: 2,
    generations: ['gb2019', 'gb2021'],
    messages: {
      mismatch: {
        zh: '{column}列：上年结转 {carriedOver}，但 {previousYear} 年报告的“结转下年度继续办理”为 {carriedForward}',
        en: 'Column {column}: carried over {carriedOver}, but the {previousYear} report carried forward {carriedForward}',
      },
      previous: {
        zh: '{previousYear} 年报告：结转下年度继续办理 {carriedForward}',
        en: '{previousYear} report: carried forward {carriedForward}',
      },
    },
  },
  needs: { cells: { applications: ['carriedOver', 'carriedForward'] } },
  options: z.object({}).strict(),
  checkRepository({ repository, knowledge, lang, emit }) {
    const shown = (value: number | null) => value ?? (lang === 'zh' ? '空白' : 'blank');
    for (const report of repository.reports) {
      for (const previous of repository.lastYear(report)) {
        for (const column of columnsUnder(report, 'carriedOver:')) {
          const forwardValue = cellValue(previous, `carriedForward:${column}`);
          // Blank and 0 mean the same here; a blank cell is table/blank-cell's finding.
          if (forwardValue === undefined || (cellValue(report, `carriedOver:${column}`) ?? 0) === (forwardValue ?? 0)) continue;
          const over = cellOf(report, `carriedOver:${column}`)!;
          const forward = cellOf(previous, `carriedForward:${column}`)!;
          if (!over.position) continue;
          const data = { column: columnName(knowledge, report, column, lang), carriedOver: shown(over.value), carriedForward: shown(forward.value), previousYear: previous.year! };
          emit({
            filePath: report.filePath,
            position: over.position,
            messageId: 'mismatch',
            data,
            related: forward.position ? [{ filePath: previous.filePath, position: forward.position, messageId: 'previous', data }] : [],
          });
        }
      }
    }
  },
});
