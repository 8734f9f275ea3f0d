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
function isMark(code: number): boolean {
  return (
    code <= 0x20 ||
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0xbf) ||
    code === 0xd7 ||
    code === 0xf7 ||
    (code >= 0x2000 && code <= 0x2bff) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xfe30 && code <= 0xfe6f) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65) ||
    (code >= 0xffe0 && code <= 0xffef)
  );
}

/**
 * The text without spaces, punctuation and symbols, full-width letters and digits folded: what
 * two copies of a sentence keep in common however they were re-typed. A character loop, several
 * times faster than a Unicode-property regex on the hot paths (copy and repeat detection).
 */
export function lettersOnly(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isMark(code)) continue;
    out += code >= 0xff10 && code <= 0xff5a ? String.fromCharCode(code - 0xfee0) : text[i];
  }
  return out;
}
