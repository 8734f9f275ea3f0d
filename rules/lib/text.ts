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

export { clauseStart, proseUnits, sentenceEnd, sentenceStart, type ProseUnit } from '../../src/model/prose.js';
