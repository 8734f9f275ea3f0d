/**
 * The change vocabulary (validated by src/knowledge/changes.ts): how prose compares a figure with last
 * year's, right after the figure — "收到申请120件，同比增长20%", "较上年减少3件", "与上年持平",
 * "是上年的2倍" (docs/phrasing.md). Patterns are regular-expression sources;
 * `{last}` stands for `lastYear`.
 */
export const changeVocabularyInput = {
  /** Last year: 上年、上一年度、去年, or a year written out (2022年), which must be the report's year − 1. */
  lastYear: '上(?:一)?年(?:度)?|去年(?:度)?|(?:19|20)\\d{2}\\s*年(?:度)?',
  /** Words between the figure's own noun and the comparison: "，申请量同比…" ("，全县同比…" is no longer the figure's). */
  subjects: '(?:申请量|申请数|受理量|数量|总量|总数|件数|案件数)?',
  /** The base of a change: 同比、较上年、比去年同期、与上年相比、相较于2022年. */
  bases: [
    '同比',
    '(?:较|比|相比|相较|对比)(?:于)?(?:{last})(?:同期)?',
    '(?:与|和|同|跟)(?:{last})(?:同期)?(?:相比|比较|对比)?',
  ],
  /** Verbs of a rise and of a fall, before the amount (增长20%, 减少3件). */
  up: '增长|增加|上升|提高|增多|上涨',
  down: '下降|减少|降低|下滑|回落|减|降',
  /** No change; 基本持平 and the like are not exact and are not read. */
  same: '(?<!基本|大致|大体|总体|整体)(?:持平|相同|一致|无变化)',
  /** "是上年的2倍": the base of a ratio, the amount and 倍 follow. */
  ratioBases: ['(?:是|为|达|相当于)(?:{last})(?:同期)?的'],
  /** Units of an amount that counts (a percentage point, 5个百分点, is a change of a rate, not read). */
  countUnits: '件次|件|条|项|个(?!百分点)|份|起|宗|次|篇',
  /** After an amount, words that make it inexact (增加10余件, 增长20%左右). */
  inexact: '余|多|左右|以上|上下',
};
