import { normalizeLabel } from '../knowledge/normalize.js';

export interface HeadingMarker {
  depth: number;
  marker: string;
  ordinal: number;
}

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105; NaN when not a Chinese numeral. */
export function chineseNumber(text: string): number {
  if (!/^[〇零一二两三四五六七八九十百千]+$/.test(text)) return Number.NaN;
  let total = 0;
  let digit = 0;
  for (const char of text) {
    if (char === '十' || char === '百' || char === '千') {
      const unit = char === '十' ? 10 : char === '百' ? 100 : 1000;
      total += (digit || 1) * unit;
      digit = 0;
    } else {
      digit = CHINESE_DIGITS[char]!;
    }
  }
  return total + digit;
}

const PATTERNS: Array<{ depth: number; re: RegExp; chinese: boolean }> = [
  { depth: 1, re: /^([一二三四五六七八九十]+)、/, chinese: true },
  { depth: 2, re: /^\(([一二三四五六七八九十]+)\)/, chinese: true },
  { depth: 3, re: /^(\d{1,2})[.、](?!\d)/, chinese: false },
  { depth: 4, re: /^\((\d{1,2})\)/, chinese: false },
];

/**
 * The numbering that starts a heading: 一、 → （一） → 1. / 1、 → （1）.
 * Matched on the NFKC form so full-width brackets and dots count too.
 */
export function headingMarker(text: string): HeadingMarker | undefined {
  const folded = text.normalize('NFKC').replace(/^\s+/, '');
  for (const { depth, re, chinese } of PATTERNS) {
    const match = re.exec(folded);
    if (!match) continue;
    const ordinal = chinese ? chineseNumber(match[1]!) : Number(match[1]);
    if (!Number.isFinite(ordinal) || ordinal === 0) continue;
    // The marker as written (original characters), for messages.
    const written = text.trimStart().slice(0, match[0].length);
    return { depth, marker: written, ordinal };
  }
  return undefined;
}

export function isHeadingText(text: string): boolean {
  return headingMarker(normalizeLabel(text)) !== undefined;
}
