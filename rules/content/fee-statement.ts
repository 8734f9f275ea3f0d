import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { cellsByKey, tableOf } from '../../src/model/query.js';
import { matchParts } from '../lib/parts.js';
import { proseUnits } from '../lib/text.js';

/** Any statement about the fee: 收取信息处理费…元 / 未收取…处理费 / 无实际收费. */
const FEE_STATEMENT = /信息处理费|处理费用?|收费/;
/** The statement that no fee notice went out, which a non-zero 逾期未缴费 row contradicts. */
const NO_NOTICE = /(?:没有|未|无)[^。；]{0,6}收费通知|没有需要收费|无需收费/;
const UNPAID_FEE_TOTAL = 'other.unpaidFee:total';

/** 国办函〔2020〕109号: part 六 of a 2021-format report states the 信息处理费 charged, even if none. */
export default defineRule({
  meta: {
    id: 'content/fee-statement',
    family: 'content',
    description: {
      zh: '第六部分应说明信息处理费的收取情况，并与表三“逾期未按收费通知要求缴纳费用”一致',
      en: 'Part 六 states the information processing fees charged, in line with the unpaid-fee row of table 三',
    },
    recommended: 1,
    generations: ['gb2021'],
    messages: {
      missing: {
        zh: '“{title}”没有说明信息处理费的收取情况（未收取也应写明）',
        en: '"{title}" does not state the information processing fees charged (say so even if none)',
      },
      contradicts: {
        zh: '正文称“{text}”，而表三“逾期未按收费通知要求缴纳费用”总计为 {count}：发出过收费通知',
        en: 'The text says "{text}", but table 三 counts {count} applications unpaid after a fee notice',
      },
      cell: { zh: '表三 逾期未缴费 总计 {count}', en: 'table 三 unpaid fee, total {count}' },
    },
  },
  options: z.object({}).strict(),
  check({ report, knowledge, emit }) {
    const { matches } = matchParts(report, knowledge);
    const other = matches.find((match) => match.definitionIndex === 5)?.part;
    // A report without part 六 gets that finding from structure/required-sections, once.
    if (!other) return;
    const statements = proseUnits(report, other.children).filter((unit) => FEE_STATEMENT.test(unit.text));
    if (statements.length === 0) {
      emit({ messageId: 'missing', data: { title: other.marker + other.title }, position: other.headingPosition });
      return;
    }
    const applications = tableOf(report, 'applications');
    const unpaid = applications && cellsByKey(applications).get(UNPAID_FEE_TOTAL);
    if (!unpaid?.value) return;
    for (const unit of statements) {
      const match = NO_NOTICE.exec(unit.text);
      if (!match) continue;
      const data = { text: match[0], count: unpaid.value };
      emit({ messageId: 'contradicts', data, position: unit.locate(match.index, match.index + match[0].length), related: [{ messageId: 'cell', data, position: unpaid.position }] });
    }
  },
});
