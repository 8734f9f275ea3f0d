import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { generationForYear } from '../../src/engine/rule-api.js';
import { BODY_TYPE_NAMES, bodyTypeOf } from './lib/body-type.js';

/**
 * 2008 条例: by 31 March; 2019 条例 第四十九条: by 31 January for departments, 31 March for a
 * government's own report (settings.deadlines, per body type). Never before the year has ended.
 */
export default defineRule({
  meta: {
    id: 'meta/publish-deadline',
    family: 'meta',
    description: {
      zh: '发布日期应在报告年度结束之后、规定的公布期限之前',
      en: 'The publication date falls after the report year and by the deadline',
    },
    recommended: 1,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      late: {
        zh: '发布日期 {published} 晚于 {year} 年度报告的公布期限 {deadline}（{rule}）',
        en: 'Published {published}, after the {deadline} deadline for a {year} report ({rule})',
      },
      early: {
        zh: '发布日期 {published} 在 {year} 年度结束之前，年度数据尚不完整',
        en: 'Published {published}, before the {year} year ended',
      },
    },
  },
  options: z.object({}).strict(),
  check({ report, knowledge, settings, lang, emit }) {
    const { published, year } = report.facts;
    if (!published || !year) return;
    const legacy = generationForYear(year.value, knowledge) === 'legacy';
    const bodyType = bodyTypeOf(report, settings, knowledge);
    const deadline = `${year.value + 1}-${legacy ? settings.deadlines.legacy : settings.deadlines[bodyType]}`;
    const rule = legacy ? { zh: '2008 年条例', en: '2008 regulations' }[lang] : BODY_TYPE_NAMES[bodyType][lang];
    // ISO dates compare as strings.
    if (published.value > deadline) emit({ messageId: 'late', data: { published: published.value, year: year.value, deadline, rule }, position: published.position });
    else if (published.value <= `${year.value}-12-31`) emit({ messageId: 'early', data: { published: published.value, year: year.value }, position: published.position });
  },
});
