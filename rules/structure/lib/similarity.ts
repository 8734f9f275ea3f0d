/**
 * The character pairs of a text as sorted numbers: a cheap shingle that suits Chinese, which has
 * no word breaks; sorted, two texts are compared in one merge.
 */
export function bigrams(text: string): Uint32Array {
  const pairs = new Uint32Array(Math.max(0, text.length - 1));
  for (let i = 0; i + 1 < text.length; i++) pairs[i] = (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);
  return pairs.sort();
}

/** Dice coefficient of two sorted bigram multisets: 1 for identical texts, near 0 for unrelated ones. */
export function dice(a: Uint32Array, b: Uint32Array): number {
  if (a.length + b.length === 0) return 1;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}
