import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';

/** What a file held when it was linted: `--fix` writes only into a file that still holds it. */
export interface ContentStamp {
  size: number;
  mtimeNs: string;
  sha256: string;
}

export const sha256Of = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

export const stampOf = (bytes: Uint8Array, mtimeNs: bigint | string): ContentStamp => ({ size: bytes.length, mtimeNs: String(mtimeNs), sha256: sha256Of(bytes) });

/** The bytes and their stamp from one open file (its time read from the same handle); undefined when it cannot be read or is over `maxBytes`. */
export function readStamped(filePath: string, maxBytes: number): { bytes: Uint8Array; stamp: ContentStamp } | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(filePath, 'r');
    const { mtimeNs, size } = fstatSync(fd, { bigint: true });
    if (size > BigInt(maxBytes)) return undefined;
    const bytes = readFileSync(fd);
    return { bytes, stamp: stampOf(bytes, mtimeNs) };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
