import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { misfiling } from './lib/categories.js';
import { relatedCells, targetOf } from './lib/cells.js';
import { claimsOf, isChecked, proseOf } from '../../src/parse/prose/claims.js';
import { isAmount } from '../../src/parse/prose/numbers.js';
import { roundFigure } from '../../src/model/round.js';
import { whereOf } from './lib/where.js';

/** A figure in the prose (予以公开5件) differs from the table cell or sum of cells it restates. */
export default defineRule({
  meta: {
    id: 'narrative/table-mismatch',
    family: 'narrative',
    description: {
      zh: '正文中的数字与表格中对应的单元格（或其合计）不一致',
      en: 'A figure in the text differs from the table cell (or sum of cells) it restates',
    },
    recommended: 2,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      mismatch: {
        zh: '正文称“{text}”，而{where}为 {expected}{unit}',
        en: 'The text says "{text}", but {where} is {expected} {unit}',
      },
    },
  },
  options: z
    .object({
      /** Compare with a table row left blank as if it said 0 (off: a blank row says nothing). */
      blankAsZero: z.boolean().default(false),
    })
    .strict(),
  check(context) {
    const { report, lang, options, knowledge } = context;
    const claims = claimsOf(report, knowledge);
    const unsure = proseOf(report, knowledge).flatMap((prose) => prose.unsure);
    for (const claim of unsure.length ? [...claims, ...unsure] : claims) {
      // Approximations are never exact claims; a category confusion is category-mismatch's finding.
      // Approximations, and another body's, a region's or a part's figures, are not this table's.
      if (!isChecked(claim) || misfiling(report, claim, claims, knowledge)) continue;
      for (const column of claim.whole ? ['total', claim.column] : [claim.column]) {
        const target = targetOf(report, claim.entry.table, claim.cells, column);
        if (!target || (target.blank && !options.blankAsZero) || target.sum === claim.value) continue;
        // 收取费用120元 against a table in 万元 (the 2008 table's fees): the same money.
        if (claim.unit === '元' && roundFigure(claim.value / 10000) === target.sum) continue;
        // 通过门户网站主动公开…: the website's figure or the year's whole; either agreeing, the text agrees.
        if (claim.entry.orCells && targetOf(report, claim.entry.table, claim.entry.orCells, column)?.sum === claim.value) continue;
        // "回复…5件，办结4件": of the figures one sentence gives one cell, the one the table denies is reported only
        // when another agrees with the table (two websites' counts, neither the table's, say nothing).
        if (claim.rivals && !claim.rivals.some((rival) => rival.value === target.sum)) continue;
        context.emit({
          messageId: 'mismatch',
          // A table's unit is its own: only a count's is known to be the prose's.
          data: { text: claim.text.trim(), where: whereOf(claim.entry, column, lang, knowledge), expected: target.sum, unit: isAmount(claim.figure) ? '' : claim.unit },
          position: claim.position,
          related: relatedCells(target, lang, knowledge, claim.entry.label[lang]),
        });
        break;
      }
    }
  },
});
