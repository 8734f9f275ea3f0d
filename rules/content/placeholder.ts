import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { proseUnits } from '../lib/text.js';
import { PLACEHOLDER_MARK, PLACEHOLDERS } from './lib/placeholders.js';

/** A template's blanks (XX镇, 20XX年, 【单位名称】, ＿＿＿) published as they were. */
export default defineRule({
  meta: {
    id: 'content/placeholder',
    family: 'content',
    description: {
      zh: '模板中的占位符或说明未替换（XX镇、20XX年、X月X日、XX件、【单位名称】、（单位名称）、此处填写、＿＿＿）',
      en: 'Template placeholders or instructions left in (XX镇, 20XX年, X月X日, XX件, 【单位名称】, （单位名称）, 此处填写, ___)',
    },
    recommended: 2,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      placeholder: { zh: '“{text}”是{kind}，发布前应填写', en: '"{text}" is {kind}; fill it in before publishing' },
    },
  },
  options: z.object({}).strict(),
  check({ report, lang, emit }) {
    for (const unit of proseUnits(report)) {
      // Nearly all prose has none of the characters a placeholder is made of.
      if (!PLACEHOLDER_MARK.test(unit.text)) continue;
      const taken: Array<[number, number]> = [];
      for (const { pattern, ...kind } of PLACEHOLDERS) {
        for (const match of unit.text.matchAll(pattern)) {
          const [from, to] = [match.index, match.index + match[0].length];
          if (taken.some(([start, end]) => from < end && to > start)) continue;
          taken.push([from, to]);
          emit({ messageId: 'placeholder', data: { text: match[0], kind: kind[lang] }, position: unit.locate(from, to) });
        }
      }
    }
  },
});
