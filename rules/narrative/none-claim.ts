import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { sectionsOf } from '../../src/model/query.js';
import type { Paragraph, Report } from '../../src/model/types.js';
import { relatedCells, targetOf } from './lib/cells.js';
import { proseOf } from '../../src/parse/prose/claims.js';
import { pattern, sentenceFits } from '../../src/parse/prose/patterns.js';
import type { NoneEntry } from '../../src/engine/rule-api.js';
import { positionIn, sentenceEnd, sentenceStart } from '../lib/text.js';

/** A paragraph that only says "none" ("无此类情况。"): it speaks of its section's title. */
const BARE_NONE = /^\s*(?:无|没有|暂无|无此类情况|本年度无此类情况|未发生此类情况|无相关情况)\s*[。.]?\s*$/;
const CLAUSE = /[^，,；;。！？!?]+/g;

/** The prose says none (无行政复议, 未收到申请, 均获维持) while the table counts some. */
export default defineRule({
  meta: {
    id: 'narrative/none-claim',
    family: 'narrative',
    description: {
      zh: '正文称没有某类情况（无行政复议、行政诉讼，未收到申请，均获维持），而表格中该项不为 0',
      en: 'The text says there were none (no reviews or lawsuits, no applications, all upheld) while the table counts some',
    },
    recommended: 2,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      notNone: {
        zh: '正文称“{text}”，而{table}“{label}”为 {value}',
        en: 'The text says "{text}", but {table} counts {value} ({label})',
      },
    },
  },
  options: z
    .object({
      /** Read a bare "无此类情况。" as "none" of what its section title names (行政复议、行政诉讼). */
      sectionTitles: z.boolean().default(true),
    })
    .strict(),
  check(context) {
    const { report, lang, options, knowledge } = context;
    // Only a subject the table counts can be wrongly called none: most reports have no review at all.
    const entries = knowledge.claims.nones.filter((entry) => entry.generations.includes(report.facts.generation)).flatMap((entry) => {
      const target = targetOf(report, entry.table, entry.cells);
      return target && target.sum !== 0 ? [{ entry, target }] : [];
    });
    if (entries.length === 0) return;
    const titles = titleOf(report);
    for (const { paragraph } of proseOf(report, knowledge)) {
      for (const { entry, target } of entries) {
        const found = statement(paragraph, entry) ?? (options.sectionTitles ? bare(paragraph, entry, titles.get(paragraph)) : undefined);
        if (!found) continue;
        context.emit({
          messageId: 'notNone',
          data: { text: paragraph.text.slice(found.from, found.to).trim(), table: knowledge.claims.tableNames[entry.table][lang], label: entry.label[lang], value: target.sum },
          position: positionIn(report, paragraph, found.from, found.to),
          related: relatedCells(target, lang, knowledge, entry.label[lang]),
        });
      }
    }
  },
});

/** The first clause of the paragraph that says none of the entry's subject. */
function statement(paragraph: Paragraph, entry: NoneEntry): { from: number; to: number } | undefined {
  const { text } = paragraph;
  const re = pattern(entry.pattern);
  // A pattern found in a clause is also found in its paragraph (none is anchored to a clause): one
  // test spares most paragraphs the search clause by clause.
  if (!re.test(text)) return undefined;
  for (const clause of text.matchAll(CLAUSE)) {
    const match = re.exec(clause[0]);
    if (!match) continue;
    const from = clause.index + match.index;
    if (sentenceFits(text.slice(sentenceStart(text, from), sentenceEnd(text, from)), entry)) return { from, to: from + match[0].length };
  }
  return undefined;
}

function bare(paragraph: Paragraph, entry: NoneEntry, title: string | undefined): { from: number; to: number } | undefined {
  if (!entry.titleTerm || !title || !pattern(entry.titleTerm).test(title) || !BARE_NONE.test(paragraph.text)) return undefined;
  return { from: 0, to: paragraph.text.length };
}

/** Title of the section each paragraph stands in directly. */
function titleOf(report: Report): Map<Paragraph, string> {
  const map = new Map<Paragraph, string>();
  for (const section of sectionsOf(report)) {
    for (const child of section.children) if (child.type === 'paragraph') map.set(child, section.title);
  }
  return map;
}
