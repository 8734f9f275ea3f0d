import { describe, expect, it } from 'vitest';
import { adaptText } from '../../../src/input/text.js';
import { buildReport } from '../../../src/parse/index.js';
import { changesOf } from '../../../src/parse/prose/changes.js';
import { knowledge } from '../../../src/knowledge/index.js';
import { FIXTURES, fixtureText } from '../../fixtures.js';

/** The changes read in `sentences`, each put as a paragraph of its own into 001 (长乐镇, 2023) after its line 9. */
function changes(...sentences: string[]) {
  const lines = fixtureText(FIXTURES.changleTownship2023).split('\n');
  lines.splice(9, 0, ...sentences.flatMap((sentence) => ['', sentence]));
  const report = buildReport(adaptText(lines.join('\n')), 'text');
  return changesOf(report, knowledge).map(({ claim, kind, direction, value, decimals, text, position }) => ({
    line: position.start.line,
    column: position.start.column,
    figure: claim.text,
    kind,
    direction,
    value,
    decimals,
    text,
  }));
}

describe('changes against last year, read after a claim', () => {
  it('a percentage, an amount in Chinese numerals, 持平 and a ratio, each with its figure', () => {
    expect(changes('全年共收到政府信息公开申请4件，同比增长20%。', '办结申请4件，较上年减少十一件。', '本年度予以公开2件，与上年持平。', '因政府信息公开被申请行政复议1件，是上年的0.5倍。')).toEqual([
      { line: 11, column: 17, figure: '全年共收到政府信息公开申请4件', kind: 'percent', direction: 1, value: 20, decimals: 0, text: '同比增长20%' },
      { line: 13, column: 8, figure: '办结申请4件', kind: 'absolute', direction: -1, value: 11, decimals: 0, text: '较上年减少十一件' },
      { line: 15, column: 11, figure: '本年度予以公开2件', kind: 'same', direction: 0, value: 0, decimals: 0, text: '与上年持平' },
      { line: 17, column: 18, figure: '因政府信息公开被申请行政复议1件', kind: 'times', direction: 0, value: 0.5, decimals: 1, text: '是上年的0.5倍' },
    ]);
  });

  it('the figure’s noun and a subject may stand between; 百分之N and a year written out (the year before)', () => {
    expect(changes('共收到8份政府信息公开申请，申请量比2022年下降百分之十二点五。', '共收到8份政府信息公开申请，比2022年度减少2.5%。').map((c) => [c.kind, c.direction, c.value, c.decimals, c.text])).toEqual([
      ['percent', -1, 2.5, 1, '比2022年度减少2.5%'],
    ]);
    expect(changes('共收到8份政府信息公开申请，申请量同比下降百分之二十。').map((c) => [c.kind, c.direction, c.value, c.text])).toEqual([['percent', -1, 20, '同比下降百分之二十']]);
  });

  it('not read: another year, a vague amount, 基本持平, a rate’s points, 增长N倍, a change before its figure or after another clause', () => {
    expect(
      changes(
        '收到申请4件，比2020年减少3件。',
        '收到申请4件，同比增长约20%。',
        '收到申请4件，较上年增加10余件。',
        '收到申请4件，与上年基本持平。',
        '收到申请4件，同比提高5个百分点。',
        '收到申请4件，同比增长2倍。',
        '同比增长20%，共收到申请4件。',
        '收到申请4件，全部按时办结，同比增长20%。',
      ),
    ).toEqual([]);
  });

  it('the change of the nearest figure before it, whatever its scope (the summary keeps only the report’s own)', () => {
    expect(changes('收到申请4件，办结4件，同比增长20%。', '县司法局收到申请5件，同比增长25%。').map((c) => [c.figure, c.text])).toEqual([
      ['办结4件', '同比增长20%'],
      ['县司法局收到申请5件', '同比增长25%'],
    ]);
  });
});
