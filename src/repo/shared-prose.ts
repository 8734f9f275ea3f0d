import type { RepoSummary } from './summary.js';

/** Sentences shared between pairs of reports, over the sentences that are not boilerplate. */
export interface SharedProse {
  /** Per report: total weight and count of its distinct non-boilerplate sentences. */
  weight: Float64Array;
  count: Int32Array;
  /** Hashes found in more than `maxReports` reports: the format's fixed wording, not copying. */
  boilerplate: Set<number>;
  /** Shared weight per pair of report indices, keyed `a * n + b` with a < b. */
  pairs: Map<number, number>;
}

/**
 * An inverted index of sentence hashes, built by sorting (hash, report) entries instead of
 * comparing every pair of reports: cost O(S log S) for S sentences, plus the pairs inside each
 * hash's posting list, which the `maxReports` cut bounds by S × maxReports. Only pairs that
 * `eligible` accepts are counted.
 */
export function shareProse(reports: RepoSummary[], maxReports: number, eligible: (a: number, b: number) => boolean): SharedProse {
  const n = reports.length;
  const { hashes, owners, weights } = sentencesOf(reports);
  const order = byHashThenOwner(hashes);
  const size = order.length;
  const shared: SharedProse = { weight: new Float64Array(n), count: new Int32Array(n), boilerplate: new Set(), pairs: new Map() };
  const postings: number[] = [];
  for (let start = 0; start < size; ) {
    const hash = hashes[order[start]!]!;
    let end = start + 1;
    while (end < size && hashes[order[end]!] === hash) end++;
    // The reports with this sentence, once each (a report may repeat a sentence; its owners are adjacent).
    postings.length = 0;
    for (let x = start; x < end; x++) if (owners[order[x]!] !== postings[postings.length - 1]) postings.push(owners[order[x]!]!);
    if (postings.length > maxReports) {
      shared.boilerplate.add(hash);
    } else {
      const weight = weights[order[start]!]!;
      for (let x = 0; x < postings.length; x++) {
        const a = postings[x]!;
        shared.weight[a] += weight;
        shared.count[a]++;
        for (let y = x + 1; y < postings.length; y++) {
          const b = postings[y]!;
          if (!eligible(a, b)) continue;
          const key = a * n + b;
          shared.pairs.set(key, (shared.pairs.get(key) ?? 0) + weight);
        }
      }
    }
    start = end;
  }
  return shared;
}

/** Every sentence of every report, flat, in report order. */
function sentencesOf(reports: RepoSummary[]): { hashes: Float64Array; owners: Int32Array; weights: Float64Array } {
  let total = 0;
  for (const report of reports) total += report.prose.hashes.length;
  const hashes = new Float64Array(total);
  const owners = new Int32Array(total);
  const weights = new Float64Array(total);
  let at = 0;
  reports.forEach((report, owner) => {
    hashes.set(report.prose.hashes, at);
    weights.set(report.prose.weights, at);
    owners.fill(owner, at, at + report.prose.hashes.length);
    at += report.prose.hashes.length;
  });
  return { hashes, owners, weights };
}

/**
 * Entry indices ordered by hash, entries of one hash kept in report order. A counting sort over
 * the ranks of the distinct hashes (found by a native numeric sort): several times faster than
 * sorting hundreds of thousands of indices through a comparator.
 */
function byHashThenOwner(hashes: Float64Array): Uint32Array {
  const distinct = uniqueSorted(hashes.slice().sort());
  const rank = new Uint32Array(hashes.length);
  const starts = new Uint32Array(distinct.length + 1);
  hashes.forEach((hash, i) => {
    rank[i] = binarySearch(distinct, hash);
    starts[rank[i]! + 1]!++;
  });
  for (let r = 0; r < distinct.length; r++) starts[r + 1]! += starts[r]!;
  const order = new Uint32Array(hashes.length);
  rank.forEach((r, i) => (order[starts[r]!++] = i));
  return order;
}

function uniqueSorted(sorted: Float64Array): Float64Array {
  let size = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[size - 1]) sorted[size++] = sorted[i]!;
  return sorted.subarray(0, size);
}

function binarySearch(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
