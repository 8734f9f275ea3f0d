import type { Glyphs } from './load.js';

/** Text runs on one baseline, left to right. */
export interface TextLine {
  text: string;
  /** Baseline, in points from the page bottom. */
  y: number;
  left: number;
  right: number;
  size: number;
  /** Ranges of `text` set apart by gaps of two characters or more: the cells of a table drawn without lines. */
  cells: Array<[number, number]>;
  /** Its runs, left to right. */
  runs: Glyphs[];
}

/** Runs whose baselines differ by less than this share of the font size sit on one line. */
export const SAME_LINE = 0.4;

/** Groups text runs into lines, top to bottom. */
export function linesOf(glyphs: Glyphs[]): TextLine[] {
  const sorted = [...glyphs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Glyphs[][] = [];
  for (const glyph of sorted) {
    const group = groups[groups.length - 1];
    if (group && Math.abs(group[0]!.y - glyph.y) < SAME_LINE * Math.max(group[0]!.size, glyph.size)) group.push(glyph);
    else groups.push([glyph]);
  }
  return groups.map(lineOf);
}

function lineOf(group: Glyphs[]): TextLine {
  const runs = [...group].sort((a, b) => a.x - b.x);
  let text = '';
  let right = -Infinity;
  const starts = [0];
  for (const run of runs) {
    const piece = readable(run.text);
    const gap = run.x - right;
    const apart = text !== '' && (gap > run.size * CELL_GAP || (gap > run.size * 0.5 && (FIGURE.test(piece) || (/\d$/.test(text) && /^\d/.test(piece)))));
    if (text && needsSpace(text, piece, gap, run.size)) text += ' ';
    if (apart) starts.push(text.length);
    text += piece;
    right = Math.max(right, run.x + run.width);
  }
  const cells = starts.length > 1 ? starts.map((start, i): [number, number] => [start, i + 1 < starts.length ? starts[i + 1]! - 1 : text.length]) : [];
  const sizes = runs.map((run) => run.size).sort((a, b) => a - b);
  return { text, y: runs[0]!.y, left: runs[0]!.x, right, size: sizes[sizes.length >> 1]!, cells, runs };
}

/**
 * A gap of this many characters between runs on a line sets them apart as cells; so does half a
 * character before a figure standing alone or between two figures (a gap in prose is a fifth).
 */
export const CELL_GAP = 2;
export const FIGURE = /^\d+(?:\.\d+)?$/;

const LATIN_END = /[A-Za-z0-9%.,;:)]$/;
const LATIN_START = /^[A-Za-z0-9(]/;

/**
 * The gap between two runs is a space when words of Latin script meet across it, or when it is wider
 * than a character (items set apart on a line). Between Chinese characters and figures, PDF
 * producers leave a small gap that is no space in the text.
 */
function needsSpace(before: string, after: string, gap: number, size: number): boolean {
  if (gap > size) return true;
  return gap > size * 0.15 && LATIN_END.test(before) && LATIN_START.test(after);
}

/** Lines of one cell or paragraph as one text: Chinese wraps without a space, Latin words with one. */
export function joinLines(texts: string[]): string {
  return texts.reduce((joined, text) => (joined && LATIN_END.test(joined) && /^[A-Za-z]/.test(text) ? `${joined} ${text}` : joined + text), '');
}

/**
 * Some producers (Chromium among them) map ideographs that look like radicals to the radical
 * code points: 长 comes out as ⻓ (U+2ED3), 人 as ⼈ (U+2F08). Kangxi radicals fold by NFKC; the
 * supplement's simplified forms by this table (Unicode's EquivalentUnifiedIdeograph.txt).
 */
const RADICAL_SUPPLEMENT: Record<string, string> = {
  '\u2E81': '厂', '\u2E84': '乙', '\u2E85': '亻', '\u2E86': '冂', '\u2E87': '几', '\u2E89': '刂', '\u2E8A': '卜', '\u2E8C': '小',
  '\u2E8E': '兀', '\u2E92': '巳', '\u2E93': '幺', '\u2E96': '忄', '\u2E98': '扌', '\u2E99': '攵', '\u2E9B': '旡', '\u2E9D': '月',
  '\u2E9F': '母', '\u2EA0': '民', '\u2EA1': '氵', '\u2EA3': '灬', '\u2EA4': '爫', '\u2EA6': '丬', '\u2EA7': '牛', '\u2EA8': '犭',
  '\u2EA9': '王', '\u2EAA': '疋', '\u2EAB': '目', '\u2EAC': '示', '\u2EAD': '礻', '\u2EAE': '竹', '\u2EB0': '纟', '\u2EB2': '罒',
  '\u2EB6': '羊', '\u2EB9': '耂', '\u2EBA': '肀', '\u2EBB': '聿', '\u2EBD': '臼', '\u2EBE': '艹', '\u2EC1': '虎', '\u2EC2': '衤',
  '\u2EC3': '覀', '\u2EC4': '西', '\u2EC5': '见', '\u2EC6': '角', '\u2EC8': '讠', '\u2EC9': '贝', '\u2ECA': '足', '\u2ECB': '车',
  '\u2ECC': '辶', '\u2ED0': '钅', '\u2ED1': '長', '\u2ED3': '长', '\u2ED4': '门', '\u2ED6': '阝', '\u2ED7': '雨', '\u2ED8': '青',
  '\u2ED9': '韦', '\u2EDA': '页', '\u2EDB': '风', '\u2EDC': '飞', '\u2EDD': '食', '\u2EE0': '饣', '\u2EE2': '马', '\u2EE3': '骨',
  '\u2EE4': '鬼', '\u2EE5': '鱼', '\u2EE6': '鸟', '\u2EE7': '卤', '\u2EE8': '麦', '\u2EE9': '黄', '\u2EEA': '黾', '\u2EEC': '齐',
  '\u2EEE': '齿', '\u2EF0': '龙', '\u2EF3': '龟',
};

export function readable(text: string): string {
  return text.replace(/[\u2E80-\u2EFF\u2F00-\u2FDF]/g, (char) => RADICAL_SUPPLEMENT[char] ?? char.normalize('NFKC'));
}

/**
 * The 1-based line number on the page of each baseline, counted as a reader counts the printed
 * lines from the top (running headers included): baselines closer than a third of a line share one.
 */
export function pageLineNumbers(glyphs: Glyphs[]): (y: number) => number {
  const tops = [...new Set(glyphs.map((glyph) => glyph.y))].sort((a, b) => b - a);
  const size = glyphs.reduce((least, glyph) => Math.min(least, glyph.size), Infinity);
  const starts: number[] = [];
  for (const y of tops) if (starts.length === 0 || starts[starts.length - 1]! - y > size * SAME_LINE) starts.push(y);
  return (y: number) => {
    let line = 0;
    while (line < starts.length && starts[line]! - y > -size * SAME_LINE) line++;
    return Math.max(1, line);
  };
}
