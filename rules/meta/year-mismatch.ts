import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { partsOf } from '../../src/model/query.js';
import type { Paragraph, Report } from '../../src/model/types.js';
import { yearsOf } from '../../src/parse/years.js';
import { positionIn } from '../lib/text.js';

/** "现将2023年政府信息公开工作年度报告…" / "现公布…2023年度…报告" / "特向社会公布…2023年…报告": the opening names the report's year. */
const OPENING_YEAR = /(?:现将|现向社会公开|公布|发布|编制|呈报)[^。]{0,30}?(\d{4})\s*年度?[^。]{0,20}?(?:政府信息公开|年度报告)/;
/** "2023年，本机关…" / "2023年以来，…": the first words of part 一 (总体情况、概述) name the year reported on. */
const LEADING_YEAR = /^\s*((?:19|20)\d{2})\s*年度?(?:以来)?\s*[，,]/;

/** Years the opening states: the 现将… sentence before the first part, or the first words of part 一. */
function openingYears(report: Report): Array<{ paragraph: Paragraph; match: RegExpExecArray }> {
  const first = partsOf(report)[0]?.children.find((node): node is Paragraph => node.type === 'paragraph');
  const preamble = report.children.filter((node): node is Paragraph => node.type === 'paragraph');
  const places: Array<[Paragraph, RegExp]> = preamble.map((paragraph) => [paragraph, OPENING_YEAR]);
  if (first) places.push([first, OPENING_YEAR], [first, LEADING_YEAR]);
  return places.flatMap(([paragraph, pattern]) => {
    const match = pattern.exec(paragraph.text);
    return match ? [{ paragraph, match }] : [];
  });
}

const periodOf = ({ start, end }: { start: string; end: string }, year: number) => start.startsWith(`${year}-`) && end.startsWith(`${year}-`);

/** Title, statistics period and opening must name one year: a mismatch is a report copied from another year. */
export default defineRule({
  meta: {
    id: 'meta/year-mismatch',
    family: 'meta',
    description: {
      zh: '标题年度、统计期限和开头所说的年度应一致',
      en: 'The title year, the statistics period and the opening name the same year',
    },
    recommended: 2,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      period: { zh: '统计期限为 {start} 至 {end}，而标题是 {year} 年度报告', en: 'The statistics period is {start} to {end}, but the title says {year}' },
      periodProse: { zh: '统计期限为 {start} 至 {end}，而正文叙述的是 {year} 年的工作', en: 'The statistics period is {start} to {end}, but the text tells the work of {year}' },
      opening: { zh: '开头说的是 {stated} 年，而标题是 {year} 年度报告', en: 'The opening speaks of {stated}, but the title says {year}' },
      title: { zh: '标题：{year} 年度', en: 'title: {year}' },
    },
  },
  options: z.object({}).strict(),
  check({ report, emit }) {
    const { title, year, period } = report.facts;
    if (!title || !year) {
      // Without a title, the period is compared with the year the opening or the prose tells (not the parser's guess, which may be the period's own).
      const told = yearsOf(report);
      if (period && told.reportYear && (told.reportYearFrom === 'opening' || told.reportYearFrom === 'prose') && !periodOf(period.value, told.reportYear)) {
        emit({ messageId: 'periodProse', data: { start: period.value.start, end: period.value.end, year: told.reportYear }, position: period.position });
      }
      return;
    }
    const related = [{ messageId: 'title', data: { year: year.value }, position: year.position }];
    if (period && !periodOf(period.value, year.value)) {
      emit({ messageId: 'period', data: { start: period.value.start, end: period.value.end, year: year.value }, position: period.position, related });
    }
    for (const { paragraph, match } of openingYears(report)) {
      if (Number(match[1]) === year.value) continue;
      const from = match.index + match[0].indexOf(match[1]!);
      emit({ messageId: 'opening', data: { stated: match[1]!, year: year.value }, position: positionIn(report, paragraph, from, from + 4), related });
    }
  },
});
