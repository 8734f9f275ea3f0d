import { PdfObjects, Stream } from './objects.js';
import { isDict, isName, Keyword, Lexer, rectangle, Str, unsupported, type Dict, type Value } from './syntax.js';

/** A code of a font as PDF.js's text sees it: its text, width (glyph space), and the kind of character it is. */
export interface FastGlyph {
  unicode: string;
  width: number;
  /** White space: it moves the text on, and is no text of the run. */
  whitespace: boolean;
  /** A combining mark (Mn): no width of its own. */
  diacritic: boolean;
  /** A format character (Cf): dropped, without moving the text on. */
  invisible: boolean;
}

/** PDF.js's categories of a glyph's text (getCharUnicodeCategory). */
const SPECIAL_CHAR = /^(\s)|(\p{Mn})|(\p{Cf})$/u;

/** A code's glyph, worked out once a font; unsupported for a code without text. */
export function glyphOf(font: FastFont, code: number): FastGlyph {
  let glyph = font.glyphs.get(code);
  if (glyph) return glyph;
  const unicode = font.unicode?.get(code);
  if (!unicode) return unsupported(font.unicode ? `code ${code} without text` : 'a font without ToUnicode shows text');
  const category = SPECIAL_CHAR.exec(unicode);
  glyph = { unicode, width: font.widths.get(code) ?? font.defaultWidth, whitespace: Boolean(category?.[1]), diacritic: Boolean(category?.[2]), invisible: Boolean(category?.[3]) };
  font.glyphs.set(code, glyph);
  return glyph;
}

/** What text needs of a font: how its codes are read, their widths (thousandths of the size), their text. */
export interface FastFont {
  /** Codes met so far. */
  glyphs: Map<number, FastGlyph>;
  /** Codes of two bytes (a Type0 font with Identity-H), else one. */
  twoByte: boolean;
  widths: Map<number, number>;
  defaultWidth: number;
  /** Text of each code, from the font's ToUnicode; undefined without one (showing text with it is unsupported). */
  unicode: Map<number, string> | undefined;
  /** Glyph space to text space: 0.001, or a Type3 font's /FontMatrix[0]. */
  scale: number;
  /** A Type3 font with its own matrix: its box's height × /FontMatrix[3], which PDF.js puts on a size of 1 or less. */
  type3Height?: number;
}

/**
 * A font dictionary as PDF.js reads its widths and text: Type0 with Identity-H over a CID font
 * (widths from /W, /DW or 1000), or a simple TrueType or Type1 font (/FirstChar and /Widths,
 * /MissingWidth or 0). Type3, vertical writing and other encodings of CIDs are unsupported.
 */
export function loadFont(objects: PdfObjects, dict: Dict): FastFont {
  const subtype = objects.lookup(dict, 'Subtype');
  const unicode = toUnicode(objects, objects.lookup(dict, 'ToUnicode'));
  if (isName(subtype, 'Type0')) {
    if (!isName(objects.lookup(dict, 'Encoding'), 'Identity-H')) unsupported('a CID encoding other than Identity-H');
    const kids = objects.lookup(dict, 'DescendantFonts');
    const cid = Array.isArray(kids) ? objects.get(kids[0]) : undefined;
    if (!isDict(cid)) unsupported('a Type0 font without its CID font');
    const dw = objects.lookup(cid, 'DW');
    return { glyphs: new Map(), twoByte: true, widths: cidWidths(objects, objects.lookup(cid, 'W')), defaultWidth: typeof dw === 'number' ? dw : 1000, unicode, scale: 0.001 };
  }
  const simple = simpleWidths(objects, dict);
  if (isName(subtype, 'Type3')) {
    // Chromium (Skia) embeds CFF fonts as Type3: their glyphs are not drawn here, only their text placed.
    const matrix = objects.lookup(dict, 'FontMatrix');
    const box = rectangle(objects.lookup(dict, 'FontBBox'));
    if (!Array.isArray(matrix) || matrix.length !== 6 || !matrix.every((n) => typeof n === 'number') || !box || box.every((n) => n === 0)) unsupported('a Type3 font without matrix or box');
    const [a, , , d] = matrix as number[];
    const identity = (matrix as number[]).every((n, i) => n === [0.001, 0, 0, 0.001, 0, 0][i]);
    return { ...simple, glyphs: new Map(), twoByte: false, unicode, scale: a!, type3Height: identity ? undefined : (box[3] - box[1]) * d! };
  }
  if (!isName(subtype, 'TrueType') && !isName(subtype, 'Type1') && !isName(subtype, 'MMType1')) unsupported('an unknown font');
  return { ...simple, glyphs: new Map(), twoByte: false, unicode, scale: 0.001 };
}

/** A simple font's widths: /FirstChar and /Widths, /MissingWidth or 0 for the other codes. */
function simpleWidths(objects: PdfObjects, dict: Dict): { widths: Map<number, number>; defaultWidth: number } {
  const first = objects.lookup(dict, 'FirstChar');
  const list = objects.lookup(dict, 'Widths');
  if (typeof first !== 'number' || !Array.isArray(list)) unsupported('a simple font without widths');
  const widths = new Map<number, number>();
  list.forEach((width, i) => {
    const value = objects.get(width);
    if (typeof value === 'number') widths.set(first + i, value);
  });
  const descriptor = objects.lookup(dict, 'FontDescriptor');
  const missing = isDict(descriptor) ? objects.lookup(descriptor, 'MissingWidth') : undefined;
  return { widths, defaultWidth: typeof missing === 'number' ? missing : 0 };
}

/** /W: `c [w1 w2 …]` and `cFirst cLast w`. */
function cidWidths(objects: PdfObjects, w: Value | Stream | undefined): Map<number, number> {
  const widths = new Map<number, number>();
  if (w === undefined || w === null) return widths;
  if (!Array.isArray(w)) unsupported('a bad /W');
  for (let i = 0; i < w.length; ) {
    const start = objects.get(w[i]);
    const next = objects.get(w[i + 1]);
    if (typeof start !== 'number') unsupported('a bad /W');
    if (Array.isArray(next)) {
      next.forEach((width, j) => {
        const value = objects.get(width);
        if (typeof value === 'number') widths.set(start + j, value);
      });
      i += 2;
    } else {
      const width = objects.get(w[i + 2]);
      if (typeof next !== 'number' || typeof width !== 'number' || next - start > 0xffff) unsupported('a bad /W');
      for (let code = start; code <= next; code++) widths.set(code, width);
      i += 3;
    }
  }
  return widths;
}

/** Codes a bfrange may map at once, and all a CMap's bfranges: a font's code space is 65536. */
const MAX_RANGE = 0x10000;
const MAX_RANGED = 4 * 0x10000;

/** A ToUnicode CMap's bfchar and bfrange entries (the array form too), their targets UTF-16BE. */
function toUnicode(objects: PdfObjects, stream: Value | Stream | undefined): Map<number, string> | undefined {
  if (stream === undefined || stream === null) return undefined;
  if (!(stream instanceof Stream)) unsupported('a ToUnicode that is a name');
  const lexer = new Lexer(objects.decode(stream), 0, false);
  const map = new Map<number, string>();
  let ranged = 0;
  const code = (value: Value | Keyword | undefined): number => {
    if (!(value instanceof Str) || value.bytes.length < 1 || value.bytes.length > 4) return unsupported('a bad CMap code');
    let out = 0;
    for (let i = 0; i < value.bytes.length; i++) out = out * 256 + value.bytes.charCodeAt(i);
    return out;
  };
  const target = (value: Value | Keyword | undefined): string => {
    if (!(value instanceof Str)) return unsupported('a bad CMap target');
    return value.bytes;
  };
  for (let token = lexer.next(); token !== undefined; token = lexer.next()) {
    if (!(token instanceof Keyword)) continue;
    if (token.word === 'beginbfchar') {
      for (let source = lexer.next(); !(source instanceof Keyword && source.word === 'endbfchar'); source = lexer.next()) map.set(code(source), utf16(target(lexer.next())));
    } else if (token.word === 'beginbfrange') {
      for (let low = lexer.next(); !(low instanceof Keyword && low.word === 'endbfrange'); low = lexer.next()) {
        const [from, to, dst] = [code(low), code(lexer.next()), lexer.next()];
        if (to < from || to - from >= MAX_RANGE || (ranged += to - from + 1) > MAX_RANGED) unsupported('a bad bfrange');
        if (Array.isArray(dst)) dst.forEach((each, i) => from + i <= to && map.set(from + i, utf16(target(each))));
        else {
          let bytes = target(dst);
          if (bytes.length === 0) unsupported('an empty bfrange target');
          for (let c = from; c <= to; c++) {
            map.set(c, utf16(bytes));
            bytes = incremented(bytes);
          }
        }
      }
    } else if (token.word === 'begincidrange' || token.word === 'begincidchar' || token.word === 'usecmap') unsupported(`${token.word} in a ToUnicode`);
  }
  return map;
}

/** The target of the next code in a bfrange: the last byte counts up, carrying into the one before (as PDF.js does). */
function incremented(bytes: string): string {
  const last = bytes.length - 1;
  const next = bytes.charCodeAt(last) + 1;
  if (next <= 0xff) return bytes.slice(0, last) + String.fromCharCode(next);
  return bytes.slice(0, last - 1) + String.fromCharCode((bytes.charCodeAt(last - 1) + 1) & 0xff) + '\u0000';
}

/** UTF-16BE bytes → text, as PDF.js decodes a ToUnicode target (an odd length gets a zero byte in front). */
function utf16(bytes: string): string {
  if (bytes.length % 2) bytes = `\u0000${bytes}`;
  const points: number[] = [];
  for (let k = 0; k < bytes.length; k += 2) {
    const w1 = (bytes.charCodeAt(k) << 8) | bytes.charCodeAt(k + 1);
    if ((w1 & 0xf800) !== 0xd800) {
      points.push(w1);
      continue;
    }
    k += 2;
    const w2 = (bytes.charCodeAt(k) << 8) | bytes.charCodeAt(k + 1);
    points.push(((w1 & 0x3ff) << 10) + (w2 & 0x3ff) + 0x10000);
  }
  return String.fromCodePoint(...points);
}
