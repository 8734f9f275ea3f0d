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
