import type { Position } from 'unist';
import { tableOf } from '../model/query.js';
import type { Cell, Generation, Located, Report, Table } from '../model/types.js';
import { normalizeBody } from './bodies.js';
import { fingerprintProse, type ProseFingerprint } from './fingerprint.js';

/**
 * What the cross-report rules need of one report, made right after its own rules ran so the
 * model can be dropped: a few cells with their places and the prose as hashes. Plain data
 * (JSON and structured-clone safe) for worker messages and the cache.
 */
export interface RepoSummary {
  filePath: string;
  generation: Generation;
  year?: number;
  /** Normalised body name (see normalizeBody); aliases are applied later, when grouping. */
  body?: string;
  /** Where the report names its year (else its title, else line 1): findings about the whole report go here. */
  anchor: Position;
  /** Table 三 carriedOver / carriedForward cells, by column key. */
  carriedOver: Record<string, Located<number | null>>;
  carriedForward: Record<string, Located<number | null>>;
  /** Table 二 `rules:*` and `normativeDocs:*` cells (gb2021: issued, repealed, inForce). */
  regulations: Record<string, Located<number | null>>;
  prose: ProseFingerprint;
}

const START: Position = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

const located = (cell: Cell): Located<number | null> => (cell.position ? { value: cell.value, position: cell.position } : { value: cell.value });

/** Cells whose key matches, keyed by what follows the match (`carriedOver:` → `natural` …). */
function pick(table: Table | undefined, prefix: RegExp): Record<string, Located<number | null>> {
  const out: Record<string, Located<number | null>> = {};
  for (const cell of table?.children ?? []) {
    const match = prefix.exec(cell.key);
    if (match) out[cell.key.slice(match[0].length)] = located(cell);
  }
  return out;
}

export function summarizeForRepository(report: Report, filePath: string): RepoSummary {
  const { facts } = report;
  const applications = tableOf(report, 'applications');
  const body = facts.body && normalizeBody(facts.body.value);
  return {
    filePath,
    generation: facts.generation,
    ...(facts.year && { year: facts.year.value }),
    ...(body && { body }),
    anchor: facts.year?.position ?? facts.title?.position ?? START,
    carriedOver: pick(applications, /^carriedOver:/),
    carriedForward: pick(applications, /^carriedForward:/),
    regulations: pick(tableOf(report, 'proactive'), /^(?=(?:rules|normativeDocs):)/),
    prose: fingerprintProse(report, facts.body ? [facts.body.value, body!] : []),
  };
}
