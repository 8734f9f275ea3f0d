import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { matchParts } from '../lib/parts.js';

/** 条例 第五十条 and the 2019/2021 templates: six parts, found by key words rather than exact titles. */
export default defineRule({
  meta: {
    id: 'structure/required-sections',
    family: 'structure',
    description: {
      zh: '报告应包括格式规定的六个部分（总体情况、主动公开、依申请公开、复议诉讼、问题及改进、其他事项）',
      en: 'The report has the six parts of the format (overview, proactive, applications, review/litigation, problems, other)',
    },
    recommended: 2,
    generations: ['gb2019', 'gb2021'],
    messages: {
      missing: { zh: '缺少第{number}部分“{title}”', en: 'Part {number} "{title}" is missing' },
      noParts: {
        zh: '未找到“一、二、三……”式的部分标题，无法核对报告的六个部分',
        en: 'No part headings (一、二、三…) were found, so the six parts cannot be checked',
      },
    },
  },
  options: z.object({}).strict(),
  check({ report, knowledge, emit }) {
    const { definitions, matches } = matchParts(report, knowledge);
    if (matches.length === 0) {
      emit({ messageId: 'noParts', position: report.facts.title?.position });
      return;
    }
    definitions.forEach((definition, index) => {
      if (matches.some((match) => match.definitionIndex === index)) return;
      // Point where the part belongs: at the first part that should follow it, else at the last part.
      const next = matches.find((match) => (match.definitionIndex ?? -1) > index) ?? matches.at(-1)!;
      emit({ messageId: 'missing', data: { number: index + 1, title: definition.title }, position: next.part.headingPosition });
    });
  },
});
