import { cellKey, tableDefinition, type ColumnDefinition, type Knowledge } from '../../src/engine/rule-api.js';
import { Memo } from '../../src/model/memo.js';
import type { Table } from '../../src/model/types.js';

type ColumnsByKey = Map<string, { column: ColumnDefinition; rowLabel: string }>;

/** The map depends on the definition only: one per knowledge, generation and table kind. */
const built = new Memo((_: Knowledge) => new Map<string, ColumnsByKey>());

/** Column definition (value kind, label) of every cell key the table's definition declares. */
export function columnsByKey(table: Table, knowledge: Knowledge): ColumnsByKey {
  const id = `${table.generation}/${table.kind}`;
  const known = built.get(knowledge);
  let map = known.get(id);
  if (!map) known.set(id, (map = buildColumns(table, knowledge)));
  return map;
}

function buildColumns(table: Table, knowledge: Knowledge): ColumnsByKey {
  const definition = tableDefinition(table.generation, table.kind, knowledge);
  const map: ColumnsByKey = new Map();
  if (!definition) return map;
  if (definition.layout === 'sequence') {
    for (const cell of definition.cells) map.set(cell.key, { column: { key: cell.key, label: cell.label, valueKind: 'count', match: [] }, rowLabel: cell.label });
    return map;
  }
  for (const row of definition.rows) {
    for (const column of row.columns ?? definition.columns) {
      map.set(cellKey(row.key, column.key), { column, rowLabel: row.short ?? row.label });
    }
  }
  return map;
}
