import type { Diagnostic } from '../../engine/diagnostic.js';
import type { ViewNode, ViewPart } from '../api.js';

export interface Finding {
  /** Shown in the list and beside the place in the report: 1, 2, 3 … in list order. */
  number: number;
  part: number;
  /** Where the finding is shown when its range is not drawn as text or a cell. */
  node?: ViewNode;
  diagnostic: Diagnostic;
}

/** A source range to mark in the report: the finding's own place or one of its related places. */
export interface Hit {
  finding: Finding;
  role: 'main' | 'related';
  start: number;
  end: number;
  /** For a related place: what it stands for (上年结转 = 0). */
  note: string;
}

/** Longer ranges (a whole part, the whole report) are not underlined: a numbered badge marks them. */
const INLINE_MAX = 300;
const inline = (start: number, end: number) => end > start && end - start <= INLINE_MAX;

/** The node containing the offset, or the first one after it. */
function nodeAt(nodes: Array<{ node: ViewNode; part: number }>, offset: number) {
  return nodes.find(({ node }) => node.start <= offset && offset < node.end) ?? nodes.find(({ node }) => node.start >= offset) ?? nodes.at(-1);
}

/** Numbers the findings part by part and lists the ranges to mark. */
export function placeFindings(parts: ViewPart[], diagnostics: Diagnostic[]): { findings: Finding[]; hits: Hit[] } {
  const nodes = parts.flatMap((part, index) => part.nodes.map((node) => ({ node, part: index })));
  const findings = diagnostics
    .map((diagnostic) => {
      const at = nodeAt(nodes, diagnostic.position.start.offset ?? 0);
      return { number: 0, part: at?.part ?? 0, ...(at && { node: at.node }), diagnostic };
    })
    .sort((a, b) => a.part - b.part);
  findings.forEach((finding, i) => (finding.number = i + 1));
  const hits: Hit[] = [];
  for (const finding of findings) {
    const { position, related } = finding.diagnostic;
    const [start, end] = [position.start.offset ?? 0, position.end.offset ?? 0];
    if (inline(start, end)) hits.push({ finding, role: 'main', start, end, note: '' });
    for (const place of related) {
      const [from, to] = [place.position.start.offset ?? 0, place.position.end.offset ?? 0];
      // A place in another report cannot be shown on this page.
      if (!place.filePath && inline(from, to)) hits.push({ finding, role: 'related', start: from, end: to, note: place.message });
    }
  }
  return { findings, hits };
}
