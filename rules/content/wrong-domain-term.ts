import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { proseUnits } from '../lib/text.js';
import { DOMAIN_TERMS } from './lib/domain-terms.js';

const termSchema = z
  .object({
    term: z.string().min(2),
    replacement: z.string(),
    ownerPattern: z.string(),
    domain: z.object({ zh: z.string(), en: z.string() }),
  })
  .strict();

/** Another kind of body's wording, left from the report this one was copied from. */
export default defineRule({
  meta: {
    id: 'content/wrong-domain-term',
    family: 'content',
    description: {
      zh: '出现别的部门报告的专门用语（如非统计部门的报告写“政府统计信息”）',
      en: 'Wording of another kind of body\'s report (e.g. 政府统计信息 outside a statistics body)',
    },
    recommended: 2,
    generations: ['legacy', 'gb2019', 'gb2021'],
    hasSuggestions: true,
    messages: {
      term: {
        zh: '“{term}”是{domain}报告的用语（此处出现 {count} 次），{body}的报告应写“{replacement}”',
        en: '"{term}" is the wording of {domain} ({count} here); {body} should write "{replacement}"',
      },
      replace: { zh: '改为“{replacement}”', en: 'Replace with "{replacement}"' },
    },
  },
  options: z.object({ terms: z.array(termSchema).default([]) }).strict(),
  check({ report, options, lang, emit }) {
    const body = report.facts.body?.value;
    if (!body) return;
    for (const entry of [...DOMAIN_TERMS, ...options.terms]) {
      if (new RegExp(entry.ownerPattern).test(body)) continue;
      for (const unit of proseUnits(report)) {
        const first = unit.text.indexOf(entry.term);
        if (first < 0) continue;
        const count = unit.text.split(entry.term).length - 1;
        const last = unit.text.lastIndexOf(entry.term) + entry.term.length;
        const position = unit.locate(first, last);
        const written = unit.text.slice(first, last);
        // One fix for every occurrence when they stand in one run of the source; else the first alone.
        const contiguous = report.source.slice(position.start.offset, position.end.offset) === written;
        const data = { term: entry.term, domain: entry.domain[lang], count, body, replacement: entry.replacement };
        emit({
          messageId: 'term',
          data,
          position: unit.locate(first, first + entry.term.length),
          suggestion: contiguous
            ? { text: written.split(entry.term).join(entry.replacement), position, messageId: 'replace' }
            : { text: entry.replacement, position: unit.locate(first, first + entry.term.length), messageId: 'replace' },
        });
      }
    }
  },
});
