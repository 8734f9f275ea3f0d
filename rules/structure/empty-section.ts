import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import type { Section } from '../../src/model/types.js';
import { matchParts } from '../lib/parts.js';

/** A bare 无 / 暂无 / 没有 (with a stop or not): the whole of what some parts say. */
const ONLY_NONE = /^(无|暂无|没有|无此类情况|本年度无)[。.]?$/;

function contentOf(part: Section): { hasContent: boolean; onlyNone: boolean } {
  const texts = part.children.flatMap((child) => (child.type === 'paragraph' ? [child.text.trim()] : child.type === 'table' ? ['table'] : [child.title || 'section']));
  const written = texts.filter((text) => text.length > 0);
  return { hasContent: written.length > 0, onlyNone: written.length > 0 && written.every((text) => ONLY_NONE.test(text)) };
}

/** A part heading with nothing under it is usually a template step left undone (part 六 may say 无). */
export default defineRule({
  meta: {
    id: 'structure/empty-section',
    family: 'structure',
    description: {
      zh: '部分标题下没有内容（或只写“无”，而格式要求写明情况）',
      en: 'A part has no content (or only says 无 where the format wants an account)',
    },
    recommended: 1,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      empty: { zh: '“{title}”下没有内容', en: '"{title}" has no content' },
      onlyNone: { zh: '“{title}”只写了“无”，格式要求写明本部分情况', en: '"{title}" only says 无; the format wants an account of this part' },
    },
  },
  options: z.object({}).strict(),
  check({ report, knowledge, emit }) {
    const { definitions, matches } = matchParts(report, knowledge);
    for (const { part, definitionIndex } of matches) {
      const { hasContent, onlyNone } = contentOf(part);
      const data = { title: part.marker + part.title };
      if (!hasContent) emit({ messageId: 'empty', data, position: part.headingPosition });
      // Only the modern parts say what they must contain; legacy reports have no fixed parts.
      else if (onlyNone && definitionIndex !== undefined && !definitions[definitionIndex]!.mayBeEmpty) emit({ messageId: 'onlyNone', data, position: part.headingPosition });
    }
  },
});
