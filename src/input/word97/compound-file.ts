import { concatBytes } from '../bytes.js';

/**
 * The streams of an OLE compound file (the container of Word 97–2003 .doc and WPS files), read
 * from bytes with DataView only. Chains are followed at most as many steps as there are sectors,
 * so a damaged file with a loop ends in an error, not a hang.
 */
const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY = 128;
const STREAM = 2;
const ROOT = 5;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/** Stream name → bytes, for the streams in the file (storages' streams by their own names). */
export function compoundFileStreams(bytes: Uint8Array): Map<string, Uint8Array> {
  if (!isCompoundFile(bytes) || bytes.length < 512) throw new Error('not an OLE compound file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorSize = 1 << view.getUint16(30, true);
  const miniSectorSize = 1 << view.getUint16(32, true);
  const miniCutoff = view.getUint32(56, true);
  const sectorCount = Math.ceil(bytes.length / sectorSize);
  const sectorAt = (sector: number) => {
    const start = (sector + 1) * sectorSize;
    if (start >= bytes.length) throw new Error('a sector lies beyond the end of the file');
    return bytes.subarray(start, Math.min(start + sectorSize, bytes.length));
  };
  const fat = fatOf(view, sectorSize, sectorAt, sectorCount);
  const chain = (start: number, table: Uint32Array) => {
    const sectors: number[] = [];
    for (let sector = start; sector !== END_OF_CHAIN && sector !== FREE; sector = table[sector] ?? END_OF_CHAIN) {
      if (sectors.length > table.length) throw new Error('a sector chain loops');
      sectors.push(sector);
    }
    return sectors;
  };
  const read = (start: number, size: number) => concatBytes(chain(start, fat).map(sectorAt), size);
  const directory = read(view.getUint32(48, true), Infinity);
  const entries = [];
  for (let at = 0; at + DIRECTORY_ENTRY <= directory.length; at += DIRECTORY_ENTRY) {
    const entry = new DataView(directory.buffer, directory.byteOffset + at, DIRECTORY_ENTRY);
    const nameLength = Math.max(0, Math.min(64, entry.getUint16(64, true)) - 2);
    const name = new TextDecoder('utf-16le').decode(directory.subarray(at, at + nameLength));
    entries.push({ name, type: entry.getUint8(66), start: entry.getUint32(116, true), size: entry.getUint32(120, true) });
  }
  const root = entries.find((entry) => entry.type === ROOT);
  if (!root) throw new Error('no root entry');
  const miniFat = new Uint32Array(toWords(read(view.getUint32(60, true), view.getUint32(64, true) * sectorSize)));
  const miniStream = read(root.start, root.size);
  const readMini = (start: number, size: number) =>
    concatBytes(
      chain(start, miniFat).map((sector) => miniStream.subarray(sector * miniSectorSize, (sector + 1) * miniSectorSize)),
      size,
    );
  const streams = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (entry.type !== STREAM) continue;
    streams.set(entry.name, entry.size < miniCutoff ? readMini(entry.start, entry.size) : read(entry.start, entry.size));
  }
  return streams;
}

/** The sector allocation table, from the header's DIFAT entries and the DIFAT sector chain. */
function fatOf(view: DataView, sectorSize: number, sectorAt: (sector: number) => Uint8Array, sectorCount: number): Uint32Array {
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i++) {
    const sector = view.getUint32(76 + i * 4, true);
    if (sector < FREE - 4) fatSectors.push(sector);
  }
  let difat = view.getUint32(68, true);
  for (let steps = 0; difat < FREE - 4 && steps <= sectorCount; steps++) {
    const words = toWords(sectorAt(difat));
    for (let i = 0; i < words.length - 1; i++) if (words[i]! < FREE - 4) fatSectors.push(words[i]!);
    difat = words[words.length - 1]!;
  }
  const fat = new Uint32Array(fatSectors.length * (sectorSize / 4));
  fatSectors.forEach((sector, i) => fat.set(toWords(sectorAt(sector)), i * (sectorSize / 4)));
  return fat;
}

function toWords(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const words = new Uint32Array(Math.floor(bytes.length / 4));
  for (let i = 0; i < words.length; i++) words[i] = view.getUint32(i * 4, true);
  return words;
}

