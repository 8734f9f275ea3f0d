import { cellKey, tableDefinition, type Knowledge } from '../../knowledge/index.js';
import { Memo } from '../../model/memo.js';
import type { Generation, TableKind } from '../../model/types.js';

/** Compiled cell patterns, by column and lexicon pattern (a fixed set). */
const cellPatterns = new Map<string, RegExp>();

export function cellPattern(pattern: string, column: string): RegExp {
  const key = `${column} ${pattern}`;
  let compiled = cellPatterns.get(key);
  if (!compiled) cellPatterns.set(key, (compiled = new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\*/g, '[^:]+').replace('{c}', column)}$`)));
  return compiled;
}

/** Every cell key a format's table defines, in the order of the format (per knowledge). */
const keysOfDefinition = new Memo((_: Knowledge) => new Map<string, string[]>());

function definedKeys(generation: Generation, kind: TableKind, knowledge: Knowledge): string[] {
  const id = `${generation} ${kind}`;
  const known = keysOfDefinition.get(knowledge);
  let keys = known.get(id);
  if (!keys) {
    const table = tableDefinition(generation, kind, knowledge);
    keys = !table ? [] : table.layout === 'sequence' ? table.cells.map((cell) => cell.key) : table.rows.flatMap((row) => (row.columns ?? table.columns).map((column) => cellKey(row.key, column.key)));
    known.set(id, keys);
  }
  return keys;
}

/**
 * The cells a claim names, as keys of the format's table, whether or not the report has the table:
 * `withheld.*:{c}` in column total → withheld.stateSecret:total … withheld.query:total.
 */
export function cellKeysOf(generation: Generation, kind: TableKind, patterns: string[], knowledge: Knowledge, column = 'total'): readonly string[] {
  // Asked for every claim of every report, from a small set of patterns: the answer is kept per knowledge.
  const known = keysOfPatterns.get(knowledge);
  const id = `${generation} ${kind} ${column} ${patterns.join(' ')}`;
  let keys = known.get(id);
  if (!keys) {
    const compiled = patterns.map((pattern) => cellPattern(pattern, column));
    known.set(id, (keys = definedKeys(generation, kind, knowledge).filter((key) => compiled.some((re) => re.test(key)))));
  }
  return keys;
}

const keysOfPatterns = new Memo((_: Knowledge) => new Map<string, readonly string[]>());

/** The format's label of a cell: "行政诉讼／复议后起诉·结果维持", "维持具体行政行为数"; the key where the format has none. */
export function cellLabel(generation: Generation, kind: TableKind, key: string, knowledge: Knowledge): string {
  const table = tableDefinition(generation, kind, knowledge);
  return (table?.layout === 'sequence' && table.cells.find((cell) => cell.key === key)?.label) || key;
}
