import { z } from 'zod';
import { defineRepoRule } from '../../src/repo/rule.js';

/** A body that reported in 2019 and 2021 owes a 2020 report (条例 第五十条: every year). */
export default defineRepoRule({
  meta: {
    id: 'repo/missing-year',
    family: 'repo',
    description: {
      zh: '同一机关的年度报告之间缺少某一年（每年都应发布年度报告）',
      en: 'A body has reports for some years with a year missing between them',
    },
    recommended: 1,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      gap: {
        zh: '{body}有 {before} 年和 {after} 年的报告，缺少 {missing} 年的报告',
        en: '{body} has reports for {before} and {after} but none for {missing}',
      },
      before: { zh: '{before} 年的报告', en: 'the {before} report' },
    },
  },
  // Body, year and anchor only: every summary has them.
  needs: {},
  options: z.object({}).strict(),
  checkRepository({ repository, lang, emit }) {
    for (const { years } of repository.byBody()) {
      for (let i = 1; i < years.length; i++) {
        const [before, earlier] = years[i - 1]!;
        const [after, later] = years[i]!;
        if (after - before <= 1) continue;
        const missing = Array.from({ length: after - before - 1 }, (_, k) => before + 1 + k).join(lang === 'zh' ? '、' : ', ');
        const report = later[0]!;
        const data = { body: report.body ?? '', before, after, missing };
        emit({
          filePath: report.filePath,
          position: report.anchor,
          messageId: 'gap',
          data,
          related: [{ filePath: earlier[0]!.filePath, position: earlier[0]!.anchor, messageId: 'before', data }],
        });
      }
    }
  },
});
