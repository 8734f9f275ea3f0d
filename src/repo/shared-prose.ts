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
 * An inverted index of sentence hashes, built by grouping (hash, report) entries instead of
 * comparing every pair of reports: cost O(S) for S sentences, plus the pairs inside each hash's
 * posting list, which the `maxReports` cut bounds by S × maxReports. Only pairs that
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
 * Entry indices grouped by hash (groups in order of first appearance), entries of one hash kept
 * in report order: each distinct hash gets a group number from an open-addressing table, then a
 * counting sort by group. No comparison sort: a run does this once, before the JIT has warmed
 * up, and a native sort plus a binary search per entry cost twice as much.
 */
function byHashThenOwner(hashes: Float64Array): Uint32Array {
  const size = hashes.length;
  let slots = 1;
  while (slots < size * 2) slots *= 2;
  const mask = slots - 1;
  // Hashes are ≥ 0, so −1 marks an empty slot; the low 32 bits of a hash are well mixed.
  const slotHash = new Float64Array(slots).fill(-1);
  const slotGroup = new Uint32Array(slots);
  const groupOf = new Uint32Array(size);
  let groups = 0;
  for (let i = 0; i < size; i++) {
    const hash = hashes[i]!;
    let slot = (hash % 4294967296) & mask;
    while (slotHash[slot] !== -1 && slotHash[slot] !== hash) slot = (slot + 1) & mask;
    if (slotHash[slot] === -1) {
      slotHash[slot] = hash;
      slotGroup[slot] = groups++;
    }
    groupOf[i] = slotGroup[slot]!;
  }
  const starts = new Uint32Array(groups + 1);
  for (let i = 0; i < size; i++) starts[groupOf[i]! + 1]!++;
  for (let group = 0; group < groups; group++) starts[group + 1]! += starts[group]!;
  const order = new Uint32Array(size);
  for (let i = 0; i < size; i++) order[starts[groupOf[i]!]!++] = i;
  return order;
}
