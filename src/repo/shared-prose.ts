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
  let total = 0;
  for (const report of reports) total += report.prose.hashes.length;
  const hashes = new Float64Array(total);
  const owners = new Int32Array(total);
  const weights = new Float64Array(total);
  let size = 0;
  reports.forEach((report, owner) => {
    const seen = new Set<number>();
    report.prose.hashes.forEach((hash, i) => {
      if (seen.has(hash)) return;
      seen.add(hash);
      hashes[size] = hash;
      owners[size] = owner;
      weights[size++] = report.prose.weights[i];
    });
  });
  const order = new Uint32Array(size).map((_, i) => i).sort((x, y) => hashes[x] - hashes[y] || owners[x] - owners[y]);
  const shared: SharedProse = { weight: new Float64Array(n), count: new Int32Array(n), boilerplate: new Set(), pairs: new Map() };
  for (let start = 0; start < size; ) {
    const hash = hashes[order[start]];
    let end = start + 1;
    while (end < size && hashes[order[end]] === hash) end++;
    if (end - start > maxReports) {
      shared.boilerplate.add(hash);
    } else {
      const weight = weights[order[start]];
      for (let x = start; x < end; x++) {
        const a = owners[order[x]];
        shared.weight[a] += weight;
        shared.count[a]++;
        for (let y = x + 1; y < end; y++) {
          const b = owners[order[y]];
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
