import pako from 'pako';
import { InputLimitError } from './limits.js';

/** What a .docx may unpack to: a real report's parts come to a few MB. */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 5000;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * Checks a zip before anything inflates it: the entry count and the unpacked sizes the central
 * directory declares, then each entry inflated as a stream and thrown away, stopping as soon as
 * it gives more than it declared (a bomb may declare little). Throws InputLimitError past a
 * limit, Error on a file that is no zip; every offset is checked against the bytes first.
 */
export function checkZip(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : fail());
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : fail());
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) fail();
  const entries = u16(end + 10);
  if (entries > MAX_ZIP_ENTRIES) throw new InputLimitError('too-large', `${entries} zip entries > ${MAX_ZIP_ENTRIES}`);
  let at = u32(end + 16);
  let declared = 0;
  const parts: Array<{ method: number; local: number; compressed: number; size: number }> = [];
  for (let i = 0; i < entries; i++) {
    if (u32(at) !== DIRECTORY_ENTRY) fail();
    const size = u32(at + 24);
    declared += size;
    if (declared > MAX_UNZIPPED_BYTES) throw new InputLimitError('too-large', `unzipped > ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB`);
    parts.push({ method: u16(at + 10), compressed: u32(at + 20), size, local: u32(at + 42) });
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  for (const part of parts) {
    if (part.method !== 8) continue; // stored: its size is its length, already counted
    if (u32(part.local) !== LOCAL_HEADER) fail();
    const from = part.local + 30 + u16(part.local + 26) + u16(part.local + 28);
    if (from + part.compressed > bytes.length) fail();
    inflatesWithin(bytes.subarray(from, from + part.compressed), part.size);
  }
}

/** Inflates and discards, throwing once the output passes `size`. */
function inflatesWithin(deflated: Uint8Array, size: number): void {
  let given = 0;
  const inflator = new pako.Inflate({ raw: true });
  inflator.onData = (chunk: Uint8Array) => {
    given += chunk.length;
    if (given > size) throw new InputLimitError('too-large', 'a zip entry unpacks to more than it declares');
  };
  inflator.push(deflated, true);
}

function fail(): never {
  throw new Error('not a zip file, or a damaged one');
}
