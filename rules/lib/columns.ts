import { cellKey, tableDefinition } from '../../src/knowledge/index.js';
import type { ColumnDefinition } from '../../src/knowledge/schema.js';
import type { Table } from '../../src/model/types.js';

/** Column definition (value kind, label) of every cell key the table's definition declares. */
export function columnsByKey(table: Table): Map<string, { column: ColumnDefinition; rowLabel: string }> {
  const definition = tableDefinition(table.generation, table.kind);
  const map = new Map<string, { column: ColumnDefinition; rowLabel: string }>();
  if (!definition) return map;
  if (definition.layout === 'sequence') {
    for (const cell of definition.cells) map.set(cell.key, { column: { key: cell.key, label: cell.label, valueKind: 'count' }, rowLabel: cell.label });
    return map;
  }
  for (const row of definition.rows) {
    for (const column of row.columns ?? definition.columns) {
      map.set(cellKey(row.key, column.key), { column, rowLabel: row.short ?? row.label });
    }
  }
  return map;
}
