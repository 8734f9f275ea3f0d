import { deflateSync } from 'node:zlib';
import { concatBytes } from '../../src/input/bytes.js';
import { PdfObjects, Stream, type Resolved } from '../../src/input/pdf/fast/objects.js';
import { isDict, Name, Ref, Str, type Value } from '../../src/input/pdf/fast/syntax.js';

/**
 * A PDF written again the way Word, Skia and newer LibreOffice write theirs: every object that is
 * no stream packed into one object stream (/Type/ObjStm), found through a cross-reference stream
 * (/Type/XRef, Flate with the PNG Up predictor) instead of an `xref` table. The objects are the
 * file's own (LibreOffice's here, whose generations are all 0).
 */
export function withObjectStreams(bytes: Uint8Array): Uint8Array {
  const objects = new PdfObjects(bytes);
  const size = objects.trailer.get('Size') as number;
  const parts: Uint8Array[] = [];
  let length = 0;
  const write = (chunk: string | Uint8Array) => {
    const piece = typeof chunk === 'string' ? Uint8Array.from(chunk, (char) => char.charCodeAt(0)) : chunk;
    parts.push(piece);
    length += piece.length;
  };
  const offsets = new Map<number, number>();
  const packed: Array<{ num: number; text: string }> = [];
  write('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n');
  for (let num = 1; num < size; num++) {
    const object = objects.get(new Ref(num, 0));
    if (object === null || object === undefined) continue;
    if (object instanceof Stream) {
      offsets.set(num, length);
      const dict = new Map(object.dict);
      dict.set('Length', object.raw.length);
      write(`${num} 0 obj\n${serialize(dict)}\nstream\n`);
      write(object.raw);
      write('\nendstream\nendobj\n');
    } else packed.push({ num, text: serialize(object) });
  }
  const holder = size;
  const header = packed.map(({ num }, i) => `${num} ${packed.slice(0, i).reduce((sum, entry) => sum + entry.text.length + 1, 0)}`).join(' ') + '\n';
  const body = deflateSync(Buffer.from(header + packed.map(({ text }) => `${text}\n`).join(''), 'latin1'));
  offsets.set(holder, length);
  write(`${holder} 0 obj\n<</Type/ObjStm/N ${packed.length}/First ${header.length}/Filter/FlateDecode/Length ${body.length}>>\nstream\n`);
  write(body);
  write('\nendstream\nendobj\n');
  const xref = holder + 1;
  offsets.set(xref, length);
  const row = (kind: number, a: number, b: number) => [kind, (a >>> 24) & 255, (a >>> 16) & 255, (a >>> 8) & 255, a & 255, (b >> 8) & 255, b & 255];
  const rows: number[][] = [];
  for (let num = 0; num <= xref; num++) {
    const index = packed.findIndex((entry) => entry.num === num);
    rows.push(offsets.has(num) ? row(1, offsets.get(num)!, 0) : index >= 0 ? row(2, holder, index) : row(0, 0, 0));
  }
  // The PNG Up predictor: each byte less the one above it.
  const predicted = rows.flatMap((bytesOfRow, r) => [2, ...bytesOfRow.map((value, c) => (value - (r > 0 ? rows[r - 1]![c]! : 0)) & 255)]);
  const table = deflateSync(Uint8Array.from(predicted));
  const trailer = new Map<string, Value>([...objects.trailer].filter(([key]) => ['Root', 'Info', 'ID'].includes(key)));
  write(`${xref} 0 obj\n<</Type/XRef/Size ${xref + 1}/W[1 4 2]/Filter/FlateDecode/DecodeParms<</Predictor 12/Columns 7>>/Length ${table.length}${serialize(trailer).slice(2, -2)}>>\nstream\n`);
  write(table);
  write(`\nendstream\nendobj\nstartxref\n${offsets.get(xref)}\n%%EOF\n`);
  return concatBytes(parts);
}

function serialize(value: Resolved | Value): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (value instanceof Name) return `/${value.name.replace(/[^!-~]|[()<>[\]{}/%#]/g, (char) => `#${char.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;
  if (value instanceof Str) return `<${[...value.bytes].map((char) => char.charCodeAt(0).toString(16).padStart(2, '0')).join('')}>`;
  if (value instanceof Ref) return `${value.num} ${value.gen} R`;
  if (Array.isArray(value)) return `[${value.map(serialize).join(' ')}]`;
  if (isDict(value)) return `<<${[...value].map(([key, entry]) => `${serialize(new Name(key))} ${serialize(entry)}`).join(' ')}>>`;
  throw new Error('a stream inside an object');
}
