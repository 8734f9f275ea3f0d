import type { Glyphs } from './load.js';
import { CELL_GAP, FIGURE, joinLines, linesOf, readable, type TextLine } from './lines.js';

/**
 * A table drawn without lines, rebuilt from where its text stands: the columns are those of a row
 * of figures, and the lines above it that fit those columns are its header, whose cells wrap in
 * narrow columns (行政 over 复议) and are read down each column, not across the page.
 */
export interface UnruledTable {
  /** The page of its figures, and where it starts there: its first line, or the figures' line when the header stands at the foot of the page before. */
  page: number;
  top: number;
  /** Column edges, left to right. */
  xs: number[];
  /** Rows of cells, one per column: the cell's lines (none where the row has nothing there), the page and the baseline it starts on. */
  rows: Array<Array<{ lines: TextLine[]; page: number; y: number }>>;
}

/** A line of text on its page. */
export interface PagedLine {
  line: TextLine;
  page: number;
}

/** Runs closer than this share of the font size are one word (some producers place each character alone). */
const WORD_GAP = 0.3;
/** A header cell may span columns (a merged cell): its words are at most this many columns wide. */
const MAX_SPAN = 4;
const MAX_HEADER_LINES = 8;
/** Lines of one header cell follow at the line pitch; a new header row starts farther down (cell padding, spacing). */
const SAME_ROW_PITCH = 1.15;
/** Farther than any page is high (points). */
const OVERLEAF = 1e5;
/** Lines of one cell of figures follow at most this many characters apart. */
const FIGURE_PITCH = 1.6;
/** Lines of one cell follow at the line pitch; a gap this many times wider is a cell's padding or more. */
const SAME_CELL_PITCH = 1.15;
/** Left edges of figure columns this close (points) are one column's edge. */
const SAME_COLUMN = 1.5;
/** A row's label lines stand within this share of the distance to the nearest row of figures (cells are centred on their row). */
const ROW_BAND = 0.45;
/** Words of a label this many characters apart stand in two label columns (a label's own gaps are spaces, narrower). */
const LABEL_GAP = 1;
/** A figure in a CJK font is about half a character wide: where a label runs into its first figure on one run. */
const DIGIT_WIDTH = 0.5;
/** Lines of a header follow each other at most this many characters apart. */
const HEADER_PITCH = 1.6;
/** A header's last line stands at most this many characters above its first row's reach (cell padding). */
const HEADER_GAP = 3;

interface Word {
  text: string;
  left: number;
  right: number;
  runs: Glyphs[];
}

function wordsOf(line: TextLine): Word[] {
  const words: Word[] = [];
  for (const run of line.runs) {
    const last = words[words.length - 1];
    if (last && run.x - last.right <= run.size * WORD_GAP) {
      last.text += readable(run.text);
      last.right = Math.max(last.right, run.x + run.width);
      last.runs.push(run);
    } else {
      words.push({ text: readable(run.text), left: run.x, right: run.x + run.width, runs: [run] });
    }
  }
  return words;
}

const centre = (word: Word) => (word.left + word.right) / 2;

/**
 * Finds, among the pages' lines (in reading order), each line of three figures or more set apart
 * with words above it standing in its columns, and makes them a table; the other lines are
 * returned as they were. The words may stand at the foot of the page before when the figures open
 * their page (a producer that moved the row of figures on). A row of figures after a label
 * (tables 二 and 三 drawn without lines) is left to the cells its line is split into.
 */
export function unruledTables(paged: PagedLine[]): { tables: UnruledTable[]; rest: PagedLine[] } {
  const tables: UnruledTable[] = [];
  const taken = new Set<TextLine>();
  const lines = paged.map((entry) => entry.line);
  lines.forEach((values, v) => {
    const page = paged[v]!.page;
    const figures = wordsOf(values);
    if (taken.has(values) || figures.length < 3 || !figures.every((word) => FIGURE.test(word.text))) return;
    const centres = figures.map(centre);
    const pitch = Math.min(...centres.slice(1).map((c, i) => c - centres[i]!));
    const fits = (line: TextLine) =>
      Math.abs(line.size - values.size) <= 0.5 &&
      wordsOf(line).every((word) => !FIGURE.test(word.text) && word.right - word.left <= MAX_SPAN * pitch && centre(word) >= centres[0]! - pitch && centre(word) <= centres[centres.length - 1]! + pitch);
    // The header may begin at the foot of the page before: a producer that breaks a table's rows
    // over pages (its header row cut, or the row of figures moved on).
    const header: PagedLine[] = [];
    for (let j = v - 1; j >= 0 && paged[j]!.page >= page - 1 && header.length < MAX_HEADER_LINES && !taken.has(lines[j]!) && fits(lines[j]!); j--) header.unshift(paged[j]!);
    if (header.length === 0) return;
    const bounds = centres.slice(1).map((c, i) => (centres[i]! + c) / 2);
    const columnOf = (x: number) => {
      const column = bounds.findIndex((bound) => x < bound);
      return column < 0 ? centres.length - 1 : column;
    };
    const columnsOf = (line: TextLine) => new Set(wordsOf(line).map((word) => columnOf(centre(word))));
    const gaps = header.slice(1).map((entry, i) => (entry.page === header[i]!.page ? header[i]!.line.y - entry.line.y : undefined));
    const rowPitch = Math.min(Math.min(...gaps.filter((gap) => gap !== undefined)) * SAME_ROW_PITCH, values.size * FIGURE_PITCH);
    // Across a page break, a line goes on the cell lines above when it has words only in their columns (a cell's lines, top-aligned, thin out downwards).
    const sameRow = (entry: PagedLine, i: number) => {
      const gap = gaps[i - 1];
      if (gap !== undefined) return gap <= rowPitch;
      const above = columnsOf(header[i - 1]!.line);
      return [...columnsOf(entry.line)].every((column) => above.has(column));
    };
    const bands: PagedLine[][] = [];
    header.forEach((entry, i) => (i > 0 && sameRow(entry, i) ? bands[bands.length - 1]!.push(entry) : bands.push([entry])));
    // Figures wider than their column wrap: lines of figures right below (a line's pitch), in the same columns, go on with them (the header's one row of figures has no other below it).
    const figureLines = [paged[v]!];
    const filled = new Set(figures.map((word) => columnOf(centre(word))));
    for (let j = v + 1; j < paged.length; j++) {
      const [above, next] = [figureLines[figureLines.length - 1]!, paged[j]!];
      if (next.page !== page || above.line.y - next.line.y > values.size * FIGURE_PITCH || !wordsOf(next.line).every((word) => FIGURE.test(word.text) && filled.has(columnOf(centre(word))))) break;
      figureLines.push(next);
    }
    const rows = [...bands, figureLines].map((band) => {
      const byColumn = centres.map((): Glyphs[] => []);
      // Lines of a cell the page cut stand, on the next page, below those before the cut.
      for (const { line, page: on } of band) for (const word of wordsOf(line)) byColumn[columnOf(centre(word))]!.push(...word.runs.map((run) => ({ ...run, y: run.y - (on - band[0]!.page) * OVERLEAF })));
      return byColumn.map((runs) => {
        const cellLines = linesOf(runs);
        const overleaf = (cellLines[0]?.y ?? 0) < -OVERLEAF / 2;
        return { lines: overleaf ? cellLines.map((line) => ({ ...line, y: line.y + OVERLEAF })) : cellLines, page: band[0]!.page + (overleaf ? 1 : 0), y: band[0]!.line.y };
      });
    });
    for (const entry of [...header, ...figureLines]) taken.add(entry.line);
    const xs = [centres[0]! - pitch / 2, ...bounds, centres[centres.length - 1]! + pitch / 2];
    const first = header.find((entry) => entry.page === page)?.line ?? values;
    tables.push({ page, top: first.y + first.size, xs, rows });
  });
  return { tables, rest: paged.filter((entry) => !taken.has(entry.line)) };
}

/** A row of figures after its label: the words of the label and the figures standing on column edges. */
interface FigureRow {
  entry: PagedLine;
  label: Word[];
  figures: Word[];
}

/**
 * Rows of figures after a label (tables 二 and 三 drawn without lines) as one line each: its
 * label's lines — wrapped in its column above and below the figures, as a cell is centred on its
 * row — joined per column, then its figures. The columns of figures are the left edges the rows
 * of three figures or more share. A label glued to its first figure (…信息0) is split where the
 * figure stands on a column's edge: a label ending in figures elsewhere (第3) keeps them.
 */
export function figureRows(lines: PagedLine[]): PagedLine[] {
  let paged = lines;
  const trailing = paged.map(({ line }) => {
    const words = wordsOf(line);
    let first = words.length;
    while (first > 0 && FIGURE.test(words[first - 1]!.text)) first--;
    return { words, first };
  });
  const lefts = trailing.flatMap(({ words, first }) => (words.length - first >= 3 ? words.slice(first).map((word) => word.left) : [])).sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const x of lefts) {
    const last = clusters[clusters.length - 1];
    if (last && x - last[last.length - 1]! <= SAME_COLUMN) last.push(x);
    else clusters.push([x]);
  }
  const edges = clusters.filter((cluster) => cluster.length >= 2).map((cluster) => cluster[0]!);
  const onEdge = (x: number) => edges.some((edge) => Math.abs(edge - x) <= SAME_COLUMN);
  const rows = new Map<PagedLine, FigureRow>();
  paged.forEach((entry, i) => {
    const { words, first } = trailing[i]!;
    const [label, figures] = [words.slice(0, first), words.slice(first)];
    const glued = label.length > 0 && figures.length > 0 ? gluedFigure(label[label.length - 1]!) : undefined;
    if (glued && glued.figure.left < figures[0]!.left && onEdge(glued.figure.left)) {
      label.splice(label.length - 1, 1, glued.label);
      figures.unshift(glued.figure);
    }
    if (figures.length < 3 || !figures.every((word) => onEdge(word.left))) return;
    rows.set(entry, { entry, label, figures });
  });
  const labelEndOf = (row: FigureRow) => row.figures[0]!.left - row.entry.line.size * 0.5;
  const inLabel = (entry: PagedLine, row: FigureRow) =>
    entry.page === row.entry.page && !rows.has(entry) && Math.abs(entry.line.size - row.entry.line.size) <= 0.5 && entry.line.right <= labelEndOf(row);
  const cellPitch = linePitch(paged, [...rows.values()], inLabel);
  if (cellPitch !== undefined) paged = wrappedFigures(paged, trailing, rows, edges, cellPitch);
  const ordered = [...rows.values()];
  const taken = new Set<PagedLine>();
  const joined = new Map<PagedLine, PagedLine>();
  const labels = new Map<FigureRow, { columns: LabelColumn[]; wrapped: TextLine[] }>();
  // Labels set at the top of their cells (Word's default) wrap only downwards: no row but a page's first has a label line right above it.
  // (A line in a column left of the row's own label is a parent's, spanning rows: 三、本年度办理结果 beside its results.)
  const ownLabelLeft = (row: FigureRow) => piecesOf(row.label, row.entry.line.size, LABEL_GAP).pop()?.left ?? -Infinity;
  const topAligned =
    cellPitch !== undefined &&
    ordered.every(
      (row, r) =>
        ordered[r - 1]?.entry.page !== row.entry.page ||
        !paged.some((entry) => inLabel(entry, row) && entry.line.right > ownLabelLeft(row) && entry.line.y > row.entry.line.y && entry.line.y - row.entry.line.y <= cellPitch * SAME_CELL_PITCH),
    );
  ordered.forEach((row, r) => {
    const { line, page } = row.entry;
    const gap = (other: FigureRow | undefined) => (other?.entry.page === page ? Math.abs(other.entry.line.y - line.y) : undefined);
    // The nearer row sets the reach on both sides: the row before may be another table's, farther up.
    const gaps = [gap(ordered[r - 1]), gap(ordered[r + 1])].filter((value) => value !== undefined);
    const reach = gaps.length > 0 ? Math.min(...gaps) * ROW_BAND : 0;
    const free = (entry: PagedLine) => inLabel(entry, row) && !taken.has(entry);
    // A label set at the top of its cell goes on below its figures, a line's pitch apart, down to the next row.
    const below = () => {
      const out: PagedLine[] = [];
      const nextY = gap(ordered[r + 1]) === undefined ? -Infinity : ordered[r + 1]!.entry.line.y;
      for (let j = paged.indexOf(row.entry) + 1, y = line.y; j < paged.length; j++) {
        const entry = paged[j]!;
        if (entry.page !== page || entry.line.y <= nextY || y - entry.line.y > cellPitch! * SAME_CELL_PITCH) break;
        if (free(entry)) y = out[out.push(entry) - 1]!.line.y;
      }
      return out;
    };
    const wrapped = topAligned ? below() : paged.filter((entry) => free(entry) && Math.abs(entry.line.y - line.y) < reach);
    // Labels at the top of their cells: where this row ends its page (no line of its size after it), lines
    // in the label column above the next page's first row are the rest of its label (a row the page cut).
    const next = ordered[r + 1];
    const between = next?.entry.page === page + 1 ? paged.slice(paged.indexOf(row.entry) + 1, paged.indexOf(next.entry)) : [];
    const endsPage = between.every((entry) => entry.page !== page || wrapped.includes(entry) || Math.abs(entry.line.size - line.size) > 0.5);
    const onNext = between.filter((entry) => entry.page !== page);
    const overleaf = topAligned && endsPage && onNext.every((entry) => inLabel(entry, next!) && !taken.has(entry)) ? onNext : [];
    [...wrapped, ...overleaf].forEach((entry) => taken.add(entry));
    labels.set(row, { columns: labelColumnsOf(row, wrapped.map((entry) => entry.line), overleaf.map((entry) => entry.line)), wrapped: wrapped.map((entry) => entry.line) });
    // Header lines stand right above the first row (and its wrapped label), a line's pitch apart (a running header does not).
    const header: PagedLine[] = [];
    const pitch = Math.min(...row.figures.slice(1).map((word, i) => word.left - row.figures[i]!.left));
    const tableLeft = Math.min(...[line, ...wrapped.map((entry) => entry.line)].map((other) => other.left));
    const top = Math.max(line.y, ...wrapped.map((entry) => entry.line.y));
    for (let j = paged.indexOf(row.entry) - 1; j >= 0; j--) {
      const entry = paged[j]!;
      if (taken.has(entry)) continue;
      const previous = header[0]?.line;
      const fits = entry.page === page && !rows.has(entry) && Math.abs(entry.line.size - line.size) <= 0.5 && entry.line.left >= tableLeft - line.size && entry.line.y > top && (entry.line.y >= line.y + reach || topAligned);
      const near = previous ? entry.line.y - previous.y <= line.size * HEADER_PITCH : entry.line.y - line.y <= reach + line.size * HEADER_GAP;
      if (!fits || !near || !wordsOf(entry.line).every((word) => !FIGURE.test(word.text) && word.right - word.left <= MAX_SPAN * pitch)) break;
      header.unshift(entry);
    }
    const merged = header.length > 0 ? headerLine(header.map((entry) => entry.line), edges.filter((edge) => edge >= row.figures[0]!.left - SAME_COLUMN), line.size) : undefined;
    if (merged) {
      header.slice(1).forEach((entry) => taken.add(entry));
      joined.set(header[0]!, { page, line: merged });
    }
  });
  // A label spanning rows (三、本年度办理结果 beside its results), set at the top of its cell, goes on beside the rows after the one it opens: its rest is that row's.
  ordered.forEach((row, r) => {
    const columns = labels.get(row)!.columns;
    const above = ordered[r - 1] && labels.get(ordered[r - 1]!)!.columns;
    const parent = columns.length > 1 && !OPENS_ROW.test(columns[0]!.text) ? above?.find((column) => Math.abs(column.left - columns[0]!.left) <= row.entry.line.size * 0.5 && OPENS_ROW.test(column.text)) : undefined;
    if (parent && above!.length > 1) parent.text = joinLines([parent.text, columns.shift()!.text]);
  });
  for (const row of ordered) {
    const { columns, wrapped } = labels.get(row)!;
    const runs = [...wrapped.flatMap((other) => other.runs), ...row.label.flatMap((word) => word.runs), ...row.figures.flatMap((word) => word.runs)];
    joined.set(row.entry, { page: row.entry.page, line: cellLine([...columns.map((column) => column.text), ...row.figures.map((word) => word.text)], row.entry.line, [...wrapped, row.entry.line], runs) });
  }
  return paged.filter((entry) => !taken.has(entry)).map((entry) => joined.get(entry) ?? entry);
}

/** A line opening a new row of a label column: numbered (一、 (一) 1.) or a breakdown (其中…). */
const OPENS_ROW = /^(?:其中|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])/;
/** A label line that ends less than this many characters before the label column's widest line filled it, and wrapped. */
const FULL_LABEL = 1.5;

/**
 * A column of labels beside one column of figures (the legacy table: 指标 | 统计数) drawn without
 * lines, its labels wrapped in their cells: the lines of a label joined into one line, its figure
 * (if any) a cell after it. The column of figures is where three lines or more end in a figure set
 * apart; a label line goes on the one above when that one filled the column, the gap is a line's
 * pitch (rows stand farther apart: cell padding) and it does not open a row (1.…, (一)…, 其中…).
 */
export function labelColumns(paged: PagedLine[]): PagedLine[] {
  // A figure set apart ends a line the line reader already split into cells: other lines are not looked at.
  const ends = paged.map(({ line }) => {
    if (line.cells.length === 0) return undefined;
    const words = wordsOf(line);
    const [last, before] = [words[words.length - 1], words[words.length - 2]];
    return last && before && FIGURE.test(last.text) && !FIGURE.test(before.text) && last.left - before.right > line.size ? { label: words.slice(0, -1), figure: last } : undefined;
  });
  // Figures of one column overlap across lines, however they are aligned in it.
  const spans = ends.flatMap((end) => (end ? [end.figure] : [])).sort((a, b) => a.left - b.left);
  const columns: Array<{ left: number; right: number; count: number }> = [];
  for (const { left, right } of spans) {
    const last = columns[columns.length - 1];
    if (last && left <= last.right) Object.assign(last, { right: Math.max(last.right, right), count: last.count + 1 });
    else columns.push({ left, right, count: 1 });
  }
  const figureColumns = columns.filter((column) => column.count >= 3);
  if (figureColumns.length === 0) return paged;
  const columnOf = (word: Word) => figureColumns.find((column) => word.left >= column.left && word.left <= column.right);
  // Runs of lines in a label column: each a label left of a column of figures (a unit's column perhaps between), its figure perhaps after it.
  type Label = { entry: PagedLine; pieces: Piece[]; figure?: Word };
  let run: Label[] = [];
  const regions: Label[][] = [];
  paged.forEach((entry, i) => {
    const { line } = entry;
    const end = ends[i];
    const column = end && columnOf(end.figure);
    const words = column ? end.label : wordsOf(line);
    const inColumn = (column || figureColumns.some((known) => line.right < known.left - line.size * 0.5)) && words.length > 0;
    if (!inColumn) {
      if (run.length) regions.push(run);
      run = [];
      return;
    }
    const label: Label = { entry, pieces: piecesOf(words, line.size, LABEL_GAP), ...(column && { figure: end.figure }) };
    run.push(label);
  });
  if (run.length) regions.push(run);
  const joined = new Map<PagedLine, PagedLine>();
  const dropped = new Set<PagedLine>();
  for (const region of regions) {
    const limit = Math.max(...region.map((label) => label.pieces[0]!.right));
    const gaps = region.slice(1).map((label, i) => (label.entry.page === region[i]!.entry.page ? region[i]!.entry.line.y - label.entry.line.y : Infinity));
    const pitch = Math.min(...gaps.filter((gap) => gap >= region[0]!.entry.line.size * 0.8));
    const groups: Label[][] = [];
    region.forEach((label, i) => {
      const previous = region[i - 1];
      const group = groups[groups.length - 1];
      const goesOn =
        previous !== undefined &&
        gaps[i - 1]! <= pitch * SAME_CELL_PITCH &&
        Math.abs(previous.entry.line.size - label.entry.line.size) <= 0.5 &&
        previous.pieces[0]!.right >= limit - label.entry.line.size * FULL_LABEL &&
        label.pieces.length === 1 &&
        Math.abs(label.pieces[0]!.left - group![0]!.pieces[0]!.left) <= label.entry.line.size * 0.5 &&
        !OPENS_ROW.test(label.entry.line.text) &&
        !(label.figure && group!.some((part) => part.figure));
      if (goesOn) group!.push(label);
      else groups.push([label]);
    });
    for (const group of groups.filter((parts) => parts.length > 1)) {
      const text = joinLines(group.map((part) => part.pieces[0]!.text));
      const figure = group.find((part) => part.figure)?.figure;
      const base = group[0]!.entry;
      const lines = group.map((part) => part.entry.line);
      const texts = [text, ...group[0]!.pieces.slice(1).map((piece) => piece.text), ...(figure ? [figure.text] : [])];
      joined.set(base, { page: base.page, line: cellLine(texts, base.line, lines, lines.flatMap((line) => line.runs)) });
      group.slice(1).forEach((part) => dropped.add(part.entry));
    }
  }
  return paged.filter((entry) => !dropped.has(entry)).map((entry) => joined.get(entry) ?? entry);
}

/**
 * Figures wider than their column wrap onto the next line (a line's pitch down), in the same
 * columns, with the rest of the label if it wraps too: they go on the row's figures, and the
 * line keeps only its label (a wrapped label line). A line with a label of its own is the next
 * row instead: one that opens a row (1.…, (一)…), or one below a label that did not fill its column.
 */
function wrappedFigures(paged: PagedLine[], trailing: Array<{ words: Word[]; first: number }>, rows: Map<PagedLine, FigureRow>, edges: number[], cellPitch: number): PagedLine[] {
  const labelRight = (words: Word[]) => Math.max(...words.map((word) => word.right));
  const limit = Math.max(...[...rows.values()].filter((row) => row.label.length > 0).map((row) => labelRight(row.label)));
  const edgeOf = (word: Word) => edges.findIndex((edge) => Math.abs(edge - word.left) <= SAME_COLUMN);
  // A figure wraps only where it fills its column: as wide as the row's widest (columns as wide hold as many digits).
  const fills = (row: FigureRow, figure: Word) => figure.right - figure.left >= Math.max(...row.figures.map((word) => word.right - word.left)) - row.entry.line.size * DIGIT_WIDTH * 0.5;
  const replaced = new Map<PagedLine, PagedLine | undefined>();
  paged.forEach((entry, i) => {
    const row = rows.get(entry);
    if (!row) return;
    for (let j = i + 1, above = entry; j < paged.length; j++) {
      const next = paged[j]!;
      const { words, first } = trailing[j]!;
      const [label, figures] = [words.slice(0, first), words.slice(first)];
      const sameColumn = (word: Word) => row.figures.findIndex((figure) => Math.abs(figure.left - word.left) <= SAME_COLUMN);
      const opensRow = label.length > 0 && (OPENS_ROW.test(label.map((word) => word.text).join('')) || row.label.length === 0 || labelRight(row.label) < limit - next.line.size * FULL_LABEL);
      const goesOn = (word: Word) => edgeOf(word) >= 0 && sameColumn(word) >= 0 && fills(row, row.figures[sameColumn(word)]!);
      if (next.page !== entry.page || above.line.y - next.line.y > cellPitch * SAME_CELL_PITCH || figures.length === 0 || !figures.every(goesOn) || opensRow) break;
      for (const word of figures) {
        const k = sameColumn(word);
        const figure = row.figures[k]!;
        row.figures[k] = { text: figure.text + word.text, left: figure.left, right: Math.max(figure.right, word.right), runs: [...figure.runs, ...word.runs] };
      }
      rows.delete(next);
      const rest = label.flatMap((word) => word.runs);
      replaced.set(next, rest.length > 0 ? { page: next.page, line: linesOf(rest)[0]! } : undefined);
      above = next;
    }
  });
  return replaced.size === 0 ? paged : paged.flatMap((entry) => (replaced.has(entry) ? [replaced.get(entry)].filter((line) => line !== undefined) : [entry]));
}

/**
 * The pitch of a cell's lines in rows of figures whose labels wrap: the least distance from a row's
 * line, or a label line after it, to the next label line down (at least most of a character), or
 * none where no label wraps.
 */
function linePitch(paged: PagedLine[], rows: FigureRow[], inLabel: (entry: PagedLine, row: FigureRow) => boolean): number | undefined {
  let least: number | undefined;
  for (const row of rows) {
    let y = row.entry.line.y;
    for (let j = paged.indexOf(row.entry) + 1; j < paged.length && inLabel(paged[j]!, row); j++) {
      const gap = y - paged[j]!.line.y;
      if (gap >= row.entry.line.size * 0.8 && (least === undefined || gap < least)) least = gap;
      y = paged[j]!.line.y;
    }
  }
  return least;
}

/** A word whose text ends in figures after other text, cut before the figures: where they would start. */
function gluedFigure(word: Word): { label: Word; figure: Word } | undefined {
  const match = /^(.*\D)(\d+)$/s.exec(word.text);
  if (!match) return undefined;
  const digits = match[2]!;
  const last = word.runs[word.runs.length - 1]!;
  // The figures are a run of their own (placed exactly) or the end of the last run (estimated).
  const own = FIGURE.test(readable(last.text)) && readable(last.text) === digits;
  const left = own ? last.x : word.right - digits.length * last.size * DIGIT_WIDTH;
  const runs: Glyphs[] = own ? word.runs.slice(0, -1) : [...word.runs.slice(0, -1), { ...last, text: last.text.slice(0, -digits.length), width: left - last.x }];
  const figureRun: Glyphs = own ? last : { ...last, text: digits, x: left, width: word.right - left };
  return { label: { text: match[1]!, left: word.left, right: left, runs }, figure: { text: digits, left, right: word.right, runs: [figureRun] } };
}

/** A column of a row's label: where it stands and its text. */
interface LabelColumn {
  left: number;
  text: string;
}

/** A row's label: its pieces joined per column, top to bottom. */
function labelColumnsOf(row: FigureRow, wrapped: TextLine[], overleaf: TextLine[]): LabelColumn[] {
  const { line } = row.entry;
  // Lines overleaf come after every line on the row's page: read as standing that far lower.
  const placed = [...wrapped.map((other) => ({ y: other.y, words: wordsOf(other) })), { y: line.y, words: row.label }, ...overleaf.map((other) => ({ y: other.y - OVERLEAF, words: wordsOf(other) }))];
  // Label columns stand closer than a table's cells of figures (（三）不予公开 beside 1.属于国家秘密): a character's gap sets them apart.
  const pieces = placed.flatMap(({ y, words }) => piecesOf(words, line.size, LABEL_GAP).map((piece) => ({ ...piece, y })));
  return columnTexts(pieces, line.size);
}

/**
 * The header above a row of figures: the lines of words standing in two columns or more, each word
 * in the column of figures whose edge it stands on or after (left of them, at its own left edge),
 * read down each column (信息内 over 容, 社会公 over 益组织) into one line of cells.
 */
function headerLine(lines: TextLine[], edges: number[], size: number): TextLine | undefined {
  const pieces = lines.flatMap((line) => {
    const words = wordsOf(line);
    const column = (word: Word) => edges.filter((edge) => edge <= word.left + SAME_COLUMN).pop() ?? word.left;
    return words.map((word) => ({ left: column(word), text: word.text, y: line.y }));
  });
  const texts = columnTexts(pieces, size).map((column) => column.text);
  return texts.length < 2 ? undefined : cellLine(texts, lines[0]!, lines, lines.flatMap((line) => line.runs));
}

/** Pieces of text standing at one left edge (within half a character) joined top to bottom, left to right. */
function columnTexts(pieces: Array<{ left: number; y: number; text: string }>, size: number): LabelColumn[] {
  const columns: Array<{ left: number; parts: Array<{ y: number; text: string }> }> = [];
  for (const piece of [...pieces].sort((a, b) => a.left - b.left)) {
    const column = columns.find((known) => Math.abs(known.left - piece.left) <= size * 0.5);
    if (column) column.parts.push(piece);
    else columns.push({ left: piece.left, parts: [piece] });
  }
  return columns.map((column) => ({ left: column.left, text: joinLines(column.parts.sort((a, b) => b.y - a.y).map((part) => part.text)) }));
}

/** A line made of cells, one space apart, standing where `base` stands (its baseline: the page line it is counted on). */
function cellLine(texts: string[], base: TextLine, lines: TextLine[], runs: Glyphs[]): TextLine {
  const cells: Array<[number, number]> = [];
  let text = '';
  for (const part of texts) {
    if (text) text += ' ';
    cells.push([text.length, text.length + part.length]);
    text += part;
  }
  return { text, y: base.y, left: Math.min(...lines.map((line) => line.left)), right: Math.max(...lines.map((line) => line.right)), size: base.size, cells, runs };
}

/** Text of a line standing apart from the rest: a cell's, or a label column's. */
interface Piece {
  left: number;
  right: number;
  text: string;
}

/** Words of a line grouped where they stand apart by less than `gap` characters (a cell's gap): the pieces of text in its cells. */
function piecesOf(words: Word[], size: number, gap = CELL_GAP): Piece[] {
  const pieces: Piece[] = [];
  for (const word of words) {
    const last = pieces[pieces.length - 1];
    if (last && word.left - last.right < size * gap) {
      last.text += word.text;
      last.right = word.right;
    } else {
      pieces.push({ left: word.left, right: word.right, text: word.text });
    }
  }
  return pieces;
}
