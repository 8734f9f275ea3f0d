import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { yearsOf } from '../../src/parse/years.js';
import { sentenceEnd } from '../lib/text.js';

/** The words of intent after a planned year: the quote runs to a few characters past them. */
const INTENT = /^[^。；;]{0,30}?(?:将|拟|计划|力争|争取|预计|打算)/;

/** A plan for the report's own year (or earlier) is last year's text left unchanged (formats.md, Dates). */
export default defineRule({
  meta: {
    id: 'meta/future-plan-year',
    family: 'meta',
    description: {
      zh: '计划、下一步打算把报告年度（或更早）当作将来',
      en: 'Plans and next steps name the report year (or an earlier one) as the future',
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
    const { reportYear: year, mentions } = yearsOf(report);
    if (!year) return;
    for (const mention of mentions) {
      if (mention.role !== 'plan' || mention.year > year) continue;
      const { text } = mention.unit;
      const intent = INTENT.exec(text.slice(mention.from));
      const end = Math.min(sentenceEnd(text, mention.from), mention.from + (intent ? intent[0].length + 6 : 16));
      emit({ messageId: 'plan', data: { year, text: text.slice(mention.from, end).trim().replace(/[。；;！？!?]$/, ''), next: year + 1 }, position: mention.position });
    }
  },
});
