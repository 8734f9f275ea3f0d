import type { Position } from 'unist';
import { Memo } from '../model/memo.js';
import { MAX_SENTENCE, proseUnits, type ProseUnit } from '../model/prose.js';
import { sectionsOf, walk } from '../model/query.js';
import type { Report } from '../model/types.js';
import { PERIOD_TO } from './facts.js';

/**
 * What a year in the text stands for:
 * - `report`: the year the report is about, where the title or opening names it;
 * - `period`: a statistics period (统计期限 2019年1月1日至12月31日);
 * - `published`: a publication or signature date;
 * - `asOf`: a 截至 date;
 * - `plan`: a year planned for (下一步…、2020年将…、2020年工作打算);
 * - `comparison`: a year compared with (较2018年、与2018年相比);
 * - `history`: a year in the past or a span (自2008年以来、2016—2018年、于2015年);
 * - `docNumber`: a document number (〔2021〕5号);
 * - `docTitle`: inside a document's title (《关于做好2022年…的通知》);
 * - `current`: the year whose work a sentence tells ("2019年，本机关共…", "2019年度未收取费用", "本年度（2019年）");
 * - `other`: anything else.
 */
export type YearRole = 'report' | 'period' | 'published' | 'asOf' | 'plan' | 'comparison' | 'history' | 'docNumber' | 'docTitle' | 'current' | 'other';

/** One year of the prose and what it stands for; its place is worked out only when asked (most are never reported). */
export class YearMention {
  private located?: Position;

  constructor(
    readonly year: number,
    readonly role: YearRole,
    /** The mention as written: "2019年", "〔2021〕", "2020年3月15日". */
    readonly text: string,
    readonly unit: ProseUnit,
    /** Offsets of `text` in the unit's text. */
    readonly from: number,
    readonly to: number,
    /** The date as written when a month follows (2020年3月、2019年12月31日). */
    readonly month?: number,
    readonly day?: number,
    /** For `docTitle`: the title, 《》 included. */
    readonly title?: string,
  ) {}

  get position(): Position {
    return (this.located ??= this.unit.locate(this.from, this.to));
  }
}

export interface ReportYears {
  /** The year the report is about: the title's, else the opening's, else the one its sentences tell most. */
  reportYear?: number;
  /** Where reportYear comes from (`facts`: the parser's guess, from the statistics period or the most common year). */
  reportYearFrom?: 'title' | 'opening' | 'prose' | 'facts';
  mentions: YearMention[];
}

/** Where a year in Chinese numerals may start: most paragraphs have none. */
const CHINESE_YEAR_START = /二[〇○零]|一九/;
/** A year in figures (2019) or in Chinese numerals before 年 (二〇一九年). */
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)|(?<![〇○零一二三四五六七八九])((?:一九|二[〇○零])[〇○零一二三四五六七八九]{2})(?=\s*年)/g;
const CHINESE_DIGITS = '〇一二三四五六七八九';
/** 二〇一九 → 2019 (○ and 零 are written for 〇 too). */
const yearValue = (match: RegExpMatchArray) =>
  match[1] ? Number(match[1]) : Number([...match[2]!].map((char) => CHINESE_DIGITS.indexOf(char.replace(/[○零]/, '〇'))).join(''));
const DATE_AFTER = /^\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?/;
const PERIOD = new RegExp(`((?:19|20)\\d{2})\\s*年\\s*1\\s*月\\s*1\\s*日${PERIOD_TO}(?:((?:19|20)\\d{2})\\s*年\\s*)?12\\s*月\\s*31\\s*日`, 'g');
const SPAN_AFTER = /^\s*(?:—|－|-|～|~|至|到)\s*(?:19|20)\d{2}\s*年/;
const DOC_NUMBER_BEFORE = /[〔\[［（(【]\s*$/;
const DOC_NUMBER_AFTER = /^\s*[〕\]］）)】]\s*(?:第\s*)?\d+\s*号/;
const PUBLISHED_BEFORE = /(?:发布时间|发布日期|发布于|发文日期|成文日期|日期|时间)\s*[:：]?\s*$/;
/** A paragraph that is only a date, or a signature and its date (落款). */
const DATE_LINE = /^[^。，,；;：:]{0,30}?(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/;
/** 截至2023年底; 到2023年3月末 at a clause's start (从2019年到2023年 is a span). */
const AS_OF_BEFORE = /(?:截至|截止|截止到|截至到|(?:^|[。；;，,：:])\s*到)\s*$/;
const HISTORY_BEFORE = /(?:自|从|于|早在|始于|(?:19|20)\d{2}\s*年?\s*(?:至|到|—|－|-|～))\s*$/;
const HISTORY_AFTER = /^\s*年度?(?:以来|以前|之前|至今|起|开始|前|底前|初以来)|^\s*(?:年\s*)?(?:至|到|—|－|-|～)\s*(?:19|20)\d{2}/;
const COMPARISON_BEFORE = /(?:较|比|同比|环比|与|和|相比|对比|比较|超过|低于|高于)\s*$/;
const COMPARISON_AFTER = /^\s*年度?(?:同期|相比|比较|相较|持平)/;
const CHANGE_WORD = /同比|环比|相比|比较|较|增长|下降|增加|减少|持平|上升|提升|翻番/;
const PLAN_AFTER = /^\s*年度?\s*[，,]?[^。；;，,《》]{0,12}?(?:(?:将|(?<![主重需必只首纲摘概提])要)(?=继续|进一步|持续|不断|加大|加强|着力|全面|切实|深入|严格|认真|努力|积极|重点|围绕|坚持|以|在|按照|紧扣|聚焦|做好|推进|强化|完善|进行|抓好|大力|逐步|结合|针对|把)|拟|计划|力争|争取|预计|打算|准备(?!工作))|^\s*年度?(?:工作)?(?:计划|打算|安排|思路|目标|重点|展望)/;
/** In a part about plans (改进、整改、下一步、打算…), a year followed in its clause by 将 plans, whatever comes next. */
const PLAN_TITLE = /改进|整改|下一步|下步|打算|工作计划|展望|努力方向|今后/;
const LOOSE_PLAN_AFTER = /^\s*年度?[，,]?[^。；;，,《》]{0,12}?将/;
const PLAN_BEFORE = /(?:下一步|下步|今后|明年|新的一年|来年)[^。]*$/;
/**
 * A verb of intent right before the year (计划于2023年、力争在2023年底前、将于2023年): read before 于 and
 * 年底前 make it history. 将 and 要 only with 在/于/到: 现将2023年…报告如下 is no plan.
 */
const PLAN_VERB_BEFORE = /(?:(?:拟|计划|力争|争取|预计|打算|准备|确保)(?:在|于|到)?|[将要](?:在|于|到))\s*$/;
const REPORT_AFTER = /^\s*年度?[^。，,]{0,16}?(?:政府信息公开|政务公开)[^。，,]{0,8}?(?:年度报告|年报)/;
/** "2019年，", "2019年度本机关…", "2019年全年共…", "2019年依申请公开均未收费", a heading "2019年政府信息公开工作情况": the year whose work the sentence tells. */
const CURRENT_AFTER = /^\s*年度?\s*(?:[，,]|全年|内|中|里|以来[，,]|(?=本|我|全[县镇市区乡]|共|累计|主动|收到|受理|新增|发布|未|没有|无|依申请|政府信息公开|政务公开|信息公开|因(?:提供)?政府信息|行政复议|行政诉讼)|(?=[^，。；]{0,12}?(?:工作情况|工作开展情况|总体情况|基本情况)\s*$))/;
/** 在2023年里，…: the year after 在 at a clause's start is still the clause's time. */
const IN_BEFORE = /在\s*$/;
/** A year in apposition to "this year": 本年度（2023年）, 今年(2023年): it says which year the report calls its own. */
const THIS_YEAR_BEFORE = /(?:本年度|本年|今年|当年|报告期|本报告期|本统计年度)\s*[（(]\s*$/;
const APPOSITION_AFTER = /^\s*年度?\s*[）)]/;
/** Where a sentence or clause starts: nothing before it but markers, or only the body's name (大姚县人民政府2021年度…). */
const CLAUSE_START = /(?:^|[。；;！？!?：:]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|是)\s*$|^\s*[\u4e00-\u9fa5]{1,16}?(?:人民政府|政府|办事处|街道|[镇乡县区市局委办]|中心|我们)\s*$/;

const years = new Memo((report: Report) => readYears(report));

/** Every year of the report's prose, classified, and the report's own year. */
export function yearsOf(report: Report): ReportYears {
  return years.get(report);
}

function readYears(report: Report): ReportYears {
  const mentions: YearMention[] = [];
  const planParts = new Set(sectionsOf(report).filter((section) => PLAN_TITLE.test(section.title)).flatMap((section) => [...walk(section.children)]));
  for (const unit of proseUnits(report)) {
    // Most paragraphs name no year: two native searches before the scan.
    if (!unit.text.includes('20') && !unit.text.includes('19') && !CHINESE_YEAR_START.test(unit.text)) continue;
    mentions.push(...mentionsIn(unit, unit.node.type === 'paragraph' && planParts.has(unit.node)));
  }
  return { ...reportYearOf(report, mentions), mentions };
}

function mentionsIn(unit: ProseUnit, inPlanPart: boolean): YearMention[] {
  const { text } = unit;
  // Statistics periods are read only once a year needs them (most paragraphs with a year have none).
  let periods: Array<readonly [number, number]> | undefined;
  const inPeriod = (from: number) => (periods ??= [...text.matchAll(PERIOD)].map((match) => [match.index, match.index + match[0].length] as const)).some(([start, end]) => from >= start && from < end);
  const found: YearMention[] = [];
  for (const match of text.matchAll(YEAR)) {
    const from = match.index;
    const after = text.slice(from + 4, from + 40);
    const before = text.slice(Math.max(0, from - 24), from);
    const docNumber = DOC_NUMBER_BEFORE.test(before) && DOC_NUMBER_AFTER.test(after);
    const date = DATE_AFTER.exec(after);
    // A span's first year carries no 年 of its own: 2016—2018年.
    const spanStart = !date && SPAN_AFTER.test(after);
    if (!docNumber && !date && !spanStart) continue;
    const to = docNumber ? from + 4 + /[〕\]］）)】]/.exec(after)!.index + 1 : from + 4 + (date ? date[0].length : 0);
    const title = docNumber ? undefined : titleAround(text, from);
    // A document number is shown with its bracket: 〔2021〕.
    const start = docNumber ? from - before.length + before.search(DOC_NUMBER_BEFORE) : from;
    const role: YearRole = docNumber
      ? 'docNumber'
      : title
        ? 'docTitle'
        : inPeriod(from)
          ? 'period'
          : roleByContext(text, from, before, after, inPlanPart);
    const month = date?.[1] ? Number(date[1]) : undefined;
    const day = date?.[2] ? Number(date[2]) : undefined;
    found.push(new YearMention(yearValue(match), role, text.slice(start, to), unit, start, to, month, day, title));
  }
  return found;
}

const [FULL_STOP, SEMICOLON] = [...'。；'].map((char) => char.charCodeAt(0));

function roleByContext(text: string, from: number, before: string, after: string, inPlanPart: boolean): YearRole {
  // Looked for within MAX_SENTENCE on either side: an unbounded look per year grows with the square of a long line.
  const back = Math.max(0, from - MAX_SENTENCE);
  let sentenceFrom = from;
  while (sentenceFrom > back && text.charCodeAt(sentenceFrom - 1) !== FULL_STOP && text.charCodeAt(sentenceFrom - 1) !== SEMICOLON) sentenceFrom--;
  const limit = Math.min(text.length, from + MAX_SENTENCE);
  let sentenceTo = from;
  while (sentenceTo < limit && text.charCodeAt(sentenceTo) !== FULL_STOP) sentenceTo++;
  const inSentence = text.slice(sentenceFrom, from);
  const sentence = text.slice(sentenceFrom, sentenceTo);
  if (PUBLISHED_BEFORE.test(before) || (text.length <= 48 && DATE_LINE.test(text.trim()))) return 'published';
  if (AS_OF_BEFORE.test(before)) return 'asOf';
  if (REPORT_AFTER.test(after)) return 'report';
  if (PLAN_VERB_BEFORE.test(before)) return 'plan';
  if (HISTORY_BEFORE.test(before) || HISTORY_AFTER.test(after)) return 'history';
  if (COMPARISON_BEFORE.test(before) || COMPARISON_AFTER.test(after)) return 'comparison';
  if (PLAN_AFTER.test(after) || PLAN_BEFORE.test(inSentence) || (inPlanPart && LOOSE_PLAN_AFTER.test(after))) return 'plan';
  const otherYear = [...sentence.matchAll(YEAR)].some((other) => other[0] !== text.slice(from, from + 4));
  if (otherYear && CHANGE_WORD.test(sentence)) return 'comparison';
  if ((CURRENT_AFTER.test(after) && CLAUSE_START.test(inSentence.replace(IN_BEFORE, ''))) || (THIS_YEAR_BEFORE.test(before) && APPOSITION_AFTER.test(after))) return 'current';
  return 'other';
}

/** The 《…》 holding text index `at`, if any (titles are short: look back at most 60 characters). */
function titleAround(text: string, at: number): string | undefined {
  // Only the 60 characters before: lastIndexOf over the whole paragraph, for each year of it, was most of the model's cost.
  const window = text.slice(Math.max(0, at - 60), at);
  const open = window.lastIndexOf('《');
  if (open < 0 || window.lastIndexOf('》') > open) return undefined;
  const close = text.indexOf('》', at);
  return close < 0 || close - at > 60 ? undefined : text.slice(at - window.length + open, close + 1);
}

function reportYearOf(report: Report, mentions: YearMention[]): Pick<ReportYears, 'reportYear' | 'reportYearFrom'> {
  if (report.facts.title && report.facts.year) return { reportYear: report.facts.year.value, reportYearFrom: 'title' };
  const stated = mentions.find((mention) => mention.role === 'report');
  if (stated) return { reportYear: stated.year, reportYearFrom: 'opening' };
  const told = new Map<number, number>();
  for (const mention of mentions) if (mention.role === 'current') told.set(mention.year, (told.get(mention.year) ?? 0) + 1);
  const most = [...told].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  if (most) return { reportYear: most[0], reportYearFrom: 'prose' };
  return report.facts.year ? { reportYear: report.facts.year.value, reportYearFrom: 'facts' } : {};
}
