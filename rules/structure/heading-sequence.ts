import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { sectionsOf } from '../../src/model/query.js';
import type { Content, Section } from '../../src/model/types.js';
import { markerWithOrdinal } from './lib/markers.js';

/** Sibling headings of one level, grouped by level: numbering restarts under each parent. */
function siblingRuns(children: Content[]): Section[][] {
  const byDepth = new Map<number, Section[]>();
  for (const child of children) {
    if (child.type !== 'section') continue;
    const run = byDepth.get(child.depth);
    if (run) run.push(child);
    else byDepth.set(child.depth, [child]);
  }
  return [...byDepth.values()];
}

/** 一、二、三 / （一）（二） / 1. 2. run without repeat or gap at each level; a copied-in part often repeats a number. */
export default defineRule({
  meta: {
    id: 'structure/heading-sequence',
    family: 'structure',
    description: {
      zh: '各级标题编号（一、二、三 /（一）（二）/ 1. 2.）应连续，不重复、不跳号',
      en: 'Heading numbers at each level (一、二、三 / （一）（二） / 1. 2.) run on without repeats or gaps',
    },
    recommended: 2,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      repeat: { zh: '标题编号“{marker}”重复：前面已有“{previous}”', en: 'Heading number "{marker}" repeats "{previous}"' },
      gap: { zh: '标题编号从“{previous}”跳到“{marker}”，缺少“{expected}”', en: 'Heading numbers jump from "{previous}" to "{marker}"; "{expected}" is missing' },
      backwards: { zh: '标题编号“{marker}”排在“{previous}”之后，次序颠倒', en: 'Heading number "{marker}" comes after "{previous}"' },
      start: { zh: '本级第一个标题编号是“{marker}”，应为“{expected}”', en: 'The first heading of this level is "{marker}"; expected "{expected}"' },
      previous: { zh: '前一个标题“{previous}”', en: 'previous heading "{previous}"' },
    },
  },
  options: z.object({}).strict(),
  check({ report, emit }) {
    for (const children of [report.children, ...sectionsOf(report).map((section) => section.children)]) {
      for (const run of siblingRuns(children)) {
        const first = run[0]!;
        if (first.ordinal !== 1) {
          emit({ messageId: 'start', data: { marker: first.marker, expected: markerWithOrdinal(first.marker, 1) }, position: first.headingPosition });
        }
        // The number each heading should have had: after one slip (二、二、四 or 二、四、五) the run goes on
        // from either the written or the intended number, so one slip is one finding.
        let intended = 1;
        run.slice(1).forEach((heading, i) => {
          const before = run[i]!;
          const step = heading.ordinal - before.ordinal;
          if (step === 1 || heading.ordinal === intended + 1) {
            intended = heading.ordinal;
            return;
          }
          intended += 1;
          const messageId = step === 0 ? 'repeat' : step > 1 ? 'gap' : 'backwards';
          const data = { marker: heading.marker, previous: before.marker + before.title, expected: markerWithOrdinal(heading.marker, before.ordinal + 1) };
          emit({ messageId, data, position: heading.headingPosition, related: [{ messageId: 'previous', data, position: before.headingPosition }] });
        });
      }
    }
  },
});
