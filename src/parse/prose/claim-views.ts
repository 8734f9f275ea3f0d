import type { Knowledge } from '../../knowledge/index.js';
import type { ClaimView } from '../../model/claim.js';
import type { Report } from '../../model/types.js';
import { cellKeysOf } from './cell-keys.js';
import { claimsOf, isChecked } from './claims.js';

/** The claims as `inspect` shows them: place, figure, the cells spelled out, scope. */
export function claimViews(report: Report, knowledge: Knowledge): ClaimView[] {
  return claimsOf(report, knowledge).map((claim) => {
    const { start, end } = claim.position;
    const { table } = claim.entry;
    return {
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      text: claim.text.trim(),
      value: claim.value,
      unit: claim.unit,
      table,
      cells: cellKeysOf(report.facts.generation, table, claim.cells, knowledge, claim.whole ? 'total' : claim.column),
      scope: claim.scope,
      approximate: claim.approximate,
      checked: isChecked(claim),
    };
  });
}

