import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { misfiling } from './lib/categories.js';
import { relatedCells } from './lib/cells.js';
import { claimsOf } from '../../src/parse/prose/claims.js';
import { whereOf } from './lib/where.js';

/** The prose files a count under a 办理结果 the table leaves empty, while another category holds it. */
export default defineRule({
  meta: {
    id: 'narrative/category-mismatch',
    family: 'narrative',
    description: {
      zh: '正文把申请的办理结果归入了错误的类别（如把“无法提供”写成“不予公开”）',
      en: 'The text files applications under the wrong result category (e.g. 不予公开 for 无法提供)',
    },
    recommended: 2,
    generations: ['gb2019', 'gb2021'],
    messages: {
      misfiled: {
        zh: '正文称“{text}”，而{claimed}为 {claimedValue}，{actual}为 {value}：办理结果类别与表格不符',
        en: 'The text says "{text}", but {claimed} is {claimedValue} while {actual} is {value}: the result category differs from the table',
      },
    },
  },
  options: z.object({}).strict(),
  check(context) {
    const { report, lang, knowledge } = context;
    const claims = claimsOf(report, knowledge);
    for (const claim of claims) {
      const found = misfiling(report, claim, claims, knowledge);
      if (!found) continue;
      context.emit({
        messageId: 'misfiled',
        data: {
          text: claim.text.trim(),
          claimed: whereOf(claim.entry, claim.column, lang, knowledge),
          claimedValue: found.claimed.sum,
          actual: whereOf(found.actual.entry, claim.column, lang, knowledge),
          value: found.actual.target.sum,
        },
        position: claim.position,
        related: [...relatedCells(found.claimed, lang, knowledge, claim.entry.label[lang]), ...relatedCells(found.actual.target, lang, knowledge, found.actual.entry.label[lang])],
      });
    }
  },
});
