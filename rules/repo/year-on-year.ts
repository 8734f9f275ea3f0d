import { z } from 'zod';
import type { Lang } from '../../src/engine/rule.js';
import type { Knowledge } from '../../src/engine/rule-api.js';
import type { RepoRelatedInput } from '../../src/repo/rule.js';
import { defineRepoRule } from '../../src/repo/rule.js';
import { cellOf, cellValue, type RepoSummary, type SummaryChange } from '../../src/repo/summary.js';
import { roundFigure } from '../../src/model/round.js';

/** The cells summed (blanks as 0); undefined when the report lacks one or all are blank. */
function sumOf(report: RepoSummary, keys: readonly string[]): number | undefined {
  let sum = 0;
  let blank = true;
  for (const key of keys) {
    const value = cellValue(report, key);
    if (value === undefined) return undefined;
    if (value !== null) blank = false;
    sum += value ?? 0;
  }
  return blank ? undefined : roundFigure(sum);
}

/**
 * How far a figure rounded to `decimals` digits may be from the exact one: half a unit of its last
 * digit (20% covers 19.5–20.5); a one-decimal percentage gets 0.05 points more, for reports that cut
 * the second decimal instead of rounding it (9.09 → 9.0).
 */
const tolerance = (change: SummaryChange) => 0.5 * 10 ** -change.decimals + (change.kind === 'percent' && change.decimals === 1 ? 0.05 : 0);
/** Float slack on top of the tolerance: 1.1 / 1 − 1 is not exactly 0.1. */
const EPSILON = 1e-9;

/** The change the tables show, when it differs from the stated one; undefined when it fits or cannot be checked. */
function actualChange(change: SummaryChange, current: number, previous: number): number | undefined {
  const difference = roundFigure(current - previous);
  switch (change.kind) {
    case 'percent': {
      if (previous === 0) return undefined;
      const percent = (difference / previous) * 100;
      return Math.abs(percent - change.direction * change.value) <= tolerance(change) + EPSILON ? undefined : percent;
    }
    case 'times': {
      if (previous === 0) return undefined;
      const ratio = current / previous;
      return Math.abs(ratio - change.value) <= tolerance(change) + EPSILON ? undefined : ratio;
    }
    case 'absolute':
      return difference === change.direction * change.value ? undefined : difference;
    case 'same':
      return difference === 0 ? undefined : difference;
  }
}

/** A computed figure to one digit more than the stated one, without trailing zeros: 9.0909 → "9.1". */
const shown = (value: number, decimals: number) => String(Number(value.toFixed(decimals + 1)));

/** The actual change in words: 增长9.1%, 减少10件, 持平, 为3倍. */
function inWords(change: SummaryChange, actual: number, lang: Lang): string {
  const zh = lang === 'zh';
  if (change.kind === 'times') return zh ? `为${shown(actual, change.decimals)}倍` : `${shown(actual, change.decimals)} times`;
  const amount = change.kind === 'percent' ? `${shown(Math.abs(actual), change.decimals)}%` : `${Math.abs(actual)}${zh ? change.unit : ''}`;
  if (actual === 0) return zh ? '持平' : 'no change';
  if (zh) return `${actual > 0 ? (change.kind === 'percent' ? '增长' : '增加') : change.kind === 'percent' ? '下降' : '减少'}${amount}`;
  return `a ${actual > 0 ? 'rise' : 'fall'} of ${amount}`;
}

const labelOf = (report: RepoSummary, change: SummaryChange, lang: Lang, knowledge: Knowledge) => {
  const entry = knowledge.claims.counts.find((e) => e.id === change.entry && e.table === change.table && e.generations.includes(report.generation));
  return entry?.label[lang] ?? change.entry;
};

/** A change against last year stated in the prose (同比增长20%) must be the change between the two years' tables. */
export default defineRepoRule({
  meta: {
    id: 'repo/year-on-year',
    family: 'repo',
    description: {
      zh: '正文所述与上年相比的增减（同比增长20%、较上年减少3件、与上年持平）应与本年和同一机关上一年度报告的表格相符',
      en: 'A change against last year stated in the prose must match this year\'s and the same body\'s previous-year tables',
    },
    recommended: 1,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      mismatch: {
        zh: '{stated}，但{table}本年{label}{current}{unit}、{previousYear}年报告为{previous}{unit}，实际{actual}',
        // {unit} is empty in English: "120 this year", not "120件".
        en: '"{stated}", but {table} gives {label} {current}{unit} this year and {previous}{unit} in the {previousYear} report: {actual}',
      },
      previous: {
        zh: '{previousYear}年报告：{cell} = {value}',
        en: '{previousYear} report: {cell} = {value}',
      },
    },
  },
  // With the changes, each summary keeps every total cell a claim can name (neededByAll, src/repo/summary.ts).
  needs: { changes: true },
  options: z.object({}).strict(),
  checkRepository({ repository, knowledge, lang, emit }) {
    for (const report of repository.reports) {
      if (report.changes.length === 0) continue;
      for (const previous of repository.lastYear(report)) {
        for (const change of report.changes) {
          const current = sumOf(report, change.cells);
          const before = sumOf(previous, change.cells);
          const actual = current === undefined || before === undefined ? undefined : actualChange(change, current, before);
          if (actual === undefined) continue;
          const label = labelOf(report, change, lang, knowledge);
          const data = {
            stated: change.text,
            table: knowledge.claims.tableNames[change.table][lang],
            label,
            current: current!,
            previous: before!,
            unit: lang === 'zh' ? change.unit : '',
            previousYear: previous.year!,
            actual: inWords(change, actual, lang),
          };
          emit({ filePath: report.filePath, position: change.position, messageId: 'mismatch', data, related: previousCells(previous, change, label) });
        }
      }
    }
  },
});

/** Last year's cells of the figure: those with a value, else the first (all 0). */
function previousCells(previous: RepoSummary, change: SummaryChange, label: string): RepoRelatedInput[] {
  const cells = change.cells.flatMap((key) => {
    const cell = cellOf(previous, key);
    return cell?.position ? [{ key, value: cell.value, position: cell.position }] : [];
  });
  const withValue = cells.filter((cell) => cell.value);
  return (withValue.length ? withValue : cells.slice(0, 1)).map(({ key, value, position }) => ({
    filePath: previous.filePath,
    position,
    messageId: 'previous',
    data: { previousYear: previous.year!, cell: change.cells.length === 1 ? label : `${label}（${key}）`, value: value ?? 0 },
  }));
}
