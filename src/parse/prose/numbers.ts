import { chineseNumber } from '../headings.js';
import { roundFigure } from '../../model/round.js';

/** A figure written in prose: "5件", "３条", "十二项", "3.5万元", "约300条", "100%". */
export interface Figure {
  value: number;
  unit: string;
  /** 约300条, 300余条, 近百条, 300条以上: never an exact claim. */
  approximate: boolean;
  /** Text index where the figure starts, including a leading marker (约, 近). */
  from: number;
  /** Text index of the first digit. */
  start: number;
  /** Text index after the unit. */
  end: number;
}

export const DIGITS = '0123456789０１２３４５６７８９';
export const NUMERALS = '零〇一二两三四五六七八九十百千万亿';
// Thousands with an ASCII comma or a space (1,234 / 1 234): a full-width comma is a clause break (5件，123条).
const ARABIC = `[${DIGITS}]+(?:[, \u00a0\u2009][${DIGITS}]{3}(?![${DIGITS}]))*(?:[.．][${DIGITS}]+)?`;
const CHINESE = `[${NUMERALS}]+`;
/** A number as prose writes it, Arabic or Chinese (a pattern source, no group). */
export const NUMBER = `${ARABIC}|${CHINESE}`;
// Longer units first: 万元 before 万, 件次 before 件.
const UNITS = '万元|亿元|元|件次|人次|件|条|次|人|个|项|篇|份|起|宗|例|名|场|期|部|%|％';
/** A figure starting right at `lastIndex` (sticky): tried only where a numeral starts, see findFigures. */
const FIGURE = new RegExp(
  `(${ARABIC}|${CHINESE})\\s*([万亿](?![元]))?\\s*(余|多|来)?\\s*(${UNITS})(左右|以上|上下)?`,
  'y',
);
/**
 * Which kind of numeral each character is, if any: a table, since a regular expression searching a
 * text for any of the Chinese numerals took ~10 ns a character, most of the time the claims took.
 */
const NOT_NUMERAL = 0;
const NUMERAL_KIND = new Uint8Array(0x10000);
for (const digit of DIGITS) NUMERAL_KIND[digit.charCodeAt(0)] = 1;
for (const numeral of NUMERALS) NUMERAL_KIND[numeral.charCodeAt(0)] = 2;
const MARKER_BEFORE = /(约|近|超过|逾|大约|将近|接近|不少于|不低于|至少|不超过|上|数)\s*$/;
/** Only before a Chinese numeral is 上 or 数 a marker (上百条, 数千件); 网站上248条 is exact. */
const CHINESE_ONLY_MARKERS = new Set(['上', '数']);

const ASCII_DIGITS = /^[0-9]+$/;
/** A bare zero closing its clause, and what may stand right before it (为, 是). */
const ZERO_ALONE = /[0０零](?=\s*(?:[，,；;。）)]|$))/y;
const STATED_AS = /[为是]\s*$/;

/** "五" → 5, "十二" → 12, "两" → 2, "一百零五" → 105, "３" → 3, "3.5万" → 35000, "三万五千" → 35000; NaN otherwise. */
export function parseNumber(text: string): number {
  // Most figures are plain ASCII digits: no NFKC needed.
  if (ASCII_DIGITS.test(text)) return Number(text);
  const folded = text.normalize('NFKC').replace(/\s+/g, '');
  const arabic = /^(\d+(?:,\d{3})*(?:\.\d+)?)([万亿])?$/.exec(folded);
  if (arabic) return roundFigure(Number(arabic[1]!.replace(/,/g, '')) * multiplier(arabic[2]));
  if (!/^[零〇一二两三四五六七八九十百千万亿]+$/.test(folded)) return Number.NaN;
  let total = 0;
  let rest = folded;
  for (const [unit, factor] of [['亿', 1e8], ['万', 1e4]] as const) {
    const at = rest.indexOf(unit);
    if (at < 0) continue;
    total += (at === 0 ? 1 : chineseNumber(rest.slice(0, at))) * factor;
    rest = rest.slice(at + 1);
  }
  return rest ? total + chineseNumber(rest) : total;
}

const multiplier = (unit: string | undefined) => (unit === '亿' ? 1e8 : unit === '万' ? 1e4 : 1);

/**
 * Every figure with a unit in a text, and a bare zero stated as what something is (均为0). Any other
 * number without a unit is never a figure, so years (2021年), dates (12月31日), document numbers
 * (〔2018〕2号) and phone numbers drop out; so do ordinals (第三次) and digits glued to other digits or
 * letters (ICP备07010879-3号).
 */
export function findFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (let at = 0; at < text.length; ) {
    const kind = NUMERAL_KIND[text.charCodeAt(at)]!;
    if (kind === NOT_NUMERAL) {
      at++;
      continue;
    }
    FIGURE.lastIndex = at;
    const match = FIGURE.exec(text);
    if (!match) {
      // "数量均为0。", "均为零，": a zero stated as what something is, ending its clause, needs no unit.
      ZERO_ALONE.lastIndex = at;
      if (ZERO_ALONE.test(text) && STATED_AS.test(text.slice(Math.max(0, at - 2), at))) {
        figures.push({ value: 0, unit: '', approximate: false, from: at, start: at, end: at + 1 });
        at++;
        continue;
      }
      // Where no figure starts, none starts later in the same run of digits or of Chinese numerals
      // either (it would start here, with a longer number): the same figures as a global search.
      do at++;
      while (at < text.length && NUMERAL_KIND[text.charCodeAt(at)] === kind);
      continue;
    }
    at = FIGURE.lastIndex;
    const [, number, factor, between, unit, after] = match;
    const start = match.index;
    const previous = text[start - 1] ?? '';
    if (previous === '第' || /[0-9０-９A-Za-z.．]/.test(previous)) continue;
    const chinese = !/[0-9０-９]/.test(number!);
    const value = parseNumber(number! + (factor ?? ''));
    if (!Number.isFinite(value)) continue;
    const before = MARKER_BEFORE.exec(text.slice(Math.max(0, start - 4), start));
    const marker = before && (chinese || !CHINESE_ONLY_MARKERS.has(before[1]!)) ? before[0] : '';
    // A range (3-5件, 3至5件) is as vague as 约.
    const range = /[0-9０-９][-~～至到]\s*$/.test(text.slice(Math.max(0, start - 3), start));
    figures.push({
      value,
      unit: unit === '％' ? '%' : unit!,
      approximate: Boolean(marker || between || after || range),
      from: start - marker.length,
      start,
      end: start + match[0].length - (after?.length ?? 0),
    });
  }
  return figures;
}

/** Units that count the same kind of thing: a list of 条 may end with 4件. */
export function unitGroup(unit: string): string {
  return /^(件|条|项|篇|份)$/.test(unit) ? 'item' : unit;
}

export const isCount = (figure: Figure) => figure.unit !== '%' && !figure.unit.endsWith('元');

/** An amount of money: table 二's fees are kept in 万元, the 2008 table's fees in 元 or 万元. */
export const isAmount = (figure: Figure) => figure.unit === '万元' || figure.unit === '元';
