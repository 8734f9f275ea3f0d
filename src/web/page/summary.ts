import type { LintResponse } from '../api.js';
import { h } from './dom.js';

/** The format generation in words: 2021 年版格式（国办公开办函〔2021〕30号，2021 年度起）. */
function formatName(response: LintResponse): string {
  const { summary, generation } = response;
  if (!summary || !generation) return '';
  const name = summary.generation === 'legacy' ? '旧格式' : `${generation.from} 年版格式`;
  const years = generation.to ? `${generation.from}–${generation.to} 年度` : `${generation.from} 年度起`;
  return `${name}（${generation.definedBy}，${years}）`;
}

function verdict(errors: number, warnings: number, notice: string | undefined): HTMLElement {
  // A file a limit stopped part way was not fully checked: never "no problems" beside that.
  if (notice) return h('p', { class: 'verdict failed' }, `${errors + warnings ? `已列出 ${errors + warnings} 处。` : ''}${notice}`);
  if (errors + warnings === 0) return h('p', { class: 'verdict ok' }, '没有发现问题。');
  const parts = [errors && `${errors} 处错误`, warnings && `${warnings} 处需要核对`].filter(Boolean).join('、');
  return h('p', { class: `verdict ${errors ? 'error' : 'warning'}` }, `发现 ${parts}。`);
}

/** The top of the page: what was recognised and how many findings, with export and print. */
export function renderSummary(container: HTMLElement, name: string, response: LintResponse, actions: HTMLElement): void {
  const { result, summary } = response;
  if (!summary) {
    container.dataset.state = 'failed';
    container.replaceChildren(h('h2', {}, `《${name}》未能检查`), h('p', { class: 'verdict failed' }, result.failure?.message ?? ''));
    return;
  }
  const errors = result.diagnostics.filter((d) => d.severity === 2).length;
  const warnings = result.diagnostics.length - errors;
  Object.assign(container.dataset, { state: 'done', generation: summary.generation, year: String(summary.year ?? ''), errors: String(errors), warnings: String(warnings) });
  const facts: Array<[string, string | undefined]> = [
    ['报告年度', summary.year ? `${summary.year} 年度` : '未识别'],
    ['发布单位', summary.body ?? '未识别'],
    ['报告格式', formatName(response)],
    ['发布日期', summary.published],
  ];
  container.replaceChildren(
    h('h2', {}, `《${name}》检查结果`),
    verdict(errors, warnings, result.failure?.message),
    h('dl', { class: 'facts' }, ...facts.filter(([, value]) => value).flatMap(([term, value]) => [h('dt', {}, term), h('dd', { attrs: { 'data-fact': term } }, value!)])),
    actions,
  );
}
