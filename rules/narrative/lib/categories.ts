import type { Report } from '../../../src/model/types.js';
import { targetOf, type Target } from './cells.js';
import { isChecked, type Claim } from '../../../src/parse/prose/claims.js';
import type { CountEntry, Knowledge } from '../../../src/engine/rule-api.js';

/** A count filed under the wrong 办理结果: "不予公开1件" where table 三 has 不予公开 0 and 无法提供 1. */
export interface Misfiling {
  claimed: Target;
  actual: { entry: CountEntry; target: Target };
}

/**
 * The claim's category is empty in the table while exactly one other category holds the
 * stated figure, the paragraph does not state that other category itself, and no other figure
 * of the paragraph could be the misfiled one (部分公开1件、不予公开1件 with both empty and 无法提供 1:
 * which of the two was meant is not to be told, so each is a plain mismatch).
 */
export function misfiling(report: Report, claim: Claim, claims: Claim[], knowledge: Knowledge): Misfiling | undefined {
  const { entry } = claim;
  if (!entry.category || !isChecked(claim) || claim.value <= 0) return undefined;
  const claimed = targetOf(report, entry.table, claim.cells, claim.column);
  if (!claimed || claimed.sum !== 0) return undefined;
  const stated = new Set(claims.filter((other) => other.paragraph === claim.paragraph && other.column === claim.column).map((other) => other.entry.id));
  const candidates = knowledge.claims.counts.filter((other) => other.category && other.id !== entry.id && other.generations.includes(report.facts.generation))
    .flatMap((other) => {
      const target = targetOf(report, other.table, other.cells, claim.column);
      return target && target.sum === claim.value && !stated.has(other.id) ? [{ entry: other, target }] : [];
    });
  if (candidates.length !== 1) return undefined;
  const rival = claims.some((other) => other !== claim && other.paragraph === claim.paragraph && other.column === claim.column && other.entry.category
    && other.entry.id !== entry.id && other.value === claim.value && isChecked(other) && targetOf(report, other.entry.table, other.cells, other.column)?.sum === 0);
  return rival ? undefined : { claimed, actual: candidates[0]! };
}
