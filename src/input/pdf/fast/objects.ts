import pako from 'pako';
import { concatBytes } from '../../bytes.js';
import { MAX_UNZIPPED_BYTES } from '../../zip-check.js';
import { isDict, isName, Keyword, latin1, Lexer, Name, Ref, unsupported, type Dict, type Value } from './syntax.js';

/** A stream: its dictionary and its raw (still encoded) bytes. */
export class Stream {
  constructor(
    readonly dict: Dict,
    readonly raw: Uint8Array,
  ) {}
}

export type Resolved = Exclude<Value, Ref> | Stream;

/** Where an object is: at an offset in the file, or the index-th of an object stream. */
type Entry = { offset: number } | { stream: number; index: number };

/** Sections of the cross-reference followed through /Prev: more is a loop or no producer's file. */
const MAX_SECTIONS = 64;

/**
 * A PDF file's objects, found through its cross-reference: classic tables and cross-reference
 * streams (with object streams), updates followed through /Prev. An encrypted file, a damaged
 * cross-reference or an encoding other than Flate is unsupported.
 */
export class PdfObjects {
  private readonly entries = new Map<number, Entry>();
  private readonly cache = new Map<number, Resolved>();
  private readonly objectStreams = new Map<number, { bytes: Uint8Array; offsets: number[] }>();
  private readonly resolving = new Set<number>();
  /** Bytes inflated so far: a bomb stops at MAX_UNZIPPED_BYTES. */
  private inflated = 0;
  readonly trailer: Dict;

  constructor(readonly bytes: Uint8Array) {
    const tail = latin1(bytes, Math.max(0, bytes.length - 1024), bytes.length);
    const at = tail.lastIndexOf('startxref');
    if (at < 0) unsupported('no startxref');
    let offset = Number(/^startxref\s+(\d+)/.exec(tail.slice(at))?.[1] ?? NaN);
    let trailer: Dict | undefined;
    const seen = new Set<number>();
    while (Number.isInteger(offset)) {
      if (seen.has(offset) || seen.size >= MAX_SECTIONS || offset >= bytes.length) unsupported('a bad xref chain');
      seen.add(offset);
      const section = this.section(offset);
      trailer ??= section;
      const hybrid = section.get('XRefStm');
      if (typeof hybrid === 'number' && !seen.has(hybrid)) {
        seen.add(hybrid);
        this.section(hybrid);
      }
      const previous = section.get('Prev');
      offset = typeof previous === 'number' ? previous : NaN;
    }
    if (!trailer || trailer.has('Encrypt')) unsupported('encrypted');
    this.trailer = trailer;
  }

  /** Reads one cross-reference section at `offset` (a table or a stream); returns its trailer. */
  private section(offset: number): Dict {
    const lexer = new Lexer(this.bytes, offset);
    const first = lexer.next();
    if (first instanceof Keyword && first.word === 'xref') return this.table(lexer);
    lexer.pos = offset;
    const stream = this.objectAt(offset);
    if (!(stream instanceof Stream) || !isName(stream.dict.get('Type'), 'XRef')) unsupported('no xref at startxref');
    this.xrefStream(stream);
    return stream.dict;
  }

  private table(lexer: Lexer): Dict {
    for (;;) {
      const token = lexer.next();
      if (token instanceof Keyword && token.word === 'trailer') {
        const trailer = lexer.value();
        if (!isDict(trailer)) unsupported('a bad trailer');
        return trailer;
      }
      const count = lexer.next();
      if (typeof token !== 'number' || typeof count !== 'number' || count < 0 || count > this.bytes.length / 18) unsupported('a bad xref table');
      for (let i = 0; i < count; i++) {
        const offset = lexer.next();
        lexer.next();
        const kind = lexer.next();
        if (typeof offset !== 'number' || !(kind instanceof Keyword)) unsupported('a bad xref entry');
        if (kind.word === 'n' && !this.entries.has(token + i)) this.entries.set(token + i, { offset });
        else if (kind.word === 'f' && !this.entries.has(token + i)) this.entries.set(token + i, { offset: -1 });
      }
    }
  }

  private xrefStream(stream: Stream): void {
    const widths = stream.dict.get('W');
    const size = stream.dict.get('Size');
    if (!Array.isArray(widths) || widths.length !== 3 || !widths.every((w) => typeof w === 'number' && w >= 0 && w <= 8) || typeof size !== 'number') unsupported('a bad xref stream');
    const [w0, w1, w2] = widths as number[];
    const index = stream.dict.get('Index') ?? [0, size];
    if (!Array.isArray(index) || index.length % 2 || !index.every((n) => typeof n === 'number')) unsupported('a bad xref stream index');
    const data = this.decode(stream);
    const row = w0! + w1! + w2!;
    if (row === 0) unsupported('an xref stream of empty rows');
    let at = 0;
    const field = (width: number, missing: number) => {
      if (width === 0) return missing;
      let value = 0;
      for (let i = 0; i < width; i++) value = value * 256 + data[at++]!;
      return value;
    };
    for (let i = 0; i < index.length; i += 2) {
      const [start, count] = [index[i] as number, index[i + 1] as number];
      for (let n = 0; n < count; n++) {
        if (at + row > data.length) unsupported('a short xref stream');
        const [kind, a, b] = [field(w0!, 1), field(w1!, 0), field(w2!, 0)];
        if (this.entries.has(start + n)) continue;
        if (kind === 0) this.entries.set(start + n, { offset: -1 });
        else if (kind === 1) this.entries.set(start + n, { offset: a });
        else if (kind === 2) this.entries.set(start + n, { stream: a, index: b });
      }
    }
  }

  /** The object a value refers to (the value itself when it is no reference); null when it is free or missing. */
  get(value: Value | undefined): Resolved | undefined {
    if (!(value instanceof Ref)) return value;
    const cached = this.cache.get(value.num);
    if (cached !== undefined) return cached;
    if (this.resolving.has(value.num) || this.resolving.size > 32) unsupported('a reference loop');
    this.resolving.add(value.num);
    try {
      const entry = this.entries.get(value.num);
      let object: Resolved = null;
      if (entry && 'stream' in entry) object = this.inObjectStream(entry.stream, entry.index);
      else if (entry && entry.offset >= 0) {
        const found = this.objectAt(entry.offset, value.num);
        object = found instanceof Ref ? unsupported('an object that is a reference') : found;
      }
      this.cache.set(value.num, object);
      return object;
    } finally {
      this.resolving.delete(value.num);
    }
  }

  /** A dictionary entry, resolved. */
  lookup(dict: Dict | undefined, key: string): Resolved | undefined {
    return this.get(dict?.get(key));
  }

  /** `num gen obj … endobj` at `offset`: the value, or a stream. */
  private objectAt(offset: number, expected?: number): Resolved | Ref {
    const lexer = new Lexer(this.bytes, offset);
    const num = lexer.next();
    lexer.next();
    const obj = lexer.next();
    if (typeof num !== 'number' || !(obj instanceof Keyword) || obj.word !== 'obj' || (expected !== undefined && num !== expected)) unsupported('a bad object offset');
    const value = lexer.value();
    if (!isDict(value)) return value;
    const mark = lexer.pos;
    const keyword = lexer.next();
    if (!(keyword instanceof Keyword) || keyword.word !== 'stream') {
      lexer.pos = mark;
      return value;
    }
    let start = lexer.pos;
    if (this.bytes[start] === 13) start++;
    if (this.bytes[start] === 10) start++;
    const length = this.get(value.get('Length'));
    let end = typeof length === 'number' && length >= 0 ? start + length : -1;
    if (end < 0 || end > this.bytes.length || !latin1(this.bytes, end, Math.min(this.bytes.length, end + 12)).trimStart().startsWith('endstream')) end = this.endOfStream(start);
    return new Stream(value, this.bytes.subarray(start, end));
  }

  /** Where `endstream` is, for a stream whose /Length is wrong (its end-of-line dropped). */
  private endOfStream(start: number): number {
    const b = this.bytes;
    for (let i = start; i + 9 <= b.length; i++) {
      if (b[i] === 0x65 && latin1(b, i, i + 9) === 'endstream') {
        let end = i;
        if (b[end - 1] === 10) end--;
        if (b[end - 1] === 13) end--;
        return Math.max(start, end);
      }
    }
    return unsupported('a stream without end');
  }

  private inObjectStream(number: number, index: number): Resolved {
    let holder = this.objectStreams.get(number);
    if (!holder) {
      const stream = this.get(new Ref(number, 0));
      if (!(stream instanceof Stream) || !isName(stream.dict.get('Type'), 'ObjStm')) unsupported('a bad object stream');
      const [count, first] = [stream.dict.get('N'), stream.dict.get('First')];
      if (typeof count !== 'number' || typeof first !== 'number') unsupported('a bad object stream');
      const bytes = this.decode(stream);
      const lexer = new Lexer(bytes, 0, false);
      const offsets: number[] = [];
      for (let i = 0; i < count; i++) {
        lexer.next();
        const offset = lexer.next();
        if (typeof offset !== 'number') unsupported('a bad object stream header');
        offsets.push(first + offset);
      }
      this.objectStreams.set(number, (holder = { bytes, offsets }));
    }
    const offset = holder.offsets[index];
    if (offset === undefined) unsupported('an object missing from its stream');
    const value = new Lexer(holder.bytes, offset).value();
    return value instanceof Ref ? unsupported('an object that is a reference') : value;
  }

  /** A stream's bytes decoded: no filter, or Flate (with PNG predictors, as cross-reference streams use). */
  decode(stream: Stream): Uint8Array {
    let filter = this.get(stream.dict.get('Filter'));
    let parms = this.get(stream.dict.get('DecodeParms'));
    if (Array.isArray(filter)) {
      if (filter.length > 1) unsupported('a chain of filters');
      filter = this.get(filter[0]);
      parms = Array.isArray(parms) ? this.get(parms[0]) : parms;
    }
    if (filter === undefined || filter === null) return stream.raw;
    if (!(filter instanceof Name) || (filter.name !== 'FlateDecode' && filter.name !== 'Fl')) unsupported(`filter ${String(filter)}`);
    const data = this.inflate(stream.raw);
    const predictor = isDict(parms) ? parms.get('Predictor') : undefined;
    if (predictor === undefined || predictor === 1) return data;
    if (typeof predictor !== 'number' || predictor < 10 || !isDict(parms)) unsupported('a TIFF predictor');
    const columns = parms.get('Columns') ?? 1;
    const colors = parms.get('Colors') ?? 1;
    const bits = parms.get('BitsPerComponent') ?? 8;
    if (typeof columns !== 'number' || colors !== 1 || bits !== 8 || columns < 1) unsupported('predictor parameters');
    return unpredict(data, columns);
  }

  private inflate(raw: Uint8Array): Uint8Array {
    const chunks: Uint8Array[] = [];
    const inflator = new pako.Inflate();
    inflator.onData = (chunk: Uint8Array) => {
      this.inflated += chunk.length;
      if (this.inflated > MAX_UNZIPPED_BYTES) unsupported('inflates too large');
      chunks.push(chunk);
    };
    inflator.onEnd = () => undefined;
    inflator.push(raw, true);
    if (inflator.err) unsupported('a damaged Flate stream');
    return chunks.length === 1 ? chunks[0]! : concatBytes(chunks);
  }
}

/** Undoes PNG row predictors (one byte a pixel). */
function unpredict(data: Uint8Array, columns: number): Uint8Array {
  const rows = Math.floor(data.length / (columns + 1));
  const out = new Uint8Array(rows * columns);
  for (let r = 0; r < rows; r++) {
    const kind = data[r * (columns + 1)]!;
    const from = r * (columns + 1) + 1;
    const at = r * columns;
    for (let c = 0; c < columns; c++) {
      const raw = data[from + c]!;
      const left = c > 0 ? out[at + c - 1]! : 0;
      const up = r > 0 ? out[at - columns + c]! : 0;
      const upLeft = r > 0 && c > 0 ? out[at - columns + c - 1]! : 0;
      let value: number;
      if (kind === 0) value = raw;
      else if (kind === 1) value = raw + left;
      else if (kind === 2) value = raw + up;
      else if (kind === 3) value = raw + ((left + up) >> 1);
      else if (kind === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        value = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      } else return unsupported('a PNG predictor');
      out[at + c] = value & 0xff;
    }
  }
  return out;
}
