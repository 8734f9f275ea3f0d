/** The parts one after the other, cut at `size` bytes. */
export function concatBytes(parts: Uint8Array[], size = Infinity): Uint8Array {
  const total = Math.min(size, parts.reduce((sum, part) => sum + part.length, 0));
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    if (at >= total) break;
    out.set(part.subarray(0, total - at), at);
    at += part.length;
  }
  return out;
}
