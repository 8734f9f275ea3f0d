import fc from 'fast-check';
import type { Position } from 'unist';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintReport } from '../../src/engine/lint.js';
import { resolveConfig } from '../../src/engine/resolve.js';
import { adaptTextForm } from '../../src/input/index.js';
import { offsetAt } from '../../src/model/block.js';
import { sectionsOf, tablesOf, walk } from '../../src/model/query.js';
import type { Report } from '../../src/model/types.js';
import { buildReport } from '../../src/parse/index.js';
import { FIXTURES, fixtureText } from '../fixtures.js';

const everyRule = resolveConfig({ extends: 'strict' }, builtinRules);

/**
 * Every position of the model lies inside the source and agrees with its offsets, and every rule
 * runs on the model without crashing, its findings inside the source too.
 */
function assertInBounds(source: string, format: 'text' | 'markdown' | 'html' = 'text'): Report {
  const input = adaptTextForm(format, source);
  const report = buildReport(input, format);
  const lines = input.locator.lineCount;
  const check = (position: Position | undefined) => {
    expect(position).toBeDefined();
    for (const point of [position!.start, position!.end]) {
      expect(point.line).toBeGreaterThanOrEqual(1);
      expect(point.line).toBeLessThanOrEqual(lines);
      expect(point.offset!).toBeGreaterThanOrEqual(0);
      expect(point.offset!).toBeLessThanOrEqual(source.length);
    }
    expect(position!.start.offset!).toBeLessThanOrEqual(position!.end.offset!);
  };
  for (const block of input.blocks) {
    check(block.position);
    if (block.kind === 'text') for (let i = 0; i <= block.text.length; i++) expect(offsetAt(block, i)).toBeLessThanOrEqual(source.length);
  }
  for (const node of walk(report.children)) {
    check(node.position);
    if (node.type === 'section') check(node.headingPosition);
    if (node.type === 'table') {
      for (const cell of node.children) check(cell.position);
      for (const label of Object.values(node.rowLabels)) check(label.position);
    }
  }
  // Every fact found has its place, except a year read from the most frequent "N年" (no single place).
  const { title, body, year, period, published } = report.facts;
  for (const fact of [title, body, period, published].filter((found) => found !== undefined)) check(fact.position);
  if (year?.position) check(year.position);
  for (const diagnostic of lintReport(report, input.directives, everyRule, 'zh')) {
    expect(diagnostic.messageId, diagnostic.message).not.toBe('crash');
    check(diagnostic.position);
    for (const related of diagnostic.related) check(related.position);
  }
  return report;
}

const reportLike = fc.array(
  fc.oneof(
    fc.constantFrom('一、总体情况', '（二）部分公开', '三、本年度办理结果', '|', '||||', '4', '０', '—', '', ' ', '\r', '行政复议', '总计', '统计指标单位统计数', '政府网站公开政府信息数244', '2017年政府信息公开工作年度报告', '发布时间:2018-08-21'),
    fc.string(),
    fc.string({ unit: 'grapheme' }),
  ),
  { maxLength: 60 },
).map((lines) => lines.join('\n'));

/** A real report with some lines replaced by arbitrary text: reaches the table reader, which random text never does. */
const damagedReport = fc
  .tuple(fc.constantFrom(FIXTURES.changleTownship2023, FIXTURES.dayaoCounty2021, FIXTURES.amengTownship2017), fc.array(fc.tuple(fc.nat(), fc.oneof(fc.string(), fc.constantFrom('', '|', '—', '４'))), { maxLength: 8 }))
  .map(([file, edits]) => {
    const lines = fixtureText(file).split('\n');
    for (const [at, replacement] of edits) lines[at % lines.length] = replacement;
    return lines.join('\n');
  });

/** Markdown and HTML pieces the adapters treat specially: pipe tables, escapes, cells, comments. */
const markupLike = fc.array(
  fc.oneof(
    fc.constantFrom('| 信息内容 | 本年制发件数 |', '| --- | ---: |', '|---|', '| 规章 \\| 文件 | 3 |', '**4**', '# 一、总体情况', '- 1.列表', '<!-- xxgk-disable-next-line table/blank-cell -->'),
    fc.constantFrom('<table><tr><td rowspan="2">本年新收</td><td>4</td></tr></table>', '<p>&nbsp;</p>', '<td colspan="9">', '<h2>二、主动公开</h2>', '&amp;&#x4e00;', '<br>'),
    fc.string(),
  ),
  { maxLength: 40 },
).map((lines) => lines.join('\n'));

describe('Markdown and HTML adapter properties', () => {
  it.each(['markdown', 'html'] as const)('%s: never throws and keeps every position in the file', (format) => {
    fc.assert(fc.property(fc.oneof(fc.string(), markupLike, reportLike), (text) => void assertInBounds(text, format)), { numRuns: 150 });
  });
});

describe('text parser properties', () => {
  it('never throws and keeps every position in the file, for arbitrary text', () => {
    const reached = { sections: 0, tables: 0 };
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), reportLike, damagedReport), (text) => {
        const report = assertInBounds(text);
        reached.sections += Number(sectionsOf(report).length > 0);
        reached.tables += Number(tablesOf(report).length > 0);
      }),
      { numRuns: 200 },
    );
    // The inputs reached what the property claims to cover: sections and table cells (about a quarter are damaged real reports).
    expect(reached.sections).toBeGreaterThanOrEqual(20);
    expect(reached.tables).toBeGreaterThanOrEqual(20);
  });

  it('never throws on any truncation of a real report', () => {
    const texts = [FIXTURES.changleTownship2023, FIXTURES.dayaoCounty2021, FIXTURES.amengTownship2017].map(fixtureText);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.double({ min: 0, max: 1, noNaN: true }), (which, share) => {
        const text = texts[which]!;
        assertInBounds(text.slice(0, Math.floor(text.length * share)));
      }),
      { numRuns: 60 },
    );
  });
});
