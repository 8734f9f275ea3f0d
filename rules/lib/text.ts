import type { Position } from 'unist';
import { locate } from '../../src/model/block.js';
import { SourceLocator } from '../../src/model/source.js';
import type { Paragraph, Report } from '../../src/model/types.js';

const locators = new WeakMap<Report, SourceLocator>();

/** One locator per report, shared by every rule that points into prose. */
function locatorOf(report: Report): SourceLocator {
  let locator = locators.get(report);
  if (!locator) locators.set(report, (locator = new SourceLocator(report.source)));
  return locator;
}

/** Source position of `paragraph.text.slice(from, to)`. */
export function positionIn(report: Report, paragraph: Paragraph, from: number, to: number): Position {
  return locate(paragraph, locatorOf(report), from, to);
}

const SENTENCE_END = /[。！？!?]/;
/** Clause breaks, for tying a figure to the words right before it: "…5件，予以公开4件、部分公开0件（…）". */
const CLAUSE_BREAK = /[，,；;。！？!?：:、（）()]/;

/** Start of the sentence holding text index `at`. */
export function sentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !SENTENCE_END.test(text[i - 1]!)) i--;
  return i;
}

/** End (exclusive, after its 。) of the sentence holding text index `at`. */
export function sentenceEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !SENTENCE_END.test(text[i]!)) i++;
  return Math.min(i + 1, text.length);
}

/** Start of the clause that ends at text index `at`. */
export function clauseStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !CLAUSE_BREAK.test(text[i - 1]!)) i--;
  return i;
}
