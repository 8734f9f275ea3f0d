import type { ViewPart } from '../api.js';
import { h } from './dom.js';
import type { Finding } from './place.js';

/** What kind of problem, in words drafting staff use (the rule family). */
export const KINDS: Record<string, string> = {
  table: '表格数字',
  narrative: '正文与表格',
  structure: '结构',
  meta: '日期与基本信息',
  content: '遗留或重复文字',
  repo: '与往年报告',
};

const lines = (numbers: number[]) => `第 ${[...new Set(numbers)].join('、')} 行`;
/** A place in a PDF as a reader finds it on paper: 第3页第12行. */
const placeIn = (place: { position: { start: { line: number } }; page?: { page: number; line: number } }) =>
  place.page ? `第 ${place.page.page} 页第 ${place.page.line} 行` : lines([place.position.start.line]);

function item(finding: Finding, jump: (number: number) => void): HTMLElement {
  const { diagnostic: d, number } = finding;
  const related = d.related.filter((place) => !place.filePath);
  const button = h(
    'button',
    { class: 'go', attrs: { type: 'button', title: '在报告中查看' } },
    h('span', { class: 'num' }, String(number)),
    h('span', { class: 'sev' }, d.severity === 2 ? '错误' : '请核对'),
    h('span', { class: 'kind' }, KINDS[d.ruleId.split('/')[0]!] ?? ''),
    h('span', { class: 'msg' }, d.message),
    h('span', { class: 'where' }, placeIn(d) + (related.length ? `；相关：${related.some((place) => place.page) ? related.map(placeIn).join('、') : lines(related.map((place) => place.position.start.line))}` : '')),
  );
  button.addEventListener('click', () => jump(number));
  return h(
    'li',
    { class: `finding ${d.severity === 2 ? 'error' : 'warning'}`, attrs: { 'data-n': String(number), 'data-rule': d.ruleId, 'data-line': String(d.position.start.line) } },
    button,
    ...(d.suggestion ? [h('p', { class: 'fix' }, `${d.suggestion.message}：“${d.suggestion.text}”`)] : []),
    h('a', { class: 'rule', attrs: { href: `/docs/rules/${d.ruleId}.md`, target: '_blank', rel: 'noopener', title: '这条检查规则的说明' } }, d.ruleId),
  );
}

/** Findings drawn at once; the rest follow a batch a frame, so a report with thousands stays usable. */
const BATCH = 100;
let drawing = 0;

/**
 * The findings beside the report, grouped by the part of the report they are in. `notice`: why the
 * file was not fully checked — then an empty list never reads "no problems".
 */
export function renderFindings(container: HTMLElement, parts: ViewPart[], findings: Finding[], jump: (number: number) => void, notice?: string): void {
  const run = ++drawing;
  if (findings.length === 0) {
    container.replaceChildren(h('h2', {}, '发现的问题'), notice ? h('p', { class: 'failed' }, notice) : h('p', { class: 'none' }, '没有发现问题。'));
    return;
  }
  const byPart = new Map<number, Finding[]>();
  for (const finding of findings) {
    const own = byPart.get(finding.part);
    if (own) own.push(finding);
    else byPart.set(finding.part, [finding]);
  }
  const titles = parts.length ? parts.map((part) => part.title) : ['全文'];
  const pending: Array<[HTMLElement, Finding]> = [];
  const groups = titles.flatMap((title, index) => {
    const own = byPart.get(index);
    if (!own) return [];
    const list = h('ol', {});
    for (const finding of own) pending.push([list, finding]);
    return [h('section', { class: 'group' }, h('h3', {}, title, h('span', { class: 'count' }, String(own.length))), list)];
  });
  container.replaceChildren(
    h('h2', {}, `发现的问题（${findings.length}）`),
    ...(notice ? [h('p', { class: 'failed' }, notice)] : []),
    h('p', { class: 'legend' }, h('span', { class: 'key main' }), '有问题的数字或文字 ', h('span', { class: 'key related' }), '参与核算的其他数字'),
    ...groups,
  );
  let next = 0;
  const drawBatch = () => {
    // A newer check replaced this list: stop drawing the old one.
    if (run !== drawing) return;
    for (const end = Math.min(next + BATCH, pending.length); next < end; next++) {
      const [list, finding] = pending[next]!;
      list.append(item(finding, jump));
    }
    if (next < pending.length) requestAnimationFrame(drawBatch);
  };
  drawBatch();
}
