import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import type { Report } from '../../src/model/types.js';
import { yearsOf, type YearMention } from '../../src/parse/years.js';
import { sentenceEnd, sentenceStart } from '../lib/text.js';

/** Titles that a report year's work follows: this year's 要点 or plan, not an earlier one's. */
const YEARLY_TITLE = /(?:政务公开|政府信息公开)[^》]{0,12}(?:工作要点|工作计划|工作安排|实施方案|分工方案|工作方案|年度报告|任务分解|任务清单)|关于做好[^》]{0,20}(?:政务公开|政府信息公开)/;
/** A report's own title (…年度报告》), not a notice on making the reports (…年度报告编制发布工作的通知》). */
const REPORT_TITLE = /(?:年度报告|年报)》$/;
/** The year of a document number: 〔2021〕. */
const DOC_NUMBER_YEAR = /[〔\[［]\s*\d{4}\s*[〕\]］]/g;
/** Sentences that look back on purpose. */
const LOOKING_BACK = /以来|此前|之前|先后|历年|上年|去年|曾经|延续|整改|回头看|落实情况/;

/** Years that disagree with the report's: past work written as this year's, a 截至 date outside the period, last year's 要点. */
export default defineRule({
  meta: {
    id: 'meta/stale-year',
    family: 'meta',
    description: {
      zh: '正文把往年写成本年度：以往年为本年度工作的句首、叙述工作的期间是往年、截至日期在统计期限之外、引用往年的工作要点或年度报告',
      en: 'A past year written as the report year: a sentence telling a past year\'s work as this year\'s, a period of work in an earlier year, a 截至 date outside the period, an earlier year\'s work plan cited',
    },
    recommended: 1,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      current: {
        zh: '这句以“{text}”开头叙述本年度工作，而本报告是 {year} 年度报告：可能是上年的文字未改',
        en: 'This sentence tells the work of "{text}", but this is the {year} report: probably last year\'s text',
      },
      asOf: {
        zh: '截至日期“{text}”在统计期限（{year} 年 1 月 1 日至 12 月 31 日）之外',
        en: 'The 截至 date "{text}" lies outside the statistics period ({year})',
      },
      period: {
        zh: '这句所说的期间从“{text}”开始，是往年的，而本报告是 {year} 年度报告：可能是上年的文字未改',
        en: 'The period this sentence speaks of starts at "{text}", an earlier year, but this is the {year} report: probably last year\'s text',
      },
      title: {
        zh: '引用的{title}是 {stated} 年的，而本报告是 {year} 年度报告',
        en: 'The cited {title} is of {stated}, but this is the {year} report',
      },
    },
  },
  options: z.object({}).strict(),
  check({ report, emit }) {
    const { reportYear: year, mentions } = yearsOf(report);
    if (!year) return;
    for (const mention of mentions) {
      if (mention.role === 'current' && mention.year < year && !namesReportYear(mention, year)) {
        emit({ messageId: 'current', data: { text: mention.text, year }, position: mention.position });
      } else if (mention.role === 'asOf' && outsidePeriod(mention, year) && !namesReportYear(mention, year)) {
        emit({ messageId: 'asOf', data: { text: mention.text, year }, position: mention.position });
      } else if (mention.role === 'period' && mention.month !== 12 && mention.year < year && !namesReportYear(mention, year) && !statisticsPeriod(report, mention)) {
        emit({ messageId: 'period', data: { text: mention.text, year }, position: mention.position });
      } else if (mention.role === 'docTitle' && staleTitle(mention, year)) {
        emit({ messageId: 'title', data: { title: mention.title!, stated: mention.year, year }, position: mention.position });
      }
    }
  },
});

/**
 * On the line of the report's statistics period: meta/year-mismatch compares that with the title. (A period
 * is told once, at its first day: its 12月31日 is not reported again.)
 */
function statisticsPeriod(report: Report, mention: YearMention): boolean {
  return report.facts.period?.position?.start.line === mention.position.start.line;
}

/** After the period, or before it ended a year earlier (截至2018年底 in a 2019 report tells last year's total as this year's). */
function outsidePeriod(mention: YearMention, year: number): boolean {
  return mention.year > year || (mention.year < year && (mention.month ?? 12) === 12);
}

/** A sentence that also names the report year compares the two years. */
function namesReportYear(mention: YearMention, year: number): boolean {
  const { text } = mention.unit;
  // A 文号's year (〔2021〕14号) is when a document was issued, not a year the sentence speaks of.
  const sentence = text.slice(sentenceStart(text, mention.from), sentenceEnd(text, mention.to)).replace(DOC_NUMBER_YEAR, '');
  return sentence.includes(`${year}`) || LOOKING_BACK.test(sentence);
}

/**
 * An earlier year's 要点, or notice on making the annual reports, cited as what this year followed; a
 * report's own title cited with another year. The next year's 要点 may be cited by a late report, so
 * only earlier years are reported, except for annual reports themselves, whose year is the report's
 * (or the previous one's, published this year).
 */
function staleTitle(mention: YearMention, year: number): boolean {
  if (!YEARLY_TITLE.test(mention.title!) || namesReportYear(mention, year)) return false;
  return REPORT_TITLE.test(mention.title!) ? mention.year !== year && mention.year !== year - 1 : mention.year < year;
}
