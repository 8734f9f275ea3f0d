import { z } from 'zod';
import { defineRule, type RelatedInput } from '../../src/engine/rule.js';
import { proseOf } from '../../src/parse/prose/claims.js';
import { listsOf } from '../../src/parse/prose/lists.js';
import { positionIn } from '../lib/text.js';
import { roundFigure } from '../../src/model/round.js';

/**
 * "共44条，其中A 2条、B 31条……": the parts may not exceed the total; when the list claims to be
 * complete (分别为、包括、即), they must add up to it. A 其中 list may leave items out, so it only
 * has to add up with `strictLists`.
 */
export default defineRule({
  meta: {
    id: 'narrative/sum',
    family: 'narrative',
    description: {
      zh: '正文列出总数及其分项时，分项之和不得超过总数；“分别为”“包括”等完整列举时应等于总数',
      en: 'A total and its parts in the text: the parts may not exceed the total, and a complete list (分别为, 包括) must add up to it',
    },
    recommended: 2,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      exceeds: {
        zh: '“{total}”之后所列各项 {parts} 合计 {sum}，超过总数 {totalValue}',
        en: 'The parts listed after "{total}" ({parts}) add up to {sum}, more than the total {totalValue}',
      },
      mismatch: {
        zh: '“{total}”分列各项 {parts} 合计 {sum}，与总数 {totalValue} 相差 {diff}',
        en: 'The parts listed for "{total}" ({parts}) add up to {sum}, not the total {totalValue}; difference {diff}',
      },
    },
  },
  options: z
    .object({
      /** Also require a 其中 list to add up to its total exactly. */
      strictLists: z.boolean().default(false),
    })
    .strict(),
  check(context) {
    const { report, options, knowledge } = context;
    for (const { paragraph, figures } of proseOf(report, knowledge)) {
      const { text } = paragraph;
      for (const { total, parts, exhaustive } of listsOf(text, figures)) {
        if (total.approximate || parts.some((part) => part.approximate)) continue;
        const sum = roundFigure(parts.reduce((s, part) => s + part.value, 0));
        const complete = (exhaustive || options.strictLists) && parts.length > 1;
        const messageId = sum > total.value ? 'exceeds' : complete && sum !== total.value ? 'mismatch' : undefined;
        if (!messageId) continue;
        const written = (from: number, to: number) => text.slice(from, to).trim();
        const related: RelatedInput[] = parts.map((part) => ({
          message: { zh: '分项 {value}', en: 'part {value}' },
          data: { value: written(part.start, part.end) },
          position: positionIn(report, paragraph, part.start, part.end),
        }));
        context.emit({
          messageId,
          data: {
            total: written(total.start, total.end),
            totalValue: total.value,
            parts: parts.map((part) => part.value).join(' + '),
            sum,
            diff: roundFigure(Math.abs(total.value - sum)),
          },
          position: positionIn(report, paragraph, total.start, total.end),
          related,
        });
      }
    }
  },
});
