import type { Position } from 'unist';
import { locatorOf } from '../../src/model/source.js';
import type { Report } from '../../src/model/types.js';

/** Position of source offsets `from`–`to` (a heading's own range, which has no span map). */
export function positionOfSource(report: Report, from: number, to: number): Position {
  return locatorOf(report).position(from, to);
}

export { clauseStart, positionIn, proseUnits, sentenceEnd, sentenceStart, type ProseUnit } from '../../src/model/prose.js';
