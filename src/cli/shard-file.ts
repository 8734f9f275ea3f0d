import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import { alignedTo8 } from '../repo/packed-summary.js';
import type { PackedOutcome } from './workers.js';

export interface CacheEntry {
  /** Hash of the run key, the file's resolved config and its content: the result is valid while it holds. */
  key: string;
  /** Size and modification time when the entry was made: unchanged, the file is not even read. */
  size: number;
  mtimeNs: string;
  /** Packed as the lanes hand it back: loading a shard makes no objects of its results. */
  outcome: PackedOutcome;
  /** Read from a shard: the checksum written with the entry, checked before the entry is used (see isIntact). */
  checksum?: string;
}

/** The shape of what a shard holds: bump it when packed results or summaries change shape. */
const CACHE_FORMAT = 7;

/** First bytes of a shard file, then its format (4 bytes, little-endian): a shard of another format is rebuilt without a word. */
const MAGIC = [0x58, 0x58, 0x47, 0x4b]; // "XXGK"
/** The index follows MAGIC, the format and its own length. */
const INDEX_AT = 12;

/**
 * A shard file: MAGIC, the format, the index's length (4 bytes each, little-endian), the index
 * (v8.serialize), then each entry's packed result and summary, every piece starting at a multiple
 * of 8. Loading it is one read and one small deserialize: the packed outcomes stay views into the
 * file's bytes, and the summaries' numbers are read in place (see packSummary).
 */
interface ShardIndex {
  paths: string[];
  keys: string[];
  sizes: number[];
  mtimesNs: string[];
  /** Byte lengths of each entry's result and summary (0: none). */
  resultLengths: number[];
  summaryLengths: number[];
  /** Each entry's checksum over all of the above and its bytes: a damaged or altered entry is not used. */
  checksums: string[];
}

/** Checksum of an entry: its path, key, size, time, result and summary. */
function checksumOf(path: string, { key, size, mtimeNs, outcome }: CacheEntry): string {
  const hash = createHash('sha256').update(JSON.stringify([path, key, size, mtimeNs, outcome.result.length, outcome.summary?.length ?? 0]));
  hash.update(outcome.result);
  if (outcome.summary) hash.update(outcome.summary);
  return hash.digest('hex');
}

/** Whether an entry read from a shard is as it was written; checked once, when the entry is about to be used. */
export function isIntact(path: string, entry: CacheEntry): boolean {
  if (entry.checksum === undefined) return true;
  if (checksumOf(path, entry) !== entry.checksum) return false;
  delete entry.checksum;
  return true;
}

export function writeShard(entries: Map<string, CacheEntry>): Uint8Array {
  const list = [...entries];
  const index: ShardIndex = {
    paths: list.map(([path]) => path),
    keys: list.map(([, entry]) => entry.key),
    sizes: list.map(([, entry]) => entry.size),
    mtimesNs: list.map(([, entry]) => entry.mtimeNs),
    resultLengths: list.map(([, entry]) => entry.outcome.result.length),
    summaryLengths: list.map(([, entry]) => entry.outcome.summary?.length ?? 0),
    checksums: list.map(([path, entry]) => checksumOf(path, entry)),
  };
  const indexBytes = serialize(index);
  let size = alignedTo8(INDEX_AT + indexBytes.length);
  for (const [, { outcome }] of list) size = alignedTo8(alignedTo8(size + outcome.result.length) + (outcome.summary?.length ?? 0));
  const bytes = new Uint8Array(size);
  bytes.set(MAGIC);
  new DataView(bytes.buffer).setUint32(4, CACHE_FORMAT, true);
  new DataView(bytes.buffer).setUint32(8, indexBytes.length, true);
  bytes.set(indexBytes, INDEX_AT);
  let at = alignedTo8(INDEX_AT + indexBytes.length);
  for (const [, { outcome }] of list) {
    bytes.set(outcome.result, at);
    at = alignedTo8(at + outcome.result.length);
    if (outcome.summary) bytes.set(outcome.summary, at);
    at = alignedTo8(at + (outcome.summary?.length ?? 0));
  }
  return bytes;
}

/**
 * The entries of a shard file; undefined for a file of another format (another version of the
 * tool); throws on a damaged one. The file is untrusted input: every length is checked against
 * what is there before it is used, and each entry keeps its checksum for isIntact.
 */
export function readShard(bytes: Uint8Array): Map<string, CacheEntry> | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  if (bytes.length < INDEX_AT || MAGIC.some((byte, i) => bytes[i] !== byte) || view.getUint32(4, true) !== CACHE_FORMAT) return undefined;
  const indexLength = view.getUint32(8, true);
  if (INDEX_AT + indexLength > bytes.length) throw new Error('cache file cut short');
  const index = readIndex(bytes.subarray(INDEX_AT, INDEX_AT + indexLength));
  const entries = new Map<string, CacheEntry>();
  let at = alignedTo8(INDEX_AT + indexLength);
  index.paths.forEach((path, i) => {
    const [resultLength, summaryLength] = [index.resultLengths[i]!, index.summaryLengths[i]!];
    const summaryAt = alignedTo8(at + resultLength);
    const end = alignedTo8(summaryAt + summaryLength);
    if (end > bytes.length) throw new Error('cache file cut short');
    const result = bytes.subarray(at, at + resultLength);
    const summary = summaryLength > 0 ? bytes.subarray(summaryAt, summaryAt + summaryLength) : undefined;
    at = end;
    const outcome = { result, ...(summary && { summary }) };
    entries.set(path, { key: index.keys[i]!, size: index.sizes[i]!, mtimeNs: index.mtimesNs[i]!, outcome, checksum: index.checksums[i]! });
  });
  return entries;
}

/** The index, or an error when it is not one: lists of one length, of strings and of lengths a file can have. */
function readIndex(bytes: Uint8Array): ShardIndex {
  let index: Partial<ShardIndex>;
  try {
    index = deserialize(bytes) as Partial<ShardIndex>;
  } catch {
    throw new Error('cache index damaged');
  }
  const count = Array.isArray(index?.paths) ? index.paths.length : -1;
  const listOf = (list: unknown, valid: (value: unknown) => boolean) => Array.isArray(list) && list.length === count && list.every(valid);
  const text = (value: unknown) => typeof value === 'string';
  const length = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
  const ok =
    count >= 0 &&
    listOf(index.paths, text) &&
    listOf(index.keys, text) &&
    listOf(index.sizes, length) &&
    listOf(index.mtimesNs, text) &&
    listOf(index.resultLengths, length) &&
    listOf(index.summaryLengths, length) &&
    listOf(index.checksums, text);
  if (!ok) throw new Error('cache index damaged');
  return index as ShardIndex;
}
