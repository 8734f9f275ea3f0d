import { describe, expect, it } from 'vitest';
import { tableOf } from '../../../src/model/query.js';
import { FIXTURES, fixtureText, lintWith, parseFixture, replaceLine } from '../../helpers.js';
import { tableRules } from '../../../rules/table/index.js';

const TABLE_RULES = tableRules.map((rule) => rule.meta.id);

/**
 * Issue 3: on 001 and 003 the table family is silent, and changing any single number
 * of table 三 or 四 is reported by at least one table rule pointing inside that table.
 */
describe.each([FIXTURES.changleTownship2023, FIXTURES.dayaoCounty2021])('%s', (file) => {
  const text = fixtureText(file);

  it('the table family reports nothing on the real report', async () => {
    const { result } = await lintWith(file, text, TABLE_RULES);
    expect(result.diagnostics).toEqual([]);
  });

  // Table 三 has 25 rows of 7 columns, table 四 15 cells: every one of them is changed.
  it.each([['applications', 175], ['reviewLitigation', 15]] as const)('every single-number change of %s is found inside the table (%i cells)', async (kind, cells) => {
    const table = tableOf(await parseFixture(file), kind)!;
    expect(table.children).toHaveLength(cells);
    const first = table.position!.start.line;
    const last = table.position!.end.line;
    const missed: string[] = [];
    for (const cell of table.children) {
      const line = cell.position!.start.line;
      const changed = replaceLine(text, line, String((cell.value ?? 0) + 3));
      const { result } = await lintWith(file, changed, TABLE_RULES);
      const inside = result.diagnostics.filter((d) => d.position.start.line >= first && d.position.start.line <= last);
      if (inside.length === 0) missed.push(`${cell.key}@${line}`);
    }
    expect(missed).toEqual([]);
  });
});
