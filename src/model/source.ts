import { Memo } from './memo.js';
import type { Point, Position } from 'unist';

/**
 * Maps character offsets of a decoded source text to 1-based line/column points.
 * Every position in the model is made through one of these, so it always points
 * into the file the user opened.
 */
export class SourceLocator {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - this.lineStarts[lo]! + 1, offset: clamped };
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))]!;
  }
}

const locators = new Memo((report: { source: string }) => new SourceLocator(report.source));

/**
 * The locator of a report's source: the one its input was read with (registered by the parser),
 * else made once. Rules and summaries that place text share it instead of rescanning the lines.
 */
export function locatorOf(report: { source: string }): SourceLocator {
  return locators.get(report);
}

export function rememberLocator(report: { source: string }, locator: SourceLocator): void {
  locators.set(report, locator);
}
