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
