/**
 * Normalises a label for matching: NFKC folds full-width letters, digits and
 * punctuation（（）：，１２）to their ASCII forms; white space is dropped because
 * pasted tables break labels anywhere ("商业\n企业").
 */
export function normalizeLabel(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
}

const BLANK = /^[\s\u00a0\u3000]*$/;
const DASHES = /^[-—–－―/／\\无]+$/;
const NUMBER = /^([+-]?)(\d+(?:,\d{3})*(?:\.\d+)?)(万元|亿元|元|件|条|个|人次|人|次|项|%)?$/;

export type CellNumber =
  | { kind: 'blank' }
  | { kind: 'number'; value: number }
  | { kind: 'text' };

/** Reads a table cell as written: "１２" → 12, "251000元" → 251000, "—" and "" → blank. */
export function parseCellNumber(raw: string): CellNumber {
  if (BLANK.test(raw)) return { kind: 'blank' };
  const folded = normalizeLabel(raw).replace(/[−－]/g, '-');
  if (DASHES.test(folded)) return { kind: 'blank' };
  const match = NUMBER.exec(folded);
  if (!match) return { kind: 'text' };
  const value = Number(match[2]!.replace(/,/g, ''));
  return { kind: 'number', value: match[1] === '-' ? -value : value };
}

/** True when a cell looks like a value (number or an explicit blank marker), not a label. */
export function isValueCell(raw: string): boolean {
  return parseCellNumber(raw).kind !== 'text';
}

/** Spaces, punctuation and symbols of the scripts reports use (ASCII, Latin-1, general, CJK, full-width). */
const MARKS = /[\s!-/:-@[-`{-\u00bf\u00d7\u00f7\u2000-\u2bff\u3000-\u303f\ufe30-\ufe6f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\uffe0-\uffef]+/g;
const FULL_WIDTH = /[\uff10-\uff5a]/;
const EVERY_FULL_WIDTH = /[\uff10-\uff5a]/g;

/**
 * The text without spaces, punctuation and symbols, full-width letters and digits folded: what
 * two copies of a sentence keep in common however they were re-typed. Plain character ranges,
 * several times faster than NFKC and Unicode-property classes on the hot paths (copies, repeats).
 */
export function lettersOnly(text: string): string {
  const bare = text.replace(MARKS, '');
  return FULL_WIDTH.test(bare) ? bare.replace(EVERY_FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)) : bare;
}
