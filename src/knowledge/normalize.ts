/**
 * Normalises a label for matching: NFKC folds full-width letters, digits and
 * punctuation（（）：，１２）to their ASCII forms; white space is dropped because
 * pasted tables break labels anywhere ("商业\n企业").
 */
export function normalizeLabel(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
}

const BLANK = /^[\s\u00a0\u3000]*$/;
const SPACED_FIGURES = /[\d０-９][\s\u00a0\u3000]+[\d０-９—－/]/;
const DASHES = /^[-—–－―/／\\无]+$/;
const NUMBER = /^([+-]?)(\d+(?:,\d{3})*(?:\.\d+)?)(万元|亿元|元|件|条|个|人次|人|次|项|%)?$/;

export type CellNumber =
  | { kind: 'blank' }
  | { kind: 'number'; value: number }
  | { kind: 'text' };

/**
 * A footnote mark after a figure ("4*", "4①", "4¹", "4（注1）"). Taken off before NFKC, which
 * would fold ① and ¹ into digits of the figure.
 */
const FOOTNOTE = /(?:[*＊※†‡\u2460-\u2473\u00b9\u00b2\u00b3\u2070-\u2079]|[(（]注\s*\d*[)）])+[\s\u00a0\u3000]*$/;

/** Reads a table cell as written: "１２" → 12, "251000元" → 251000, "1,234" → 1234, "4①" → 4, "—" and "" → blank. */
export function parseCellNumber(raw: string): CellNumber {
  if (BLANK.test(raw)) return { kind: 'blank' };
  // Figures apart by spaces are several cells of a flattened row, not one number.
  if (SPACED_FIGURES.test(raw)) return { kind: 'text' };
  const folded = normalizeLabel(raw.replace(FOOTNOTE, '')).replace(/[−－]/g, '-');
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

/** What lettersOnly does with each UTF-16 code unit, looked up in a table: a character loop, not a regular expression, on the hot paths. */
const KEEP = 0;
const DROP = 1;
const FOLD = 2;
const HANDLING = new Uint8Array(0x10000);
// Spaces and line breaks (\s), and the punctuation and symbols of the scripts reports use:
// ASCII, Latin-1 (with × and ÷), general punctuation and symbols, CJK, full-width.
for (const [from, to] of [
  [0x09, 0x0d], [0x20, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0xbf], [0xd7, 0xd7], [0xf7, 0xf7], [0x1680, 0x1680],
  [0x2000, 0x2bff], [0x3000, 0x303f], [0xfe30, 0xfe6f], [0xfeff, 0xfeff],
  [0xff01, 0xff0f], [0xff1a, 0xff20], [0xff3b, 0xff40], [0xff5b, 0xff65], [0xffe0, 0xffef],
] as const) {
  HANDLING.fill(DROP, from, to + 1);
}
// Full-width digits and letters, folded to ASCII.
for (const [from, to] of [[0xff10, 0xff19], [0xff21, 0xff3a], [0xff41, 0xff5a]] as const) HANDLING.fill(FOLD, from, to + 1);
const FULL_WIDTH_OFFSET = 0xfee0;

/**
 * The text without spaces, punctuation and symbols, full-width letters and digits folded: what
 * two copies of a sentence keep in common however they were re-typed. Several times faster than
 * NFKC and Unicode-property classes on the hot paths (copies, repeats).
 */
export function lettersOnly(text: string): string {
  let letters = '';
  // Start of the run of characters kept as they are.
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const handling = HANDLING[code];
    if (handling === KEEP) continue;
    letters += text.slice(run, i);
    if (handling === FOLD) letters += String.fromCharCode(code - FULL_WIDTH_OFFSET);
    run = i + 1;
  }
  return run === 0 ? text : letters + text.slice(run);
}

/** Whether lettersOnly keeps the character (folded or as it is). */
export const isLetter = (code: number): boolean => HANDLING[code] !== DROP;
