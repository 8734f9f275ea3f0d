import type { PageElement } from './index.js';
import type { PdfPage } from './load.js';

/** Share of the page height at the top and at the bottom where running headers and footers stand. */
const MARGIN_BAND = 0.12;

/** "3", "- 3 -", "第3页", "第 3 页 共 12 页", "3 / 12", "Page 3 of 12". */
const PAGE_NUMBER = /^(?:[-—–\s]*\d+[-—–\s]*|第\s*\d+\s*页(?:\s*[,，/／]?\s*共\s*\d+\s*页)?|\d+\s*[/／]\s*\d+|(?:page\s*)?\d+\s*of\s*\d+|共\s*\d+\s*页\s*第\s*\d+\s*页)$/i;

/**
 * Body lines in the top or bottom band of a page that are page numbers, or that stand in the same
 * band on more than one page with only their figures changed (a running header: the body's name,
 * the title; a footer: "第 N 页"), are dropped.
 */
export function withoutRunningLines(elements: PageElement[], pages: PdfPage[]): PageElement[] {
  const band = (element: PageElement) => {
    if (element.kind !== 'line') return undefined;
    const height = pages[element.page - 1]!.height;
    if (element.line.y > height * (1 - MARGIN_BAND)) return 'top';
    if (element.line.y < height * MARGIN_BAND) return 'bottom';
    return undefined;
  };
  const shape = (element: PageElement & { kind: 'line' }) => `${band(element)}:${element.line.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
  const pagesOfShape = new Map<string, Set<number>>();
  for (const element of elements) {
    if (element.kind !== 'line' || !band(element)) continue;
    const key = shape(element);
    if (!pagesOfShape.has(key)) pagesOfShape.set(key, new Set());
    pagesOfShape.get(key)!.add(element.page);
  }
  return elements.filter((element) => {
    if (element.kind !== 'line' || !band(element)) return true;
    return !PAGE_NUMBER.test(element.line.text.trim()) && pagesOfShape.get(shape(element))!.size < 2;
  });
}
