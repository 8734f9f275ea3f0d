import type { Position } from 'unist';
import { unitWords } from '../knowledge/data/units.js';
import { generationForYear, knowledge } from '../knowledge/index.js';
import { locate, type TextBlock } from '../model/block.js';
import type { SourceLocator } from '../model/source.js';
import type { Located, ReportFacts, Table } from '../model/types.js';

const TITLE = /(年度报告|工作年报|年度工作报告|年报)\s*$/;
const YEAR = /((?:19|20)\d{2})\s*年/;
const BODY_SUFFIX = /(人民政府|政府办公室|办公室|办事处|委员会|局|厅|署|中心|院|所)$/;
/** What joins a period's first day to its last: 至, 到, a dash, after 起 and a comma (…起，到…止). */
export const PERIOD_TO = '\\s*(?:起)?\\s*[，,]?\\s*(?:至|到|—|-|－|～|~)\\s*';
/** 统计期限 2019年1月1日至2019年12月31日 (…起，到…止), or with the end's year left out (…至12月31日). */
const PERIOD = new RegExp(`((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日${PERIOD_TO}(?:((?:19|20)\\d{2})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日`);
/** A whole year named as the period: 统计口径为2019年全年, 统计时段为2019年1—12月. */
const WHOLE_YEAR_PERIOD = /统计(?:期限|时限|时段|区间|周期|口径|范围|时间)[^。；\d]{0,6}?((?:19|20)\d{2})\s*年度?\s*(?:全年|1\s*(?:—|-|－|～|~|至)\s*12\s*月)/;
const PUBLISHED = /(?:发布时间|发布日期|发布于|发文日期|成文日期)\s*[:：]?\s*((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;
const SELF_NAME = new RegExp(`([^\\s，。、,.；;：:“”"《》()（）和的及与对在为是由向经各全该本]{2,10}?(?:${unitWords(knowledge.units, (unit) => !unit.ambiguous)}))人民政府`, 'g');
const GENERIC_NAMES = new Set(['乡镇', '各乡镇', '镇', '县', '市', '区', '省', '县级', '市县', '乡']);

const pad = (n: string) => n.padStart(2, '0');

/** Facts every rule relies on: title, body, year, period, publication date, generation. */
export function readFacts(blocks: TextBlock[], tables: Table[], locator: SourceLocator): ReportFacts {
  const head = blocks.slice(0, 12);
  const titleIndex = head.findIndex((block) => block.text.length <= 80 && TITLE.test(block.text) && YEAR.test(block.text));
  const titleBlock = head[titleIndex];
  const title = titleBlock && located(titleBlock.text, titleBlock.position);
  const period = findPeriod(blocks, locator);
  const published = findPublished(head, locator);
  const year = titleBlock ? yearIn(titleBlock, locator) : undefined;
  const fallbackYear = year ?? (period && { value: Number(period.value.start.slice(0, 4)), position: period.position }) ?? commonYear(blocks);
  const body = bodyFromTitle(titleBlock, head[titleIndex - 1], locator) ?? mostNamedBody(blocks, locator);
  const fromYear = fallbackYear ? generationForYear(fallbackYear.value, knowledge) : undefined;
  const fromTables = tables.find((table) => table.kind === 'applications' || table.kind === 'proactive')?.generation
    ?? (tables.some((table) => table.kind === 'legacyStats') ? 'legacy' : undefined);
  return {
    ...(title && { title }),
    ...(body && { body }),
    ...(fallbackYear && { year: fallbackYear }),
    ...(period && { period }),
    ...(published && { published }),
    generation: fromTables ?? fromYear ?? 'gb2021',
    generationEvidence: { ...(fromYear && { fromYear }), ...(fromTables && { fromTables }) },
  };
}

function located<T>(value: T, position?: Position): Located<T> {
  return position ? { value, position } : { value };
}

function yearIn(block: TextBlock, locator: SourceLocator): Located<number> | undefined {
  const match = YEAR.exec(block.text);
  return match ? located(Number(match[1]), locate(block, locator, match.index, match.index + match[1]!.length)) : undefined;
}

function bodyFromTitle(title: TextBlock | undefined, before: TextBlock | undefined, locator: SourceLocator): Located<string> | undefined {
  if (!title) return undefined;
  const match = YEAR.exec(title.text)!;
  const prefix = title.text.slice(0, match.index).trim();
  if (prefix.length >= 2) return located(prefix, locate(title, locator, 0, prefix.length));
  if (before && before.text.length <= 30 && BODY_SUFFIX.test(before.text)) return located(before.text, before.position);
  return undefined;
}

/** Without a title, the body is the government most often named in full (大姚县人民政府). */
function mostNamedBody(blocks: TextBlock[], locator: SourceLocator): Located<string> | undefined {
  const counts = new Map<string, { count: number; block: TextBlock; index: number }>();
  for (const block of blocks) {
    // The pattern opens with a character class, so the engine would try it at every character.
    if (!block.text.includes('人民政府')) continue;
    for (const match of block.text.matchAll(SELF_NAME)) {
      if (GENERIC_NAMES.has(match[1]!)) continue;
      const name = match[0];
      const entry = counts.get(name);
      if (entry) entry.count++;
      else counts.set(name, { count: 1, block, index: match.index! });
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1].count - a[1].count)[0];
  if (!best) return undefined;
  const [name, { block, index }] = best;
  return located(name, locate(block, locator, index, index + name.length));
}

function commonYear(blocks: TextBlock[]): Located<number> | undefined {
  const counts = new Map<number, number>();
  for (const block of blocks.slice(0, 40)) {
    for (const match of block.text.matchAll(/((?:19|20)\d{2})\s*年/g)) counts.set(Number(match[1]), (counts.get(Number(match[1])) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best && { value: best[0] };
}

function findPeriod(blocks: TextBlock[], locator: SourceLocator): ReportFacts['period'] {
  for (const block of blocks.slice(0, 30)) {
    const whole = WHOLE_YEAR_PERIOD.exec(block.text);
    if (whole) {
      const from = whole.index + whole[0].indexOf(whole[1]!);
      return located({ start: `${whole[1]}-01-01`, end: `${whole[1]}-12-31` }, locate(block, locator, from, whole.index + whole[0].length));
    }
    const match = PERIOD.exec(block.text);
    if (!match) continue;
    const [, y1, m1, d1, y2, m2, d2] = match;
    // Without the end's year, only a whole year is a period: "11月1日至12月31日" may be a campaign.
    if (!y2 && !(Number(m1) === 1 && Number(d1) === 1 && Number(m2) === 12 && Number(d2) === 31)) continue;
    return located(
      { start: `${y1}-${pad(m1!)}-${pad(d1!)}`, end: `${y2 ?? y1}-${pad(m2!)}-${pad(d2!)}` },
      locate(block, locator, match.index, match.index + match[0].length),
    );
  }
  return undefined;
}

function findPublished(blocks: TextBlock[], locator: SourceLocator): ReportFacts['published'] {
  for (const block of blocks) {
    const match = PUBLISHED.exec(block.text);
    if (!match) continue;
    const [, y, m, d] = match;
    // The date as written, not its label: a finding underlines "2018-08-21".
    const from = match.index + match[0].indexOf(y!, match[0].search(/\d/));
    return located(`${y}-${pad(m!)}-${pad(d!)}`, locate(block, locator, from, match.index + match[0].length));
  }
  return undefined;
}
