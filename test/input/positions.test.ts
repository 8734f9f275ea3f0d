import { describe, expect, it } from 'vitest';
import { adaptTextForm } from '../../src/input/index.js';
import { SourceLocator } from '../../src/model/source.js';
import { paragraphsOf, sectionsOf, tablesOf } from '../../src/model/query.js';
import type { Report } from '../../src/model/types.js';
import { FIXTURES } from '../fixtures.js';
import { parseBytes, parseFixture } from '../helpers.js';
import { toHtml, toMarkdown } from '../support/render.js';

const encode = (text: string) => new TextEncoder().encode(text);

/**
 * How many parts and paragraphs each form of 001 and 003 gives (the loops below check each of them):
 * the same parts in every form; 001's page has one paragraph more than its text.
 */
const COUNTS: Record<string, Record<'text' | 'markdown' | 'html', { sections: number; paragraphs: number }>> = {
  [FIXTURES.changleTownship2023]: { text: { sections: 10, paragraphs: 21 }, markdown: { sections: 10, paragraphs: 21 }, html: { sections: 10, paragraphs: 22 } },
  [FIXTURES.dayaoCounty2021]: { text: { sections: 23, paragraphs: 19 }, markdown: { sections: 23, paragraphs: 19 }, html: { sections: 23, paragraphs: 19 } },
};

/** Every located node's offsets, line and column agree, and its source text is what the model says. */
function expectPositionsPointIntoSource(report: Report, source: string, counts: { sections: number; paragraphs: number }) {
  const locator = new SourceLocator(source);
  const at = (offset: number) => locator.point(offset);
  // 001 and 003 both have tables 二, 三 and 四, in every form.
  expect(tablesOf(report).map((table) => table.kind)).toEqual(['proactive', 'applications', 'reviewLitigation']);
  expect({ sections: sectionsOf(report).length, paragraphs: paragraphsOf(report.children).length }).toEqual(counts);
  for (const table of tablesOf(report)) {
    for (const cell of table.children) {
      const { start, end } = cell.position!;
      expect(at(start.offset!), cell.key).toMatchObject({ line: start.line, column: start.column });
      expect(source.slice(start.offset, end.offset), cell.key).toBe(cell.raw);
    }
  }
  for (const section of sectionsOf(report)) {
    const { start, end } = section.headingPosition!;
    expect(at(start.offset!)).toMatchObject({ line: start.line, column: start.column });
    expect(source.slice(start.offset, end.offset).normalize('NFKC')).toContain(section.title.slice(0, 4).normalize('NFKC'));
  }
  for (const paragraph of paragraphsOf(report.children)) {
    const { start } = paragraph.position!;
    expect(at(start.offset!)).toMatchObject({ line: start.line, column: start.column });
    expect(source.slice(start.offset, start.offset! + 1)).toBe(paragraph.text.trimStart()[0]);
  }
}

describe.each([FIXTURES.changleTownship2023, FIXTURES.dayaoCounty2021])('positions of %s point into the file the user opened', (file) => {
  it('text', async () => {
    const report = await parseFixture(file);
    expectPositionsPointIntoSource(report, report.source, COUNTS[file]!.text);
  });

  it('Markdown', async () => {
    const markdown = toMarkdown(await parseFixture(file));
    expectPositionsPointIntoSource(await parseBytes('report.md', encode(markdown)), markdown, COUNTS[file]!.markdown);
  });

  it('HTML with a menu, entities and rowspans', async () => {
    const html = toHtml(await parseFixture(file));
    const report = await parseBytes('report.html', encode(html));
    expectPositionsPointIntoSource(report, html, COUNTS[file]!.html);
    const received = tablesOf(report).find((table) => table.kind === 'applications')!.children.find((cell) => cell.key === 'received:total')!;
    const line = html.split('\n')[received.position!.start.line - 1]!;
    expect(line).toContain('<td>');
    expect(line.slice(received.position!.start.column - 1 - 4, received.position!.start.column - 1)).toBe('<td>');
  });
});

it('an & written as &amp; maps to its entity, and the characters after it to theirs', () => {
  const source = '<p>甲&amp;乙&#x4e00; & 丙</p>';
  const [block] = adaptTextForm('html', source).blocks;
  expect(block).toMatchObject({ kind: 'text', text: '甲&乙一 & 丙' });
  const offsets = [...'甲&乙一 & 丙'].map((_, i) => (block!.kind === 'text' ? block!.spans.find((span) => span.start <= i && i < span.start + span.length) : undefined)).map((span, i) => (span ? span.offset + (i - span.start) : undefined));
  expect(offsets.map((offset) => (offset === undefined ? undefined : source[offset]))).toEqual(['甲', '&', '乙', '&', undefined, '&', undefined, '丙']);
});
