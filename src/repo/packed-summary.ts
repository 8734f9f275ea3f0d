import { placeAt, placeNumbers, PLACE_NUMBERS } from './places.js';
import { NO_CHANGES, type RepoSummary, type SummaryChange } from './summary.js';

/**
 * A summary as one byte array, for worker messages and the cache: a run unpacks 10,000s of them
 * at once, and v8.deserialize spends most of its time calling back into JavaScript for each
 * typed array (and copying those it finds misaligned). Here the numbers are read in place.
 *
 * Layout: header length (4 bytes, little-endian) · header (JSON, UTF-8; the stated changes too) · zeros up to a multiple
 * of 8 · anchor, cell values, then sentence hashes (float64) · cell places, sentence weights, then sentence places (uint32).
 */
interface Header {
  filePath: string;
  generation: RepoSummary['generation'];
  year?: number;
  body?: string;
  keys: string;
  /** Few reports state changes against last year: they go in the header. */
  changes?: SummaryChange[];
  /** Element counts of cells.values, prose.hashes, prose.weights and prose.places (cells.places: 4 per value). */
  counts: [number, number, number, number];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/**
 * The next multiple of 8: where float64 views may start (the cache aligns its entries the same way).
 * Plain arithmetic, never bit operations: those wrap at 32 bits, and a damaged length of 0xFFFFFFFF
 * came out as a small offset that passed every check.
 */
export const alignedTo8 = (offset: number) => offset + ((8 - (offset % 8)) % 8);

export function packSummary(summary: RepoSummary): Uint8Array {
  const { cells, prose } = summary;
  const header: Header = {
    filePath: summary.filePath,
    generation: summary.generation,
    ...(summary.year !== undefined && { year: summary.year }),
    ...(summary.body !== undefined && { body: summary.body }),
    keys: cells.keys,
    ...(summary.changes.length > 0 && { changes: summary.changes }),
    counts: [cells.values.length, prose.hashes.length, prose.weights.length, prose.places.length],
  };
  const headerBytes = encoder.encode(JSON.stringify(header));
  const floatsAt = alignedTo8(4 + headerBytes.length);
  const floats = PLACE_NUMBERS + cells.values.length + prose.hashes.length;
  const integersAt = floatsAt + floats * 8;
  const integers = cells.places.length + prose.weights.length + prose.places.length;
  const bytes = new Uint8Array(integersAt + integers * 4);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, headerBytes.length, true);
  bytes.set(headerBytes, 4);
  const floatPart = new Float64Array(bytes.buffer, floatsAt, floats);
  floatPart.set(placeNumbers(summary.anchor));
  floatPart.set(cells.values, PLACE_NUMBERS);
  floatPart.set(prose.hashes, PLACE_NUMBERS + cells.values.length);
  const integerPart = new Uint32Array(bytes.buffer, integersAt, integers);
  integerPart.set(cells.places);
  integerPart.set(prose.weights, cells.places.length);
  integerPart.set(prose.places, cells.places.length + prose.weights.length);
  return bytes;
}

/** One string per distinct key list: reports of a generation share theirs, and a run unpacks 10,000s of summaries at once. */
const keyLists = new Map<string, string>();
function interned(keys: string): string {
  const known = keyLists.get(keys);
  if (known !== undefined) return known;
  keyLists.set(keys, keys);
  return keys;
}

/**
 * The summary packed in `bytes`. Its typed arrays are views into the same memory (copied once
 * first when `bytes` does not start at a multiple of 8, as float64 views must).
 */
export function unpackSummary(packed: Uint8Array): RepoSummary {
  const bytes = packed.byteOffset % 8 === 0 ? packed : packed.slice();
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
  const header = JSON.parse(decoder.decode(bytes.subarray(4, 4 + headerLength))) as Header;
  const [values, hashes, weights, places] = header.counts;
  const cellPlaces = values * PLACE_NUMBERS;
  const floatsAt = bytes.byteOffset + alignedTo8(4 + headerLength);
  const integersAt = floatsAt + (PLACE_NUMBERS + values + hashes) * 8;
  const floats = new Float64Array(bytes.buffer, floatsAt, PLACE_NUMBERS + values + hashes);
  return {
    filePath: header.filePath,
    generation: header.generation,
    ...(header.year !== undefined && { year: header.year }),
    ...(header.body !== undefined && { body: header.body }),
    anchor: placeAt(floats, 0),
    cells: { keys: interned(header.keys), values: floats.subarray(PLACE_NUMBERS, PLACE_NUMBERS + values), places: new Uint32Array(bytes.buffer, integersAt, cellPlaces) },
    changes: header.changes ?? NO_CHANGES,
    prose: {
      hashes: floats.subarray(PLACE_NUMBERS + values),
      weights: new Uint32Array(bytes.buffer, integersAt + cellPlaces * 4, weights),
      places: new Uint32Array(bytes.buffer, integersAt + (cellPlaces + weights) * 4, places),
    },
  };
}
