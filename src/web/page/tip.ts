import { h } from './dom.js';
import { hitsOf } from './report.js';

/** The finding's own text (the arithmetic of a broken identity) beside a marked place, on hover, focus or click. */
export class Tip {
  constructor(private readonly tip: HTMLElement) {
    const show = (event: Event) => {
      const target = (event.target as Element).closest?.('[data-f]');
      if (target) this.show(target as HTMLElement);
    };
    document.addEventListener('mouseover', show);
    document.addEventListener('focusin', show);
    document.addEventListener('mouseout', (event) => {
      if ((event.target as Element).closest?.('[data-f]')) this.hide();
    });
  }

  show(element: HTMLElement): void {
    const hits = hitsOf.get(element);
    if (!hits) return;
    this.tip.replaceChildren(
      ...hits.map((hit) =>
        h(
          'div',
          { class: 'tip-item' },
          h('strong', {}, `${hit.finding.number}  ${hit.finding.diagnostic.severity === 2 ? '错误' : '请核对'}`),
          h('span', { class: 'tip-msg' }, hit.finding.diagnostic.message),
          ...(hit.note ? [h('span', { class: 'tip-note' }, `此处：${hit.note}`)] : []),
        ),
      ),
    );
    const box = element.getBoundingClientRect();
    this.tip.hidden = false;
    const left = Math.min(box.left, document.documentElement.clientWidth - this.tip.offsetWidth - 8);
    this.tip.style.left = `${Math.max(8, left) + window.scrollX}px`;
    this.tip.style.top = `${box.bottom + window.scrollY + 6}px`;
  }

  hide(): void {
    this.tip.hidden = true;
  }
}
