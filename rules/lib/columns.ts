import { cellKey, tableDefinition } from '../../src/knowledge/index.js';
import type { ColumnDefinition } from '../../src/knowledge/schema.js';
import type { Table } from '../../src/model/types.js';

type ColumnsByKey = Map<string, { column: ColumnDefinition; rowLabel: string }>;

/** The map depends on the definition only: one per generation and table kind. */
const built = new Map<string, ColumnsByKey>();

/** Column definition (value kind, label) of every cell key the table's definition declares. */
export function columnsByKey(table: Table): ColumnsByKey {
  const id = `${table.generation}/${table.kind}`;
  let map = built.get(id);
  if (!map) built.set(id, (map = buildColumns(table)));
  return map;
}

function buildColumns(table: Table): ColumnsByKey {
  const definition = tableDefinition(table.generation, table.kind);
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
