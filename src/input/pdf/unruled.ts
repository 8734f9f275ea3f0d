import type { Glyphs } from './load.js';
import { FIGURE, linesOf, readable, type TextLine } from './lines.js';

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
const SAME_ROW_PITCH = 1.3;

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
