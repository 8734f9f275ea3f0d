import { expect, it } from 'vitest';
import rule from '../../../rules/table/unreadable.js';
import { tableRules } from '../../../rules/table/index.js';
import { outlineOf } from '../../../src/model/outline.js';
import { FIXTURES, fixtureText, lintWith, parseBytes } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

const changle = fixtureText(FIXTURES.changleTownship2023);
const lines = changle.split('\n');
/** 001 with the cell 上年结转·自然人 (line 137) lost, as a copy loses a blank cell: the row has six values for seven columns. */
const cellLost = [...lines.slice(0, 136), ...lines.slice(137)].join('\n');

ruleTester(rule, {
  valid: [
    { name: '001 reads every table', file: FIXTURES.changleTownship2023, text: changle },
    { name: '003 reads every table', file: FIXTURES.dayaoCounty2021, text: fixtureText(FIXTURES.dayaoCounty2021) },
    { name: '000 reads its statistical table', file: FIXTURES.amengTownship2017, text: fixtureText(FIXTURES.amengTownship2017) },
  ],
  invalid: [
    {
      name: 'a row of table 三 one value short',
      file: 'changle.txt',
      text: cellLost,
      errors: [{ messageId: 'unreadable', line: 119, includes: ['表三无法可靠识别：上年结转的数值无法与列对应'] }],
    },
  ],
});

it('says its doubt once: no table rule checks the misread table', async () => {
  const { result } = await lintWith('changle.txt', cellLost, tableRules.map((tableRule) => tableRule.meta.id));
  expect(result.diagnostics.map((diagnostic) => `${diagnostic.position?.start.line} ${diagnostic.ruleId}`)).toEqual(['119 table/unreadable']);
});

it('inspect --json names the doubtful table and its reason instead of its cells', async () => {
  const outline = outlineOf(await parseBytes('changle.txt', new TextEncoder().encode(cellLost)));
  expect(outline.doubtful).toEqual({ applications: '上年结转的数值无法与列对应' });
  expect(outline.tables.applications).toBeUndefined();
  expect(Object.keys(outline.tables)).toEqual(['proactive', 'reviewLitigation']);
});
