import type { Position } from 'unist';
import { locate } from './block.js';
import { Memo } from './memo.js';
import { walk } from './query.js';
import { locatorOf } from './source.js';
import type { Content, Paragraph, Report, Section } from './types.js';

/** A heading or a paragraph as written, with a way to place any part of it. */
export interface ProseUnit {
  text: string;
  node: Section | Paragraph;
  locate(from: number, to: number): Position;
}

/** Every heading (as written, marker included) and paragraph, in document order: where words can be left over. */
const allUnits = new Memo((report: Report) => unitsOf(report, report.children));

/** The units of `nodes`, or of the whole report (shared by every rule that scans prose, and the years model). */
export function proseUnits(report: Report, nodes?: Content[]): ProseUnit[] {
  return nodes ? unitsOf(report, nodes) : allUnits.get(report);
}

function unitsOf(report: Report, nodes: Content[]): ProseUnit[] {
  const locator = locatorOf(report);
  const units: ProseUnit[] = [];
  for (const node of walk(nodes)) {
    if (node.type === 'paragraph') units.push({ text: node.text, node, locate: (from, to) => locate(node, locator, from, to) });
    else if (node.type === 'section' && node.headingPosition) {
      const start = node.headingPosition.start.offset!;
      units.push({ text: report.source.slice(start, node.headingPosition.end.offset), node, locate: (from, to) => locator.position(start + from, start + to) });
    }
  }
  return units;
}

/** Source position of `paragraph.text.slice(from, to)`. */
export function positionIn(report: Report, paragraph: Paragraph, from: number, to: number): Position {
  return locate(paragraph, locatorOf(report), from, to);
}

/** Character codes, looked up per character: these scans run for every figure of every report. */
const codes = (chars: string) => new Set([...chars].map((char) => char.charCodeAt(0)));
const SENTENCE_END = codes('。！？!?');
/** Clause breaks, for tying a figure to the words right before it: "…5件，予以公开4件、部分公开0件（…）". */
const CLAUSE_BREAK = codes('，,；;。！？!?：:、（）()');

/**
 * How far a sentence (or a clause) is looked for on either side of a point. Rules ask once per
 * figure: on a long line without a full stop, an unbounded look made the work grow with the
 * square of the line. Real sentences are far shorter; past this a line is not prose to read.
 */
export const MAX_SENTENCE = 1000;
const MAX_CLAUSE = 200;

/** Start of the sentence holding text index `at`. */
export function sentenceStart(text: string, at: number): number {
  const limit = Math.max(0, at - MAX_SENTENCE);
  let i = at;
  while (i > limit && !SENTENCE_END.has(text.charCodeAt(i - 1))) i--;
  return i;
}

/** End (exclusive, after its 。) of the sentence holding text index `at`. */
export function sentenceEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + MAX_SENTENCE);
  let i = at;
  while (i < limit && !SENTENCE_END.has(text.charCodeAt(i))) i++;
  return Math.min(i + 1, text.length);
}

/** Start of the clause that ends at text index `at`. */
export function clauseStart(text: string, at: number): number {
  const limit = Math.max(0, at - MAX_CLAUSE);
  let i = at;
  while (i > limit && !CLAUSE_BREAK.has(text.charCodeAt(i - 1))) i--;
  return i;
}
