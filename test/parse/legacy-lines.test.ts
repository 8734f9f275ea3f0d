import { describe, expect, it } from 'vitest';
import { cellsByKey, tableOf } from '../../src/model/query.js';
import { FIXTURES, fixtureText, parseBytes, replaceLine } from '../helpers.js';

/**
 * The legacy statistical lines of 000, where each number is glued to its label
 * ("2.政府网站公开政府信息数244"): where the label stops, where the number stands, and what a line
 * without a number gives. Each case parses its own text (parsed fixtures are shared between tests).
 */
const parse = (text: string) => parseBytes('amengTownship.txt', new TextEncoder().encode(text));
const amengText = fixtureText(FIXTURES.amengTownship2017);

describe('glued legacy lines', () => {
  it('the label stops where the number starts', async () => {
    const table = tableOf(await parse(amengText), 'legacyStats')!;
    expect(table.rowLabels['proactive.total']!.text).toBe('(一)主动公开政府信息数 (不同渠道和方式公开相同信息计1条)');
    expect(table.rowLabels['channel.website']!.text).toBe('2.政府网站公开政府信息数');
  });

  it('spaces after the number are not part of it', async () => {
    const text = replaceLine(replaceLine(amengText, 82, '2.政府网站公开政府信息数244  '), 84, '4.政府微信公开政府信息数4\u3000');
    const cells = cellsByKey(tableOf(await parse(text), 'legacyStats')!);
    expect(cells.get('channel.website')).toMatchObject({ value: 244, raw: '244', position: { start: { line: 82, column: 14 }, end: { line: 82, column: 17 } } });
    expect(cells.get('channel.wechat')).toMatchObject({ value: 4, raw: '4', position: { start: { line: 84, column: 14 }, end: { line: 84, column: 15 } } });
  });

  it('a label with no number is a blank cell placed at the end of the label', async () => {
    const cells = cellsByKey(tableOf(await parse(amengText), 'legacyStats')!);
    expect(cells.get('channel.gazette')).toMatchObject({ value: null, raw: '', position: { start: { line: 81, column: 14 }, end: { line: 81, column: 14 } } });
  });
});
