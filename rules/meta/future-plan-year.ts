import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { paragraphsOf, sectionsOf } from '../../src/model/query.js';
import type { Paragraph, Report } from '../../src/model/types.js';
import { positionIn, sentenceEnd } from '../lib/text.js';

/** Parts and sub-parts that plan ahead; 主要采取的措施 looks back, so 措施 alone is not enough. */
const PLAN_TITLE = /改进|整改|下一步|下步|打算|工作计划|展望|努力方向|今后/;
/**
 * A year, then within its clause the subject and a word of intent: "2017年，我镇将继续". A bare 继续
 * is no intent: 改进情况 also tells what the year did ("2021年，我县继续推进……").
 */
const PLANNED_YEAR = /(\d{4})\s*年度?[，,]?([^。；;，,《》]{0,12}?)(将|拟|计划|力争|争取)/g;

function planParagraphs(report: Report): Paragraph[] {
  const plans = sectionsOf(report).filter((section) => PLAN_TITLE.test(section.title));
  return [...new Set(plans.flatMap((section) => paragraphsOf(section.children)))];
}

/** A plan for the report's own year (or earlier) is last year's text left unchanged (formats.md, Dates). */
export default defineRule({
  meta: {
    id: 'meta/future-plan-year',
    family: 'meta',
    description: {
      zh: '改进措施、下一步打算把报告年度（或更早）当作将来',
      en: 'Plans for improvement name the report year (or an earlier one) as the future',
    },
    // A warning: usually last year's text, but 将 may mean 把 ("2021年，我县将…纳入考核").
    recommended: 1,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      plan: {
        zh: '这是 {year} 年度的报告，计划却写“{text}”：应为 {next} 年的打算',
        en: 'This is the {year} report, yet the plan says "{text}": plans should be for {next}',
      },
    },
  },
  options: z.object({}).strict(),
  check({ report, emit }) {
    const year = report.facts.year?.value;
    if (!year) return;
    for (const paragraph of planParagraphs(report)) {
      for (const match of paragraph.text.matchAll(PLANNED_YEAR)) {
        if (Number(match[1]) > year) continue;
        const text = paragraph.text.slice(match.index, Math.min(sentenceEnd(paragraph.text, match.index), match.index + match[0].length + 6)).trim();
        emit({ messageId: 'plan', data: { year, text, next: year + 1 }, position: positionIn(report, paragraph, match.index, match.index + match[1]!.length + 1) });
      }
    }
  },
});
