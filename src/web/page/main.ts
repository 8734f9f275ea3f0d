import type { ExportFormat, LintResponse } from '../api.js';
import { byId, h } from './dom.js';
import { renderFindings } from './findings.js';
import { placeFindings } from './place.js';
import { renderReport } from './report.js';
import { renderSummary } from './summary.js';
import { Tip } from './tip.js';

const summary = byId<HTMLElement>('summary');
const result = byId<HTMLElement>('result');
const tip = new Tip(byId('tip'));
let current: { name: string; response: LintResponse; anchors: Map<number, HTMLElement> } | undefined;

/** Shows the place of a finding in the report and its text beside it. */
function jump(number: number): void {
  const anchor = current?.anchors.get(number);
  if (!anchor) return;
  anchor.scrollIntoView({ block: 'center' });
  anchor.classList.remove('flash');
  void anchor.offsetWidth; // restart the flash animation
  anchor.classList.add('flash');
  tip.show(anchor);
  select(number);
}

function select(number: number): void {
  for (const item of document.querySelectorAll('.finding.selected')) item.classList.remove('selected');
  const item = document.querySelector(`.finding[data-n="${number}"]`);
  item?.classList.add('selected');
  item?.scrollIntoView({ block: 'nearest' });
}

async function download(format: ExportFormat): Promise<void> {
  if (!current) return;
  const response = await fetch('/api/export', { method: 'POST', body: JSON.stringify({ format, result: current.response.result }) });
  const link = h('a', { attrs: { href: URL.createObjectURL(await response.blob()), download: `${current.name}.${format === 'sarif' ? 'sarif' : 'json'}` } });
  link.click();
  URL.revokeObjectURL(link.href);
}

function actions(): HTMLElement {
  const button = (label: string, action: () => void) => {
    const element = h('button', { attrs: { type: 'button' } }, label);
    element.addEventListener('click', action);
    return element;
  };
  return h(
    'div',
    { class: 'actions' },
    button('打印检查结果', () => window.print()),
    button('导出 JSON', () => void download('json')),
    button('导出 SARIF', () => void download('sarif')),
  );
}

/** Sends the file to the checker on this machine and draws what comes back. */
async function check(name: string, bytes: BufferSource): Promise<void> {
  summary.dataset.state = 'checking';
  summary.replaceChildren(h('p', {}, `正在检查《${name}》……`));
  tip.hide();
  const reply = await fetch(`/api/lint?name=${encodeURIComponent(name)}`, { method: 'POST', body: bytes });
  if (!reply.ok) {
    // The last report's results must not stand beside this failure.
    result.hidden = true;
    current = undefined;
    summary.dataset.state = 'failed';
    summary.replaceChildren(h('p', { class: 'verdict failed' }, `检查出错：${await reply.text()}`));
    return;
  }
  const response = (await reply.json()) as LintResponse;
  const parts = response.parts ?? [];
  const { findings, hits } = placeFindings(parts, response.result.diagnostics);
  const anchors = renderReport(byId('report'), parts, findings, hits);
  renderFindings(byId('findings'), parts, findings, jump, response.result.failure?.message);
  current = { name, response, anchors };
  result.hidden = !response.parts;
  renderSummary(summary, name, response, actions());
}

async function checkFile(file: File | undefined): Promise<void> {
  if (file) await check(file.name, await file.arrayBuffer());
}

const input = byId<HTMLInputElement>('file');
input.addEventListener('change', () => void checkFile(input.files?.[0]));
const drop = byId<HTMLElement>('drop');
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  void checkFile(event.dataTransfer?.files[0]);
});
byId('paste-check').addEventListener('click', () => {
  const text = byId<HTMLTextAreaElement>('paste').value;
  if (text.trim()) void check('粘贴的文字.txt', new TextEncoder().encode(text));
});
// Clicking a marked place selects its finding in the list.
byId('report').addEventListener('click', (event) => {
  const marked = (event.target as Element).closest<HTMLElement>('[data-f]');
  const number = Number(marked?.dataset.f?.split(' ')[0]);
  if (number) select(number);
});
