import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/bench/render.js';
import { knowledge, tableDefinition } from '../../src/knowledge/index.js';
import { parseCellNumber } from '../../src/knowledge/normalize.js';
import { cellsByKey, tablesOf } from '../../src/model/query.js';
import type { Generation, Report } from '../../src/model/types.js';
import { parseBytes } from '../helpers.js';
import { layoutWriting, LAYOUTS, reportTitle } from '../support/layouts.js';
import { pageTables, valueKeys } from '../support/page-tables.js';

const GENERATIONS: Generation[] = ['gb2021', 'gb2019', 'legacy'];

/** A value as reports write it: plain, full-width digits, thousands separators, a unit in the cell, a footnote mark; blank, —, －, / or 无. */
function writing(kind: 'count' | 'signed' | 'amount') {
  const blank = fc.constantFrom('', '', '—', '－', '/', '无');
  const whole = fc.nat({ max: 60000 }).chain((n) =>
    fc.constantFrom(
      String(n),
      String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
      n >= 1000 ? n.toLocaleString('en-US') : String(n),
      kind === 'amount' ? `${n}万元` : `${n}件`,
      `${n}*`,
      `${n}①`,
    ),
  );
  const number = kind === 'signed' ? fc.oneof(whole, fc.integer({ min: -30, max: -1 }).map(String)) : kind === 'amount' ? fc.oneof(whole, fc.constantFrom('3.5', '0.25', '128.04')) : whole;
  return fc.oneof({ arbitrary: number, weight: 3 }, { arbitrary: blank, weight: 1 });
}

function kindOf(generation: Generation, key: string): 'count' | 'signed' | 'amount' {
  for (const definition of tablesFor(generation)) {
    if (definition.layout !== 'rows') continue;
    for (const row of definition.rows) for (const column of row.columns ?? definition.columns) if (key === (column.key === 'value' ? row.key : `${row.key}:${column.key}`)) return column.valueKind;
  }
  return 'count';
}

const tablesFor = (generation: Generation) => (['proactive', 'applications', 'reviewLitigation', 'legacyStats'] as const).flatMap((kind) => tableDefinition(generation, kind, knowledge) ?? []);

/** Every value reads back as written, with its position on the value's characters. */
function expectReadBack(report: Report, keys: string[], written: (key: string) => string, layout: string): void {
  const cells = new Map(tablesOf(report).flatMap((table) => [...cellsByKey(table)]));
  const doubts = report.children.flatMap(function doubts(node): string[] {
    return node.type === 'table' ? (node.doubt ? [node.doubt] : []) : node.type === 'section' ? node.children.flatMap(doubts) : [];
  });
  expect(doubts, layout).toEqual([]);
  for (const key of keys) {
    const cell = cells.get(key);
    const raw = written(key);
    const parsed = parseCellNumber(raw);
    expect({ key, raw: cell?.raw, value: cell?.value }, layout).toEqual({ key, raw, value: parsed.kind === 'number' ? parsed.value : null });
    // Markdown writes a footnote's * escaped (4\\*): the position covers the escape too.
    if (raw) expect([raw, escapeMarkdown(raw)], `${layout} ${key}`).toContain(report.source.slice(cell!.position!.start.offset, cell!.position!.end.offset));
  }
}

describe.each(GENERATIONS)('%s tables in every layout', (generation) => {
  const tables = pageTables(generation);
  const keys = valueKeys(tables);
  const values = fc.tuple(...keys.map((key) => writing(kindOf(generation, key))));
  it.each(Object.keys(LAYOUTS))('%s: every cell reads back as written, where it is written', async (layout) => {
    await fc.assert(
      fc.asyncProperty(values, async (writings) => {
        const byKey = new Map(keys.map((key, i) => [key, layoutWriting(layout, writings[i]!)]));
        const written = (key: string) => byKey.get(key)!;
        const rendered = await LAYOUTS[layout]!(reportTitle(generation), tables, written);
        const bytes = typeof rendered.content === 'string' ? new TextEncoder().encode(rendered.content) : rendered.content;
        expectReadBack(await parseBytes(rendered.fileName, bytes), keys, written, layout);
      }),
      { numRuns: Number(process.env.XXGK_LAYOUT_RUNS ?? 8) },
    );
  });
});
