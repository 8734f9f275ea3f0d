import type { Piece, ViewCell, ViewNode, ViewPart } from '../api.js';
import { h } from './dom.js';
import type { Finding, Hit } from './place.js';

/** The findings at each marked element of the report, for the tip. */
export const hitsOf = new WeakMap<Element, Hit[]>();

/** Registers marked elements and remembers, per finding, the first place it is shown. */
class Marker {
  readonly anchors = new Map<number, HTMLElement>();

  constructor(private readonly hits: Hit[]) {}

  touching(start: number, end: number): Hit[] {
    return this.hits.filter((hit) => hit.start < end && hit.end > start);
  }

  mark<E extends HTMLElement>(element: E, hits: Hit[]): E {
    const main = hits.filter((hit) => hit.role === 'main');
    element.classList.add('hit', main.length ? 'main' : 'related');
    if (hits.some((hit) => hit.finding.diagnostic.severity === 2)) element.classList.add('error');
    element.dataset.f = [...new Set(hits.map((hit) => hit.finding.number))].join(' ');
    element.tabIndex = 0;
    hitsOf.set(element, hits);
    for (const hit of main) if (!this.anchors.has(hit.finding.number)) this.anchors.set(hit.finding.number, element);
    return element;
  }
}

const ref = (hit: Hit) => h('sup', { class: 'ref' }, String(hit.finding.number));

/** Text with the ranges of findings underlined, each followed by its number. */
function text(pieces: Piece[], marker: Marker): Array<Node | string> {
  const out: Array<Node | string> = [];
  for (const piece of pieces) {
    if (piece.from === undefined) {
      out.push(piece.text);
      continue;
    }
    const from = piece.from;
    const to = from + piece.text.length;
    const touching = marker.touching(from, to);
    const cuts = [...new Set([from, to, ...touching.flatMap((hit) => [hit.start, hit.end]).filter((at) => at > from && at < to)])].sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [start, end] = [cuts[i]!, cuts[i + 1]!];
      const slice = piece.text.slice(start - from, end - from);
      const here = touching.filter((hit) => hit.start < end && hit.end > start);
      if (here.length === 0) out.push(slice);
      else out.push(marker.mark(h('mark', {}, slice), here), ...here.filter((hit) => hit.role === 'main' && hit.end <= end).map(ref));
    }
  }
  return out;
}

function cell(value: ViewCell | null, marker: Marker): HTMLTableCellElement {
  if (!value) return h('td', { class: 'absent' });
  const td = h('td', { attrs: { 'data-line': String(value.line) } }, value.raw === '' ? h('span', { class: 'blank' }, '空') : value.raw);
  // A zero-width finding at a cell (a blank cell) still marks it.
  const here = marker.touching(value.start, Math.max(value.end, value.start + 1));
  if (here.length) marker.mark(td, here).append(...here.filter((hit) => hit.role === 'main').map(ref));
  return td;
}

const headerRow = (labels: string[]) => h('tr', {}, h('th'), ...labels.map((label) => h('th', { attrs: { scope: 'col' } }, label)));

const flat = (text: string) => text.replace(/\s/g, '');

/** The caption is left out when the heading just above already says the same (二、主动公开政府信息情况). */
function table(node: Extract<ViewNode, { kind: 'table' }>, marker: Marker, above?: ViewNode): HTMLElement {
  const body = h('tbody');
  for (const row of node.rows) {
    if (row.header) body.append(headerRow(row.header));
    body.append(h('tr', {}, h('th', { attrs: { scope: 'row' } }, row.label), ...row.cells.map((value) => cell(value, marker))));
  }
  const repeated = above?.kind === 'heading' && flat(above.pieces.map((piece) => piece.text).join('')) === flat(node.title);
  return h('figure', { class: 'table' }, ...(repeated ? [] : [h('figcaption', {}, node.title)]), h('div', { class: 'scroll' }, h('table', {}, h('thead', {}, headerRow(node.header)), body)));
}

function element(node: ViewNode, marker: Marker, above?: ViewNode): HTMLElement {
  const line = { 'data-line': String(node.line) };
  if (node.kind === 'table') return table(node, marker, above);
  if (node.kind === 'heading') return h(`h${Math.min(node.depth + 1, 5)}` as 'h2', { class: 'heading', attrs: line }, ...text(node.pieces, marker));
  return h('p', { attrs: line }, ...text(node.pieces, marker));
}

/** Draws the report part by part; returns, per finding number, the element to jump to. */
export function renderReport(container: HTMLElement, parts: ViewPart[], findings: Finding[], hits: Hit[]): Map<number, HTMLElement> {
  const marker = new Marker(hits);
  const elements = new Map<ViewNode, HTMLElement>();
  container.replaceChildren(
    ...parts.map((part, index) =>
      h('section', { class: 'part', attrs: { 'data-part': String(index) } }, ...part.nodes.map((node, i) => elements.set(node, element(node, marker, part.nodes[i - 1])).get(node)!)),
    ),
  );
  // Findings about a whole part or a missing thing: a numbered badge at the start of the nearest element.
  for (const finding of findings) {
    const at = finding.node && elements.get(finding.node);
    if (marker.anchors.has(finding.number) || !at) continue;
    const badge = marker.mark(h('span', { class: 'badge' }, String(finding.number)), [{ finding, role: 'main', start: 0, end: 0, note: '' }]);
    at.prepend(badge);
  }
  return marker.anchors;
}
