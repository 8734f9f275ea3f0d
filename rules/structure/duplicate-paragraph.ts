import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { paragraphsOf } from '../../src/model/query.js';
import type { Paragraph } from '../../src/model/types.js';
import { bigrams, comparable, dice } from './lib/similarity.js';

interface Shingled {
  paragraph: Paragraph;
  length: number;
  pairs: Map<string, number>;
}

/** A paragraph pasted into two parts (seed 001: the same fee sentence in 五 and 六) reads as careless drafting. */
export default defineRule({
  meta: {
    id: 'structure/duplicate-paragraph',
    family: 'structure',
    description: {
      zh: '同一段文字（或几乎相同的段落）在报告中出现两次',
      en: 'The same (or nearly the same) paragraph appears twice in the report',
    },
    recommended: 1,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      identical: { zh: '本段与第 {line} 行的段落完全相同', en: 'This paragraph repeats the one at line {line}' },
      similar: { zh: '本段与第 {line} 行的段落几乎相同（相似度 {percent}%）', en: 'This paragraph nearly repeats the one at line {line} ({percent}% similar)' },
      first: { zh: '第一次出现', en: 'first occurrence' },
    },
  },
  options: z
    .object({
      /** Shorter paragraphs (无。 / 详见下表) repeat legitimately. */
      minLength: z.number().int().min(1).default(30),
      minSimilarity: z.number().gt(0).max(1).default(0.9),
    })
    .strict(),
  check({ report, options, emit }) {
    // Dice ≥ s needs the shorter text to be at least s/(2−s) of the longer one: skip pairs that cannot reach it.
    const minLengthRatio = options.minSimilarity / (2 - options.minSimilarity);
    const seen: Shingled[] = [];
    for (const paragraph of paragraphsOf(report.children)) {
      const text = comparable(paragraph.text);
      if (text.length < options.minLength) continue;
      const current: Shingled = { paragraph, length: text.length - 1, pairs: bigrams(text) };
      const original = seen.find(
        (earlier) =>
          Math.min(earlier.length, current.length) / Math.max(earlier.length, current.length) >= minLengthRatio &&
          dice(earlier.pairs, current.pairs, earlier.length, current.length) >= options.minSimilarity,
      );
      if (!original) {
        seen.push(current);
        continue;
      }
      const similarity = dice(original.pairs, current.pairs, original.length, current.length);
      const percent = Math.floor(similarity * 100);
      emit({
        messageId: percent === 100 ? 'identical' : 'similar',
        data: { line: original.paragraph.position!.start.line, percent },
        position: paragraph.position,
        related: [{ messageId: 'first', position: original.paragraph.position }],
      });
    }
  },
});
