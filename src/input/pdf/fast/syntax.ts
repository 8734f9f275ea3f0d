/**
 * PDF's object syntax, shared by the file's objects, content streams and ToUnicode CMaps: numbers,
 * names, strings, arrays, dictionaries, and keywords (a content stream's operators). Anything the
 * fast reader does not understand throws Unsupported, and the file goes to PDF.js.
 */

/** What the fast reader does not handle: the caller falls back to PDF.js. */
export class Unsupported extends Error {}

export function unsupported(why: string): never {
  throw new Unsupported(why);
}

export class Name {
  constructor(readonly name: string) {}
}

/** A string's bytes, one char (0–255) a byte. */
export class Str {
  constructor(readonly bytes: string) {}
}

export class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

/** A keyword: an operator in a content stream, `obj`, `stream`, `R`... in the file. */
export class Keyword {
  constructor(readonly word: string) {}
}

export type Dict = Map<string, Value>;
export type Value = number | boolean | null | Name | Str | Ref | Dict | Value[];

/** Arrays and dictionaries inside one another deeper than this are no producer's. */
const MAX_DEPTH = 64;

const WHITE = new Uint8Array(256);
const DELIMITER = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1;
for (const c of '()<>[]{}/%') DELIMITER[c.charCodeAt(0)] = 1;
const isRegular = (c: number) => !WHITE[c] && !DELIMITER[c];

/** Operators are a few short words, met thousands of times a page: one object each. */
const SHORT_KEYWORDS = new Map<number, Keyword>();
const MAX_SHORT_KEYWORDS = 4096;
function shortKeyword(b: Uint8Array, from: number, to: number): Keyword {
  let key = 0;
  for (let i = from; i < to; i++) key = key * 256 + b[i]!;
  let found = SHORT_KEYWORDS.get(key);
  if (found) return found;
  found = new Keyword(latin1(b, from, to));
  // Random bytes make words without end: the table keeps the first few thousand (operators among them).
  if (SHORT_KEYWORDS.size < MAX_SHORT_KEYWORDS) SHORT_KEYWORDS.set(key, found);
  return found;
}

const END_ARRAY = new Keyword(']');
const END_DICT = new Keyword('>>');

/** Reads values and keywords one after the other from `bytes`, starting at `pos`. */
export class Lexer {
  constructor(
    readonly bytes: Uint8Array,
    public pos = 0,
    /** `num gen R` is a reference (in the file's objects; never in content streams). */
    private readonly refs = true,
  ) {}

  /** Skips white space and comments; false at the end. */
  skip(): boolean {
    const b = this.bytes;
    while (this.pos < b.length) {
      const c = b[this.pos]!;
      if (WHITE[c]) this.pos++;
      else if (c === 0x25) {
        while (this.pos < b.length && b[this.pos] !== 10 && b[this.pos] !== 13) this.pos++;
      } else return true;
    }
    return false;
  }

  /** The next value or keyword; undefined at the end. */
  next(depth = 0): Value | Keyword | undefined {
    if (!this.skip()) return undefined;
    const b = this.bytes;
    const c = b[this.pos]!;
    if (c === 0x2f) return this.name();
    if (c === 0x28) return this.literal();
    if (c === 0x3c) {
      if (b[this.pos + 1] === 0x3c) {
        this.pos += 2;
        return this.dict(depth);
      }
      return this.hex();
    }
    if (c === 0x3e && b[this.pos + 1] === 0x3e) {
      this.pos += 2;
      return END_DICT;
    }
    if (c === 0x5b) {
      this.pos++;
      return this.array(depth);
    }
    if (c === 0x5d) {
      this.pos++;
      return END_ARRAY;
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) return this.number();
    if (DELIMITER[c]) unsupported(`stray ${String.fromCharCode(c)}`);
    const start = this.pos;
    while (this.pos < b.length && isRegular(b[this.pos]!)) this.pos++;
    if (this.pos - start <= 3) return shortKeyword(b, start, this.pos);
    const word = latin1(b, start, this.pos);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return new Keyword(word);
  }

  /** The next value; a keyword there is unsupported. */
  value(depth = 0): Value {
    const token = this.next(depth);
    if (token === undefined || token instanceof Keyword) unsupported('a value expected');
    return token;
  }

  private number(): number | Ref {
    const b = this.bytes;
    const start = this.pos;
    let sign = 1;
    if (b[this.pos] === 0x2d || b[this.pos] === 0x2b) sign = b[this.pos++] === 0x2d ? -1 : 1;
    // Digits as one integer, divided by a power of ten after: as PDF.js reads a number.
    let value = 0;
    let digits = 0;
    let divideBy = 0;
    for (; this.pos < b.length; this.pos++) {
      const c = b[this.pos]!;
      if (c >= 0x30 && c <= 0x39) {
        value = value * 10 + c - 0x30;
        if (divideBy) divideBy *= 10;
        digits++;
      } else if (c === 0x2e && !divideBy) divideBy = 1;
      else break;
    }
    if (digits === 0 || (this.pos < b.length && isRegular(b[this.pos]!))) unsupported(`a number: ${latin1(b, start, this.pos + 1)}`);
    if (divideBy) value /= divideBy;
    value *= sign;
    if (!divideBy && this.refs && value >= 0) {
      const mark = this.pos;
      const gen = this.peekInteger();
      if (gen !== undefined && this.skip() && b[this.pos] === 0x52 && !isRegular(b[this.pos + 1] ?? 32)) {
        this.pos++;
        return new Ref(value, gen);
      }
      this.pos = mark;
    }
    return value;
  }

  private peekInteger(): number | undefined {
    if (!this.skip()) return undefined;
    const b = this.bytes;
    let value = 0;
    const start = this.pos;
    while (this.pos < b.length && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x39) value = value * 10 + b[this.pos++]! - 0x30;
    if (this.pos === start || (this.pos < b.length && isRegular(b[this.pos]!))) return undefined;
    return value;
  }

  private name(): Name {
    const b = this.bytes;
    const start = ++this.pos;
    while (this.pos < b.length && isRegular(b[this.pos]!)) this.pos++;
    let raw = latin1(b, start, this.pos);
    if (raw.includes('#')) raw = raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return new Name(raw);
  }

  private literal(): Str {
    const b = this.bytes;
    this.pos++;
    let depth = 1;
    const out: number[] = [];
    while (this.pos < b.length) {
      const c = b[this.pos++]!;
      if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) return new Str(latin1(Uint8Array.from(out), 0, out.length));
      if (c !== 0x5c) {
        out.push(c);
        continue;
      }
      const e = b[this.pos++];
      if (e === undefined) break;
      const simple = ESCAPES[e];
      if (simple !== undefined) out.push(simple);
      else if (e >= 0x30 && e <= 0x37) {
        let code = e - 0x30;
        for (let i = 0; i < 2 && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37; i++) code = code * 8 + b[this.pos++]! - 0x30;
        out.push(code & 0xff);
      } else if (e === 13) {
        if (b[this.pos] === 10) this.pos++;
      } else if (e !== 10) out.push(e);
    }
    return unsupported('an unterminated string');
  }

  private hex(): Str {
    const b = this.bytes;
    this.pos++;
    let out = '';
    let high = -1;
    while (this.pos < b.length) {
      const c = b[this.pos++]!;
      if (c === 0x3e) {
        if (high >= 0) out += String.fromCharCode(high << 4);
        return new Str(out);
      }
      if (WHITE[c]) continue;
      const digit = HEX[c]!;
      if (digit === 255) unsupported('a bad hex string');
      if (high < 0) high = digit;
      else {
        out += String.fromCharCode((high << 4) | digit);
        high = -1;
      }
    }
    return unsupported('an unterminated hex string');
  }

  private array(depth: number): Value[] {
    if (depth >= MAX_DEPTH) unsupported('nested too deep');
    const out: Value[] = [];
    for (;;) {
      const token = this.next(depth + 1);
      if (token === END_ARRAY) return out;
      if (token === undefined || token instanceof Keyword) unsupported('a bad array');
      out.push(token);
    }
  }

  private dict(depth: number): Dict {
    if (depth >= MAX_DEPTH) unsupported('nested too deep');
    const out: Dict = new Map();
    for (;;) {
      const key = this.next(depth + 1);
      if (key === END_DICT) return out;
      if (!(key instanceof Name)) unsupported('a bad dictionary');
      const value = this.next(depth + 1);
      if (value === undefined || value instanceof Keyword) unsupported('a bad dictionary');
      out.set(key.name, value);
    }
  }
}

const ESCAPES: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c };
const HEX = new Uint8Array(256).fill(255);
for (let i = 0; i < 16; i++) HEX['0123456789abcdef'.charCodeAt(i)] = HEX['0123456789ABCDEF'.charCodeAt(i)] = i;

export function latin1(bytes: Uint8Array, from: number, to: number): string {
  let out = '';
  if (to - from < 64) {
    for (let i = from; i < to; i++) out += String.fromCharCode(bytes[i]!);
    return out;
  }
  for (let i = from; i < to; i += 4096) out += String.fromCharCode(...bytes.subarray(i, Math.min(to, i + 4096)));
  return out;
}

export const isName = (value: unknown, name: string): boolean => value instanceof Name && value.name === name;

export function isDict(value: unknown): value is Dict {
  return value instanceof Map;
}

/** Four numbers [x0 y0 x1 y1], normalized; undefined when it is no rectangle. */
export function rectangle(value: unknown): [number, number, number, number] | undefined {
  if (!Array.isArray(value) || value.length !== 4 || !value.every((n) => typeof n === 'number')) return undefined;
  const [a, b, c, d] = value as number[];
  return [Math.min(a!, c!), Math.min(b!, d!), Math.max(a!, c!), Math.max(b!, d!)];
}
