import type { PageElement } from './index.js';
import type { PdfPage } from './load.js';

/** Share of the page height at the top and at the bottom where running headers and footers stand. */
const MARGIN_BAND = 0.12;
/** How many elements at either end of a page can be running lines (a header and a rule title, a footer and a page number). */
const OUTERMOST = 2;

/** "第3页", "第 3 页 共 12 页", "3 / 12", "Page 3 of 12", "- 3 -": a page number whatever the figure. */
const WORDED_PAGE_NUMBER = /^(?:第\s*\d+\s*页(?:\s*[,，/／]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*第\s*\d+\s*页|\d+\s*[/／]\s*\d+|(?:page\s*)?\d+\s*of\s*\d+|[-—–]+\s*\d+\s*[-—–]+)$/i;
/** A bare figure is a page number only if the figures follow the pages (a table cell "4" can stand there too). */
const BARE_NUMBER = /^\d{1,4}$/;

type LineElement = PageElement & { kind: 'line' };

/**
 * Lines at the very top or bottom of a page that are page numbers, or that stand there on more
 * than one page with only their figures changed (a running header: the body's name, the title;
 * a footer), are dropped.
 */
export function withoutRunningLines(elements: PageElement[], pages: PdfPage[]): PageElement[] {
  const candidates = outermostLines(elements, pages);
  const shapeOf = (element: LineElement) => `${candidates.get(element)}:${element.line.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
  const pagesOfShape = new Map<string, Set<number>>();
  // Band and page number minus page index → the pages where it holds: a numbering holds on most pages.
  const offsets = new Map<string, Set<number>>();
  const offsetOf = (element: LineElement) => `${candidates.get(element)}:${Number(element.line.text) - element.page}`;
  for (const element of candidates.keys()) {
    const key = shapeOf(element);
    if (!pagesOfShape.has(key)) pagesOfShape.set(key, new Set());
    pagesOfShape.get(key)!.add(element.page);
    if (BARE_NUMBER.test(element.line.text.trim())) {
      const offset = offsetOf(element);
      if (!offsets.has(offset)) offsets.set(offset, new Set());
      offsets.get(offset)!.add(element.page);
    }
  }
  const running = (element: LineElement) => {
    const text = element.line.text.trim();
    if (WORDED_PAGE_NUMBER.test(text)) return true;
    if (BARE_NUMBER.test(text)) return (pages.length === 1 && text === '1') || (offsets.get(offsetOf(element))?.size ?? 0) >= Math.max(2, pages.length / 2);
    return /\p{L}/u.test(text) && pagesOfShape.get(shapeOf(element))!.size >= 2;
  };
  return elements.filter((element) => element.kind !== 'line' || !candidates.has(element) || !running(element));
}

/** The first and last few lines of each page that stand in its top or bottom band, with the band. */
function outermostLines(elements: PageElement[], pages: PdfPage[]): Map<LineElement, 'top' | 'bottom'> {
  const out = new Map<LineElement, 'top' | 'bottom'>();
  const byPage = new Map<number, PageElement[]>();
  for (const element of elements) {
    if (!byPage.has(element.page)) byPage.set(element.page, []);
    byPage.get(element.page)!.push(element);
  }
  for (const [page, onPage] of byPage) {
    const height = pages[page - 1]!.height;
    const ends = [...onPage.slice(0, OUTERMOST), ...onPage.slice(-OUTERMOST)];
    for (const element of ends) {
      if (element.kind !== 'line') continue;
      if (element.line.y > height * (1 - MARGIN_BAND)) out.set(element, 'top');
      else if (element.line.y < height * MARGIN_BAND) out.set(element, 'bottom');
    }
  }
  return out;
}
