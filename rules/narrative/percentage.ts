import { z } from 'zod';
import { defineRule, type Lang, type RelatedInput } from '../../src/engine/rule.js';
import type { Knowledge } from '../../src/engine/rule-api.js';
import type { Report } from '../../src/model/types.js';
import { relatedCells, targetOf } from './lib/cells.js';
import { proseOf, type Claim, type RateClaim } from '../../src/parse/prose/claims.js';
import { listsOf } from '../../src/parse/prose/lists.js';
import type { Figure } from '../../src/parse/prose/numbers.js';
import { positionIn, sentenceEnd, sentenceStart } from '../lib/text.js';

/** A stated rate or share (办结率100%, 占总体百分比为 100%) that its figures do not give. */
export default defineRule({
  meta: {
    id: 'narrative/percentage',
    family: 'narrative',
    description: {
      zh: '正文中的比率（办结率、占比）与正文所列或表格中的数字算出的结果不符',
      en: 'A rate or share in the text (closure rate, share of a total) that its figures do not give',
    },
    recommended: 1,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      rate: {
        zh: '正文称“{text}”，而按{basis}计算为 {numerator} / {denominator} = {computed}%',
        en: 'The text says "{text}", but {basis} give {numerator} / {denominator} = {computed}%',
      },
      share: {
        zh: '正文称“{text}”，而 {part} / {whole} = {computed}%',
        en: 'The text says "{text}", but {part} / {whole} = {computed}%',
      },
    },
  },
  options: z
    .object({
      /** Percentage points allowed beyond rounding as written (33.9% covers 33.85–33.95). */
      slack: z.number().min(0).default(0),
    })
    .strict(),
  check(context) {
    const { report, lang, options, knowledge } = context;
    // Rounding as written: 33.9% stands for 33.85–33.95, 34% for 33.5–34.5.
    const agrees = (text: string, figure: Figure, computed: number) => {
      const decimals = /[.．]([0-9０-９]+)/.exec(text.slice(figure.start, figure.end))?.[1]?.length ?? 0;
      return Math.abs(computed - figure.value) <= 0.5 * 10 ** -decimals + options.slack + 1e-9;
    };
    const shown = (n: number) => Math.round(n * 100) / 100;
    for (const { paragraph, claims, rates, figures } of proseOf(report, knowledge)) {
      const { text } = paragraph;
      for (const rate of rates) {
        if (rate.figure.approximate) continue;
        const basis = ratio(report, rate, claims, knowledge);
        if (!basis || basis.denominator === 0) continue;
        const computed = (basis.numerator / basis.denominator) * 100;
        if (agrees(text, rate.figure, computed)) continue;
        context.emit({
          messageId: 'rate',
          data: { text: rate.text.trim(), basis: basis.name[lang], numerator: basis.numerator, denominator: basis.denominator, computed: shown(computed) },
          position: rate.position,
          related: basis.related(lang),
        });
      }
      for (const { total, shares } of listsOf(text, figures)) {
        for (const { part, share } of shares) {
          if (total.approximate || part.approximate || share.approximate || total.value === 0) continue;
          const computed = (part.value / total.value) * 100;
          const written = text.slice(part.start, share.end);
          if (agrees(text, share, computed)) continue;
          const place = (figure: Figure, name: string): RelatedInput => ({
            message: { zh: `${name} {value}`, en: `${name} {value}` },
            data: { value: text.slice(figure.start, figure.end).trim() },
            position: positionIn(report, paragraph, figure.start, figure.end),
          });
          context.emit({
            messageId: 'share',
            data: { text: written.trim(), part: part.value, whole: total.value, computed: shown(computed) },
            position: positionIn(report, paragraph, share.start, share.end),
            related: [place(total, lang === 'zh' ? '总数' : 'total'), place(part, lang === 'zh' ? '分项' : 'part')],
          });
        }
      }
    }
  },
});

interface Basis {
  name: { zh: string; en: string };
  numerator: number;
  denominator: number;
  related: (lang: Lang) => RelatedInput[];
}

/** The figures stated in the rate's sentence (办结5件 … 受理5件), else the table's. */
function ratio(report: Report, rate: RateClaim, claims: Claim[], knowledge: Knowledge): Basis | undefined {
  const { entry, paragraph, figure } = rate;
  const { text } = paragraph;
  const from = sentenceStart(text, figure.from);
  const to = sentenceEnd(text, figure.end);
  const stated = (id: string) =>
    claims.find((c) => c.entry.id === id && (c.column === 'total' || c.whole) && !c.approximate && c.figure.from >= from && c.figure.end <= to);
  const numerator = stated(entry.statedNumerator);
  const denominators = entry.statedDenominator.map(stated);
  if (numerator && denominators[0]) {
    const used = [numerator, ...denominators.filter((c): c is Claim => Boolean(c))];
    return {
      name: { zh: '正文所列数字', en: 'the figures stated' },
      numerator: numerator.value,
      denominator: used.slice(1).reduce((s, c) => s + c.value, 0),
      related: () => used.map((c) => ({ message: { zh: '{text}', en: '{text}' }, data: { text: c.text.trim() }, position: c.position })),
    };
  }
  const numeratorCells = targetOf(report, entry.table, entry.numerator);
  const denominatorCells = targetOf(report, entry.table, entry.denominator);
  if (!numeratorCells || !denominatorCells || numeratorCells.blank || denominatorCells.blank) return undefined;
  return {
    name: { zh: `${knowledge.claims.tableNames[entry.table].zh}的数字`, en: `the figures of ${knowledge.claims.tableNames[entry.table].en}` },
    numerator: numeratorCells.sum,
    denominator: denominatorCells.sum,
    related: (lang) => [...relatedCells(numeratorCells, lang, knowledge), ...relatedCells(denominatorCells, lang, knowledge)],
  };
}
