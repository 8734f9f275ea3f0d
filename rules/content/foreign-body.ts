import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { unitWords } from '../../src/knowledge/data/units.js';
import { proseUnits } from '../lib/text.js';
import { GENERIC_UNIT, levelOf, unitsOf } from './lib/units.js';

const UNIT = `(?:${unitWords((unit) => unit.nested)})`;
/** What follows a unit's name when it acts: "(人民政府)认真…", "共收到…". */
const ACTING = '(?:人民政府|政府|办事处)?(?=认真|高度重视|坚持|严格|积极|全面|紧紧围绕|深入|始终|按照|围绕|不断|继续|进一步|切实|扎实|共(?:收到|公开|发布|受理)|通过|政务公开|政府信息公开工作)';
/** A quick look for a unit acting anywhere: most prose has none, and the full pattern is costly. */
const MAY_ACT = new RegExp(UNIT + ACTING);
/**
 * The slot where a report names itself as the one acting: a sentence (or "2023年，") opening
 * with a unit's name and a verb of its own work — "2017年，阿猛镇按照…", "长乐镇人民政府认真…".
 */
const SUBJECT_SLOT = new RegExp(`(?:^|[。；！？]|\\d{4}\\s*年度?[，,]|以来[，,])\\s*([\\u4e00-\\u9fa5]{1,8}?${UNIT})${ACTING}`, 'g');

/** Another body's name where the report speaks of itself: left from the report it was copied from. */
export default defineRule({
  meta: {
    id: 'content/foreign-body',
    family: 'content',
    description: {
      zh: '报告以本机关为主语叙述时，出现了另一个同级机关的名称（套用别的报告未改）',
      en: 'Another body of the same level named where the report speaks of itself (copied from its report)',
    },
    recommended: 2,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      foreign: {
        zh: '此处以“{name}”为主语，而本报告是{body}的报告：可能是从别的报告抄来未改',
        en: '"{name}" acts here, but this is the report of {body}: probably left from another report',
      },
      own: { zh: '本报告的机关：{body}', en: 'this report\'s body: {body}' },
    },
  },
  options: z
    .object({
      /** Other names the body goes by (old names, short names), never reported. */
      aliases: z.array(z.string()).default([]),
    })
    .strict(),
  check({ report, options, emit }) {
    const body = report.facts.body;
    const own = body && unitsOf(body.value).at(-1);
    if (!body || !own) return;
    const ownNames = [body.value, ...options.aliases];
    for (const unit of proseUnits(report)) {
      if (!MAY_ACT.test(unit.text)) continue;
      for (const match of unit.text.matchAll(SUBJECT_SLOT)) {
        const name = match[1]!;
        if (GENERIC_UNIT.test(name) || ownNames.some((known) => known.includes(name) || name.includes(own))) continue;
        const innermost = unitsOf(name).at(-1);
        if (!innermost || levelOf(innermost) !== levelOf(own) || innermost === own) continue;
        const from = match.index + match[0].lastIndexOf(name);
        emit({
          messageId: 'foreign',
          data: { name, body: body.value },
          position: unit.locate(from, from + name.length),
          related: [{ messageId: 'own', data: { body: body.value }, position: body.position }],
        });
      }
    }
  },
});
