import type { Position } from 'unist';
import { locate } from '../../src/model/block.js';
import { locatorOf } from '../../src/model/source.js';
import type { Paragraph, Report } from '../../src/model/types.js';

/** Position of source offsets `from`–`to` (a heading's own range, which has no span map). */
export function positionOfSource(report: Report, from: number, to: number): Position {
  return locatorOf(report).position(from, to);
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

/** Start of the sentence holding text index `at`. */
export function sentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !SENTENCE_END.has(text.charCodeAt(i - 1))) i--;
  return i;
}

/** End (exclusive, after its 。) of the sentence holding text index `at`. */
export function sentenceEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !SENTENCE_END.has(text.charCodeAt(i))) i++;
  return Math.min(i + 1, text.length);
}

/** Start of the clause that ends at text index `at`. */
export function clauseStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !CLAUSE_BREAK.has(text.charCodeAt(i - 1))) i--;
  return i;
}

export { proseUnits, type ProseUnit } from '../../src/model/prose.js';
