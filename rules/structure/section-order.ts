import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { matchParts, type PartMatch } from '../lib/parts.js';

/** The template fixes the order of the six parts; readers compare reports part by part. */
export default defineRule({
  meta: {
    id: 'structure/section-order',
    family: 'structure',
    description: {
      zh: '六个部分应按格式规定的顺序排列',
      en: 'The six parts come in the order the format sets',
    },
    recommended: 1,
    generations: ['gb2019', 'gb2021'],
    messages: {
      order: { zh: '“{title}”应排在“{before}”之前', en: '"{title}" belongs before "{before}"' },
      before: { zh: '“{before}”在此', en: '"{before}" is here' },
    },
  },
  options: z.object({}).strict(),
  check({ report, knowledge, emit }) {
    const known = matchParts(report, knowledge).matches.filter((match): match is Required<PartMatch> => match.definitionIndex !== undefined);
    let latest: Required<PartMatch> | undefined;
    for (const match of known) {
      if (latest && match.definitionIndex < latest.definitionIndex) {
        const data = { title: match.part.marker + match.part.title, before: latest.part.marker + latest.part.title };
        emit({ messageId: 'order', data, position: match.part.headingPosition, related: [{ messageId: 'before', data, position: latest.part.headingPosition }] });
      } else latest = match;
    }
  },
});
