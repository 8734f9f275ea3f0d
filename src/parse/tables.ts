import { knowledge } from '../knowledge/index.js';
import { TABLE_KINDS } from '../knowledge/kinds.js';
import { isValueCell, normalizeLabel, parseCellNumber } from '../knowledge/normalize.js';
import type { RowsTableDefinition, SequenceTableDefinition, TableDefinition } from '../knowledge/schema.js';
import type { Block, GridBlock, TextBlock } from '../model/block.js';
import { Memo } from '../model/memo.js';
import type { SourceLocator } from '../model/source.js';
import type { Generation, Table, TableKind } from '../model/types.js';
import { emptyValue, isUnitOnly, labelText, splitGlued, splitRowLine, writtenValue, type CellText } from './cells.js';
import { CODE_COLUMN, ColumnAnchors, gridLines } from './grid-rows.js';
import { makeCell, RowMatcher } from './rows-table.js';

/** A table found in the block list, with the blocks it covers. */
export interface FoundTable {
  table: Table;
  start: number;
  end: number;
}

const TOP_HEADING = /^[一二三四五六七八九十]+、/;
const NUMBERED = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[.、])/;
/** Fewer matched rows than this is a coincidence of wording, not a table. */
const MIN_ROWS: Record<TableKind, number> = { applications: 3, proactive: 2, legacyStats: 4, reviewLitigation: 1 };

// Every table kind looks at every block: what it matches against is made once.
const anchorOf = new Memo((definition: TableDefinition) => new RegExp(definition.anchor));
const labelOfBlock = new Memo((block: TextBlock) => normalizeLabel(block.text));
const labelsOfGrid = new Memo((grid: GridBlock) => grid.rows.map((row) => row.map((cell) => normalizeLabel(cell.text))));

/** A flattened row (figures only, or a long label and its figures) may run past 80 characters. */
const FIGURES_ONLY = /^[\d０-９\s,.+\-—－/／]*$/;
const ENDS_IN_FIGURES = /(?:\s+(?:[\d０-９][\d０-９,.]*|[—－/／])){2,}\s*$/;

function isProse(block: TextBlock): boolean {
  if (block.text.includes('。')) return true;
  return block.text.length > 80 && !FIGURES_ONLY.test(block.text) && !ENDS_IN_FIGURES.test(block.text);
}

function definitionsOf(kind: TableKind): Array<{ generation: Generation; definition: TableDefinition }> {
  return (Object.keys(knowledge.generations) as Generation[]).flatMap((generation) =>
    knowledge.generations[generation].tables.filter((table) => table.kind === kind).map((definition) => ({ generation, definition })),
  );
}

/** Finds tables 二/三/四 and the legacy statistical table, in real grids and in flattened text. */
export function findTables(blocks: Block[], locator: SourceLocator, preferred: Generation): FoundTable[] {
  const found: FoundTable[] = [];
  const taken = new Set<number>();
  for (const kind of TABLE_KINDS) {
    const candidates = definitionsOf(kind);
    let best: (FoundTable & { score: number }) | undefined;
    for (let i = 0; i < blocks.length && !best; i++) {
      if (taken.has(i)) continue;
      for (const { generation, definition } of candidates) {
        const attempt = readAt(blocks, i, definition, generation, locator);
        if (!attempt) continue;
        const score = attempt.score + (generation === preferred ? 0.5 : 0);
        if (!best || score > best.score) best = { ...attempt, score };
      }
    }
    if (!best) continue;
    if (blocks[best.start]?.kind === 'text') best.start = backScan(blocks, best.start, taken);
    for (let i = best.start; i <= best.end; i++) taken.add(i);
    found.push({ table: best.table, start: best.start, end: best.end });
  }
  return found.sort((a, b) => a.start - b.start);
}

interface Attempt extends FoundTable {
  score: number;
}

function readAt(blocks: Block[], index: number, definition: TableDefinition, generation: Generation, locator: SourceLocator): Attempt | undefined {
  const block = blocks[index]!;
  const anchor = anchorOf.get(definition);
  if (block.kind === 'grid') {
    if (!labelsOfGrid.get(block).some((row) => row.some((label) => anchor.test(label)))) return undefined;
    return definition.layout === 'rows' ? readRowsGrids(blocks, index, definition, generation, locator) : readSequenceGrid(definition, generation, block, index, locator);
  }
  if (isProse(block) || !(anchor.test(labelOfBlock.get(block)) || brokenAnchor(blocks, index, definition, anchor))) return undefined;
  return definition.layout === 'rows'
    ? readRowsStream(blocks, index, definition, generation, locator)
    : readSequenceStream(blocks, index, definition, generation, locator);
}

/** Table 四's first header word broken over two lines of a copy (行政 / 复议), as narrow Word columns set it. */
function brokenAnchor(blocks: Block[], index: number, definition: TableDefinition, anchor: RegExp): boolean {
  const label = labelOfBlock.get(blocks[index] as TextBlock);
  const next = blocks[index + 1];
  return definition.layout === 'sequence' && label.length <= 3 && next?.kind === 'text' && anchor.test(label + labelOfBlock.get(next));
}

/** Text between the parts of a table split over several grids (续表, a page number) is this short. */
const MAX_TEXT_BETWEEN_PARTS = 3;

/**
 * Reads a table from the grid at `start` and from the grids after it that go on with its rows (a
 * table split at page breaks, or into one <table> per part, each with its header repeated).
 */
function readRowsGrids(blocks: Block[], start: number, definition: RowsTableDefinition, generation: Generation, locator: SourceLocator): Attempt | undefined {
  const matcher = new RowMatcher(definition);
  const anchors = new ColumnAnchors(definition);
  const labels: string[] = [];
  let end = start;
  let textBetween = 0;
  for (let j = start; j < blocks.length && !matcher.finished; j++) {
    const block = blocks[j]!;
    if (block.kind === 'text') {
      if (block.maybeEmptyCell) continue;
      if (isProse(block) || NUMBERED.test(labelOfBlock.get(block)) || ++textBetween > MAX_TEXT_BETWEEN_PARTS) break;
      continue;
    }
    const before = matcher.matches.length;
    for (const line of gridLines(block)) {
      // A row without numbers that is not the row expected next may be a header naming the columns.
      if (!line.hasNumber && matcher.find(labelText(line), true) === undefined && anchors.learn(line)) continue;
      matcher.offer(line, (columns) => anchors.valuesOf(line, columns, locator));
    }
    if (j > start && matcher.matches.length === before) break;
    end = j;
    textBetween = 0;
    labels.push(labelsOfGrid.get(block).flat().join('|'));
  }
  return finishRows(definition, generation, matcher, start, end, labels.join('|'));
}

function finishRows(definition: RowsTableDefinition, generation: Generation, matcher: RowMatcher, start: number, end: number, text: string): Attempt | undefined {
  if (matcher.matches.length < MIN_ROWS[definition.kind]) return undefined;
  const evidence = definition.evidence.filter((word) => text.includes(word));
  const cells = matcher.cells();
  return {
    start,
    end,
    score: matcher.matches.length + 2 * evidence.length,
    table: {
      type: 'table',
      kind: definition.kind,
      generation,
      children: cells,
      ...(matcher.unaligned.length && { doubt: `${matcher.unaligned.join('、')}的数值无法与列对应` }),
      rowLabels: matcher.rowLabels(),
      headerEvidence: evidence,
      position: span(cells.map((cell) => cell.position).concat(Object.values(matcher.rowLabels()).map((label) => label.position))),
    },
  };
}

function span(positions: Array<Table['position']>) {
  const known = positions.filter((p): p is NonNullable<typeof p> => !!p);
  if (known.length === 0) return undefined;
  const start = known.reduce((a, p) => (p.start.offset! < a.offset! ? p.start : a), known[0]!.start);
  const end = known.reduce((a, p) => (p.end.offset! > a.offset! ? p.end : a), known[0]!.end);
  return { start, end };
}

const isMaybeEmpty = (cell: CellText) => (cell as TextBlock).maybeEmptyCell === true;

/**
 * A row's `count` cells among the value lines read for it. Lines that may be empty cells (see
 * TextBlock.maybeEmptyCell) are cells only where the count says so: the values alone when they fill
 * the row, else every line when as many as the row's cells, or the first `count` when only such
 * lines follow them (the next row's cells under a rowspan, or spacing). Otherwise nothing.
 */
function fitted(values: CellText[], count: number): CellText[] | undefined {
  const sure = values.filter((cell) => !isMaybeEmpty(cell));
  if (sure.length === count) return sure;
  if (values.length >= count && values.slice(count).every(isMaybeEmpty)) return values.slice(0, count);
  return undefined;
}

/** Reads a table flattened into one cell per line: labels, then the values of that row. */
function readRowsStream(blocks: Block[], start: number, definition: RowsTableDefinition, generation: Generation, locator: SourceLocator): Attempt | undefined {
  const matcher = new RowMatcher(definition);
  let labels: CellText[] = [];
  let values: CellText[] = [];
  let pending: number | undefined;
  // Values that are not lines which may be empty cells.
  let sure = 0;
  let failures = 0;
  let end = start;
  const seen: string[] = [];
  const isSureValueAt = (at: number) => blocks[at]?.kind === 'text' && isValueCell((blocks[at] as TextBlock).text) && !(blocks[at] as TextBlock).maybeEmptyCell;
  // A legacy row has one value: a line that may be an empty cell before a figure is spacing.
  const pastSpacing = (at: number) => {
    while ((blocks[at] as TextBlock | undefined)?.maybeEmptyCell && isSureValueAt(at + 1)) at++;
    return at;
  };
  const flush = () => {
    // Fewer values than columns before the next label: which cell is missing cannot be told.
    if (pending !== undefined && labels.length) matcher.accept(pending, { labels, values }, (columns) => fitted(values, columns.length));
    else if (values.some((cell) => parseCellNumber(cell.text).kind === 'number')) failures++;
    labels = [];
    values = [];
    sure = 0;
    pending = undefined;
  };
  for (let j = start; j < blocks.length && failures <= 3 && !matcher.finished; j++) {
    const block = blocks[j]!;
    if (block.kind !== 'text' || isProse(block)) break;
    const label = labelOfBlock.get(block);
    if (definition.glued) {
      if (isUnitOnly(label) || block.maybeEmptyCell) continue;
      // The number is glued to its label, or (a table pasted as `| label | unit | value |`) in a later cell.
      let next = j + 1;
      while (blocks[next]?.kind === 'text' && isUnitOnly(labelOfBlock.get(blocks[next] as TextBlock))) next++;
      next = pastSpacing(next);
      // A header that named a code column (代码 01, 02 …) puts each row's code before its value.
      const code = seen.some((text) => CODE_COLUMN.test(text)) && isSureValueAt(next) ? (blocks[next++] as TextBlock) : undefined;
      next = pastSpacing(next);
      const following = blocks[next];
      // A line that may be an empty cell is the value's only when the label holds no figure of its own.
      const separate = following?.kind === 'text' && !isValueCell(block.text) && isValueCell(following.text) && !(following.maybeEmptyCell && splitGlued(block, locator).values[0]!.text);
      // A code with no value after it: the value's cell was empty, and the copy left nothing of it.
      const row = separate ? { labels: [block], values: [following] } : code ? { labels: [block], values: [emptyValue(code)] } : splitGlued(block, locator);
      if (separate) j = next;
      else if (code) j = next - 1;
      if (matcher.offer(row)) end = j;
      else if (TOP_HEADING.test(label) && !matcher.isGroupLabel(label)) break;
      else failures += row.values[0]!.text ? 1 : 0;
      seen.push(label);
      continue;
    }
    if (isValueCell(block.text)) {
      values.push(block);
      if (!block.maybeEmptyCell) {
        sure++;
        end = j;
      }
      if (values.length === 1) pending = labels.length ? matcher.find(labelText({ labels, values })) : undefined;
      // Lines that may be empty cells are counted at the next label, when the row's lines are all in.
      if (pending !== undefined && sure === matcher.columnsOf(pending).length) flush();
      continue;
    }
    if (values.length) flush();
    const flattened = splitRowLine(block, locator);
    const index = flattened && matcher.find(labelText({ labels: [...labels, ...flattened.labels], values: [] }));
    if (flattened && index !== undefined && flattened.values.length === matcher.columnsOf(index).length) {
      matcher.accept(index, { labels: [...labels, ...flattened.labels], values: flattened.values });
      labels = [];
      end = j;
      seen.push(label);
      continue;
    }
    if (TOP_HEADING.test(label) && matcher.find(label) === undefined && !matcher.isGroupLabel(label)) break;
    labels.push(block);
    seen.push(label);
  }
  flush();
  return finishRows(definition, generation, matcher, start, end, seen.join('|'));
}

/** Table 四: after the anchor and its headers, one run of values in page order. */
function readSequenceStream(blocks: Block[], start: number, definition: SequenceTableDefinition, generation: Generation, locator: SourceLocator): Attempt | undefined {
  const headers: string[] = [];
  // The values, with the lines among them that may be empty cells; `sure` counts the others.
  let values: CellText[] = [];
  let sure = 0;
  let end = start;
  // The table's header and cells stand within 80 blocks of its anchor, lines that may be empty cells not counted.
  let looked = 0;
  for (let j = start + 1; j < blocks.length && looked < 79 && sure < definition.cells.length; j++) {
    const block = blocks[j]!;
    if (block.kind !== 'text' || isProse(block)) break;
    if (!block.maybeEmptyCell) looked++;
    const flattened = isValueCell(block.text) ? undefined : splitRowLine(block, locator);
    if (flattened?.labels.length === 0 && definition.headers.every((word) => headers.join('').includes(word))) {
      values.push(...flattened.values);
      sure += flattened.values.length;
      end = j;
    } else if (isValueCell(block.text)) {
      if (!definition.headers.every((word) => headers.join('').includes(word))) {
        // Dashes between header cells (a Markdown rule line pasted as text) are not values yet.
        if (parseCellNumber(block.text).kind === 'blank') continue;
        return undefined;
      }
      values.push(block);
      if (block.maybeEmptyCell) continue;
      sure++;
      end = j;
    } else if (sure) {
      break;
    } else {
      if (NUMBERED.test(labelOfBlock.get(block))) break;
      // Empty lines between header rows are header cells under a rowspan, not values.
      values = [];
      headers.push(labelOfBlock.get(block));
    }
  }
  const read = fitted(values, definition.cells.length) ?? values.filter((cell) => !isMaybeEmpty(cell));
  return sequenceTable(definition, generation, read, blocks[start] as TextBlock, start, end);
}

function readSequenceGrid(definition: SequenceTableDefinition, generation: Generation, grid: GridBlock, index: number, locator: SourceLocator): Attempt | undefined {
  const long = gridLines(grid).filter((line) => line.values.length >= definition.cells.length);
  // An empty header row (pandoc writes one above a table without <thead>) is as long, and holds no figure.
  const row = long.find((line) => line.hasNumber) ?? long[0];
  if (!row) return undefined;
  const values = row.values.slice(-definition.cells.length).map((cell) => writtenValue(cell, locator));
  return sequenceTable(definition, generation, values, grid.rows[0]![0]!, index, index);
}

function sequenceTable(definition: SequenceTableDefinition, generation: Generation, values: CellText[], anchor: CellText, start: number, end: number): Attempt | undefined {
  if (values.length === 0) return undefined;
  const cells = definition.cells.flatMap((cell, i) => (values[i]?.cut ? [] : [makeCell(cell.key, values[i] ?? emptyValue(values[values.length - 1]!))]));
  return {
    start,
    end,
    score: values.length,
    table: {
      type: 'table',
      kind: definition.kind,
      generation,
      children: cells,
      // Which of the cells a copy lost cannot be told: none of them is trusted.
      ...(values.length < definition.cells.length && { doubt: `只读到 ${values.length} 个数值，应有 ${definition.cells.length} 个` }),
      rowLabels: { header: { text: anchor.text, position: anchor.position } },
      headerEvidence: [],
      position: span([anchor.position, ...cells.map((cell) => cell.position)]),
    },
  };
}

/** Header cells above a flattened table's first row belong to the table, not the prose. */
function backScan(blocks: Block[], start: number, taken: Set<number>): number {
  let first = start;
  for (let j = start - 1; j >= 0 && start - j <= 15 && !taken.has(j); j--) {
    const block = blocks[j]!;
    if (block.kind !== 'text' || isProse(block) || NUMBERED.test(labelOfBlock.get(block)) || block.markedHeading) break;
    first = j;
  }
  return first;
}
