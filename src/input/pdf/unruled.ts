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
/** Lines of one cell follow at the line pitch; a gap this many times wider is a cell's padding or more. */
const SAME_CELL_PITCH = 1.15;
/** Left edges of figure columns this close (points) are one column's edge. */
const SAME_COLUMN = 1.5;
/** A row's label lines stand within this share of the distance to the nearest row of figures (cells are centred on their row). */
const ROW_BAND = 0.45;
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
    if (figures.length < 3 || !figures.every((word) => FIGURE.test(word.text))) return;
    const centres = figures.map(centre);
    const pitch = Math.min(...centres.slice(1).map((c, i) => c - centres[i]!));
    const fits = (line: TextLine) =>
      Math.abs(line.size - values.size) <= 0.5 &&
      wordsOf(line).every((word) => !FIGURE.test(word.text) && word.right - word.left <= MAX_SPAN * pitch && centre(word) >= centres[0]! - pitch && centre(word) <= centres[centres.length - 1]! + pitch);
    const opensPage = paged[v - 1]?.page !== page;
    const headerPage = opensPage ? page - 1 : page;
    const header: TextLine[] = [];
    for (let j = v - 1; j >= 0 && paged[j]!.page === headerPage && header.length < MAX_HEADER_LINES && !taken.has(lines[j]!) && fits(lines[j]!); j--) header.unshift(lines[j]!);
    if (header.length === 0) return;
    const bounds = centres.slice(1).map((c, i) => (centres[i]! + c) / 2);
    const columnOf = (x: number) => {
      const column = bounds.findIndex((bound) => x < bound);
      return column < 0 ? centres.length - 1 : column;
    };
    const gaps = header.slice(1).map((line, i) => header[i]!.y - line.y);
    const rowPitch = Math.min(Math.min(...gaps) * SAME_ROW_PITCH, values.size * 1.6);
    const bands: TextLine[][] = [];
    header.forEach((line, i) => (i > 0 && gaps[i - 1]! <= rowPitch ? bands[bands.length - 1]!.push(line) : bands.push([line])));
    const rows = [...bands.map((band) => ({ band, page: headerPage })), { band: [values], page }].map(({ band, page: on }) => {
      const byColumn = centres.map((): Glyphs[] => []);
      for (const line of band) for (const word of wordsOf(line)) byColumn[columnOf(centre(word))]!.push(...word.runs);
      return byColumn.map((runs) => ({ lines: linesOf(runs), page: on, y: band[0]!.y }));
    });
    for (const line of [...header, values]) taken.add(line);
    const xs = [centres[0]! - pitch / 2, ...bounds, centres[centres.length - 1]! + pitch / 2];
    const first = opensPage ? values : header[0]!;
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
export function figureRows(paged: PagedLine[]): PagedLine[] {
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
  const ordered = [...rows.values()];
  const taken = new Set<PagedLine>();
  const joined = new Map<PagedLine, PagedLine>();
  const labelEndOf = (row: FigureRow) => row.figures[0]!.left - row.entry.line.size * 0.5;
  const inLabel = (entry: PagedLine, row: FigureRow) =>
    entry.page === row.entry.page && !rows.has(entry) && Math.abs(entry.line.size - row.entry.line.size) <= 0.5 && entry.line.right <= labelEndOf(row);
  const cellPitch = linePitch(paged, ordered, inLabel);
  // Labels set at the top of their cells (Word's default) wrap only downwards: no row but a page's first has a label line right above it.
  const topAligned =
    cellPitch !== undefined &&
    ordered.every((row, r) => ordered[r - 1]?.entry.page !== row.entry.page || !paged.some((entry) => inLabel(entry, row) && entry.line.y > row.entry.line.y && entry.line.y - row.entry.line.y <= cellPitch * SAME_CELL_PITCH));
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
    joined.set(row.entry, { page, line: rowLine(row, wrapped.map((entry) => entry.line), overleaf.map((entry) => entry.line)) });
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
  return paged.filter((entry) => !taken.has(entry)).map((entry) => joined.get(entry) ?? entry);
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

/** A row's line: its label's pieces joined per column (top to bottom), then its figures, each a cell. */
function rowLine(row: FigureRow, wrapped: TextLine[], overleaf: TextLine[]): TextLine {
  const { line } = row.entry;
  // Lines overleaf come after every line on the row's page: read as standing that far lower.
  const placed = [...wrapped.map((other) => ({ y: other.y, words: wordsOf(other) })), { y: line.y, words: row.label }, ...overleaf.map((other) => ({ y: other.y - OVERLEAF, words: wordsOf(other) }))];
  const pieces = placed.flatMap(({ y, words }) => piecesOf(words, line.size).map((piece) => ({ ...piece, y })));
  const runs = [...wrapped.flatMap((other) => other.runs), ...row.label.flatMap((word) => word.runs), ...row.figures.flatMap((word) => word.runs)];
  return cellLine([...columnTexts(pieces, line.size), ...row.figures.map((word) => word.text)], line, [...wrapped, line], runs);
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
  const texts = columnTexts(pieces, size);
  return texts.length < 2 ? undefined : cellLine(texts, lines[0]!, lines, lines.flatMap((line) => line.runs));
}

/** Pieces of text standing at one left edge (within half a character) joined top to bottom, left to right. */
function columnTexts(pieces: Array<{ left: number; y: number; text: string }>, size: number): string[] {
  const columns: Array<{ left: number; parts: Array<{ y: number; text: string }> }> = [];
  for (const piece of [...pieces].sort((a, b) => a.left - b.left)) {
    const column = columns.find((known) => Math.abs(known.left - piece.left) <= size * 0.5);
    if (column) column.parts.push(piece);
    else columns.push({ left: piece.left, parts: [piece] });
  }
  return columns.map((column) => joinLines(column.parts.sort((a, b) => b.y - a.y).map((part) => part.text)));
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

/** Words of a line grouped where they stand apart by less than a cell's gap: the pieces of text in its cells. */
function piecesOf(words: Word[], size: number): Array<{ left: number; text: string }> {
  const pieces: Array<{ left: number; right: number; text: string }> = [];
  for (const word of words) {
    const last = pieces[pieces.length - 1];
    if (last && word.left - last.right < size * CELL_GAP) {
      last.text += word.text;
      last.right = word.right;
    } else {
      pieces.push({ left: word.left, right: word.right, text: word.text });
    }
  }
  return pieces;
}
