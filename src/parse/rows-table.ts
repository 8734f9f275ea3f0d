import type { Position } from 'unist';
import { cellKey } from '../knowledge/index.js';
import { normalizeLabel, parseCellNumber } from '../knowledge/normalize.js';
import type { ColumnDefinition, RowDefinition, RowsTableDefinition } from '../knowledge/schema.js';
import { Memo } from '../model/memo.js';
import type { Cell } from '../model/types.js';
import { emptyValue, labelText, type CandidateRow, type CellText } from './cells.js';

/** Reads a row's values under the given columns; undefined when they cannot be lined up. */
export type ValuesReader = (columns: ColumnDefinition[]) => CellText[] | undefined;

export interface RowMatch {
  row: RowDefinition;
  label: CellText;
  values: CellText[];
}

/** A definition's row and group patterns, compiled once: a matcher is made for every place a table may start. */
const compiledOf = new Memo((definition: RowsTableDefinition) => ({
  patterns: definition.rows.map((row) => row.match.map((source) => new RegExp(source))),
  groups: definition.groups.map((source) => new RegExp(source)),
}));

/** Sequential matcher: each row is looked for from the last matched row on, so repeated wording (其他, 被依法纠错数) resolves by order. */
export class RowMatcher {
  private next = 0;
  private readonly patterns: RegExp[][];
  private readonly groups: RegExp[];
  readonly matches: RowMatch[] = [];
  /** Rows whose values could not be lined up with the columns (short names, for the table's doubt). */
  readonly unaligned: string[] = [];

  constructor(readonly definition: RowsTableDefinition) {
    ({ patterns: this.patterns, groups: this.groups } = compiledOf.get(definition));
  }

  get finished(): boolean {
    return this.next >= this.definition.rows.length;
  }

  /** Row definition for a label, or undefined when no row from here on (or, with `onlyNext`, the next row) matches. */
  find(label: string, onlyNext = false): number | undefined {
    const last = onlyNext ? Math.min(this.next + 1, this.patterns.length) : this.patterns.length;
    for (let i = this.next; i < last; i++) {
      if (this.patterns[i]!.some((pattern) => pattern.test(label))) return i;
    }
    return undefined;
  }

  isGroupLabel(label: string): boolean {
    return this.groups.some((pattern) => pattern.test(label));
  }

  /** Columns a row takes values for. */
  columnsOf(index: number) {
    return this.definition.rows[index]!.columns ?? this.definition.columns;
  }

  /** Takes a row's values as given, or as `read` finds them under the row's columns. */
  accept(index: number, candidate: CandidateRow, read?: ValuesReader): void {
    const row = this.definition.rows[index]!;
    const pattern = this.patterns[index]!;
    const label = [...candidate.labels].reverse().find((cell) => pattern.some((p) => p.test(normalizeLabel(cell.text)))) ?? candidate.labels[candidate.labels.length - 1]!;
    const values = read ? read(this.columnsOf(index)) : candidate.values;
    if (!values) this.unaligned.push(row.short ?? row.label);
    this.matches.push({ row, label, values: values ?? [] });
    this.next = index + 1;
  }

  /** Tries a whole candidate row; true when it matched. */
  offer(candidate: CandidateRow, read?: ValuesReader): boolean {
    if (candidate.labels.length === 0 || candidate.values.length === 0) return false;
    // A row without any number (a header, or a blank row) may only be the row expected next: it must not skip ahead.
    const blank = candidate.values.every((cell) => parseCellNumber(cell.text).kind === 'blank');
    const index = this.find(labelText(candidate), blank);
    if (index === undefined) return false;
    this.accept(index, candidate, read);
    return true;
  }

  cells(): Cell[] {
    const cells: Cell[] = [];
    for (const { row, label, values } of this.matches) {
      (row.columns ?? this.definition.columns).forEach((column, i) => {
        if (!values[i]?.cut) cells.push(makeCell(cellKey(row.key, column.key), values[i] ?? emptyValue(label)));
      });
    }
    return cells;
  }

  rowLabels(): Record<string, { text: string; position?: Position }> {
    return Object.fromEntries(this.matches.map(({ row, label }) => [row.key, { text: label.text, position: label.position }]));
  }
}

export function makeCell(key: string, source: CellText): Cell {
  const parsed = parseCellNumber(source.text);
  return {
    type: 'cell',
    key,
    value: parsed.kind === 'number' ? parsed.value : null,
    raw: source.text,
    position: source.position,
  };
}
