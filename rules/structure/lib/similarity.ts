/** Text compared for sameness: width-folded, without spaces or punctuation (a re-typed comma is no difference). */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Multiset of character pairs: a cheap shingle that suits Chinese, which has no word breaks. */
export function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient of two bigram multisets: 1 for identical texts, near 0 for unrelated ones. */
export function dice(a: Map<string, number>, b: Map<string, number>, sizeA: number, sizeB: number): number {
  if (sizeA + sizeB === 0) return 1;
  let shared = 0;
  for (const [pair, count] of a) shared += Math.min(count, b.get(pair) ?? 0);
  return (2 * shared) / (sizeA + sizeB);
}
