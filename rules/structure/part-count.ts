import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { partsOf } from '../../src/model/query.js';
import type { Paragraph } from '../../src/model/types.js';
import { positionIn } from '../lib/text.js';
import { parseNumber } from '../../src/parse/prose/numbers.js';

/** "报告全文包括……等七个部分" / "本报告分为六个部分" / "由……等六部分组成"; never "部分公开". */
// The words between are bounded: unbounded, every 共 of a long line without a full stop read to its end.
const PROMISE = /(?:包括|包含|分为|分成|由|共)[^。；;]{0,200}?([一二两三四五六七八九十]+|\d+)\s*个?部分(?!公开)/g;

/** The opening's promise of N parts is a table of contents in one sentence; it goes stale when parts are merged. */
export default defineRule({
  meta: {
    id: 'structure/part-count',
    family: 'structure',
    description: {
      zh: '开头所说的部分数（如“全文包括……七个部分”）与报告实际的部分数不一致',
      en: 'The number of parts the opening promises ("…七个部分") differs from the parts the report has',
    },
    recommended: 1,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      count: { zh: '开头称报告有 {promised} 个部分，实际有 {actual} 个', en: 'The opening promises {promised} parts; the report has {actual}' },
      last: { zh: '最后一个部分', en: 'last part' },
    },
  },
  options: z.object({}).strict(),
  check({ report, emit }) {
    const parts = partsOf(report);
    // The promise stands in the opening: before the first part or in its first paragraphs.
    const opening = [...report.children.filter((node): node is Paragraph => node.type === 'paragraph'), ...(parts[0]?.children.filter((node): node is Paragraph => node.type === 'paragraph').slice(0, 2) ?? [])];
    for (const paragraph of opening) {
      for (const match of paragraph.text.matchAll(PROMISE)) {
        const promised = parseNumber(match[1]!);
        if (promised === parts.length || Number.isNaN(promised)) return;
        const from = match.index + match[0].lastIndexOf(match[1]!);
        emit({
          messageId: 'count',
          data: { promised, actual: parts.length },
          position: positionIn(report, paragraph, from, match.index + match[0].length),
          related: parts.length ? [{ messageId: 'last', position: parts.at(-1)!.headingPosition }] : [],
        });
        return;
      }
    }
  },
});
