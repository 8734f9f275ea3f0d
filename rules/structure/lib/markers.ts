const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 20 → 二十 (heading numbers stay well under 100). */
function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${n % 10 ? DIGITS[n % 10] : ''}`;
}

/** The marker a heading would have with another number, in the same style: ("（三）", 2) → "（二）". */
export function markerWithOrdinal(marker: string, ordinal: number): string {
  return /\d/.test(marker) ? marker.replace(/\d+/, String(ordinal)) : marker.replace(/[零一二三四五六七八九十百]+/, chineseNumeral(ordinal));
}
