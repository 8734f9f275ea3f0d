import type { Position } from 'unist';

/**
 * Summaries keep places flat, as four numbers in a typed array (line, column, end line, end
 * column), not as position objects: see RepoSummary.
 */
export const PLACE_NUMBERS = 4;

/** The four numbers of a position; zeros when there is none. */
export function placeNumbers(position: Position | undefined): [number, number, number, number] {
  return position ? [position.start.line, position.start.column, position.end.line, position.end.column] : [0, 0, 0, 0];
}

/** The position whose four numbers start at `at`. */
export function placeAt(numbers: ArrayLike<number>, at: number): Position {
  return { start: { line: numbers[at]!, column: numbers[at + 1]! }, end: { line: numbers[at + 2]!, column: numbers[at + 3]! } };
}
