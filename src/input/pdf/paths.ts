import type { Rule } from './load.js';

/** Thinner than this (in points) a filled rectangle is a drawn line; cell borders are drawn either way. */
const LINE_THICKNESS = 3;

export type Matrix = [number, number, number, number, number, number];

export const multiply = (m: ArrayLike<number>, n: ArrayLike<number>): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

// Path data of PDF.js's constructPath: an opcode, then its points.
export const MOVE_TO = 0;
export const LINE_TO = 1;
export const CURVE_TO = 2;
export const QUADRATIC_TO = 3;
export const CLOSE = 4;

/** A stroked path draws its segments; a filled one (a page or cell background too) only a thin box's length. */
export function pathRules(data: ArrayLike<number>, matrix: ArrayLike<number>, stroked: boolean): Rule[] {
  const points: Array<[number, number]> = [];
  const rules: Rule[] = [];
  const apply = (x: number, y: number): [number, number] => [matrix[0] * x + matrix[2] * y + matrix[4], matrix[1] * x + matrix[3] * y + matrix[5]];
  const flush = () => {
    if (stroked) for (let i = 1; i < points.length; i++) addSegment(rules, points[i - 1]!, points[i]!);
    if (points.length >= 4) addThinBox(rules, points);
    points.length = 0;
  };
  for (let i = 0; i < data.length; ) {
    const op = data[i++]!;
    if (op === MOVE_TO) {
      flush();
      points.push(apply(data[i]!, data[i + 1]!));
      i += 2;
    } else if (op === LINE_TO) {
      points.push(apply(data[i]!, data[i + 1]!));
      i += 2;
    } else if (op === CURVE_TO) {
      i += 6;
    } else if (op === QUADRATIC_TO) {
      i += 4;
    } else if (op === CLOSE) {
      if (points.length) points.push(points[0]!);
    } else {
      break;
    }
  }
  flush();
  return rules;
}

function addSegment(rules: Rule[], [ax, ay]: [number, number], [bx, by]: [number, number]): void {
  if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= 1) rules.push({ horizontal: true, at: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
  else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= 1) rules.push({ horizontal: false, at: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
}

/** A filled rectangle a few points thin is a line along its length. */
function addThinBox(rules: Rule[], points: Array<[number, number]>): void {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [left, right, bottom, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (top - bottom < LINE_THICKNESS && right - left >= LINE_THICKNESS) rules.push({ horizontal: true, at: (top + bottom) / 2, from: left, to: right });
  else if (right - left < LINE_THICKNESS && top - bottom >= LINE_THICKNESS) rules.push({ horizontal: false, at: (left + right) / 2, from: bottom, to: top });
}
