import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBase, renderReport, type Base } from '../../../src/bench/synth.js';
import { cellsByKey, tableOf, tablesOf } from '../../../src/model/query.js';
import { FIXTURES, fixtureText, parseBytes } from '../../helpers.js';
import { findings, lintFolder, type JsonResult } from '../../repo/run-lint.js';

/** Table cells set in each year's report of body 1 (the rest as the synthetic report has them). */
const CELLS = {
  2022: { 'received:total': 110, 'processedTotal:total': 100, 'granted:total': 50, 'review:total': 1 },
  2023: { 'received:total': 120, 'processedTotal:total': 90, 'granted:total': 50, 'review:total': 3 },
};

/** Body 1's 2023 prose, in my own words: each sentence on a line of its own. */
const PROSE = [
  '全年共收到政府信息公开申请120件，同比增长20%。', // 9.1 % in fact
  '本年新收申请120件，较上年增加10件。', // right
  '办结申请90件，比上年减少12件。', // 10 in fact
  '予以公开50件，与上年持平。', // right
  '全年共办结申请90件，与去年持平。', // 10 fewer in fact
  '全年办结申请90件，同比下降10.5%。', // 10 % in fact
  '受理申请120件，同比增长9.1%。', // right (9.09 %)
  '受理申请120件，同比增长9.0%。', // 9.09 cut to one decimal: within 0.1
  '因政府信息公开被申请行政复议3件，是上年的2倍。', // 3 times in fact
  '县司法局收到申请5件，同比增长50%。', // another body's figure
  '全市共收到申请200件，同比增长50%。', // a wider region's figure
  '收到申请120件，比2020年减少3件。', // not against last year
  '收到申请约120件，同比增长50%。', // not exact
];

let dir: string;
const files = { '1-2022': '1/2022.txt', '1-2023': '1/2023.md', '2-2023': '2/2023.txt', '3-2016': '3/2016.txt', '3-2017': '3/2017.txt' } as const;

/** The report with `cells` set and `prose` after its 一、 heading, as text of its format. */
async function report(base: Base, body: number, year: number, format: 'txt' | 'md', cells: Record<string, number>, prose: string[]): Promise<string> {
  const rendered = renderReport({ base, body, year, format });
  const model = await parseBytes(`x.${format}`, new TextEncoder().encode(rendered));
  const edits = Object.entries(cells).map(([key, value]) => {
    const cell = tablesOf(model).map((table) => cellsByKey(table).get(key)).find(Boolean)!;
    return { from: cell.position!.start.offset!, to: cell.position!.end.offset!, value };
  });
  let text = rendered;
  for (const { from, to, value } of edits.sort((a, b) => b.from - a.from)) text = text.slice(0, from) + String(value) + text.slice(to);
  const lines = text.split('\n');
  const heading = lines.findIndex((line) => /^\s*(?:#+\s*)?一、/.test(line));
  lines.splice(heading + 1, 0, ...prose.flatMap((sentence) => ['', sentence]));
  return lines.join('\n');
}

beforeAll(async () => {
  const base = await loadBase(FIXTURES.changleTownship2023, fixtureText(FIXTURES.changleTownship2023));
  const legacy = await loadBase(FIXTURES.amengTownship2017, fixtureText(FIXTURES.amengTownship2017));
  dir = mkdtempSync(join(tmpdir(), 'xxgk-yoy-'));
  const texts = {
    '1-2022': await report(base, 1, 2022, 'txt', CELLS[2022], ['收到申请110件，同比增长500%。']),
    '1-2023': await report(base, 1, 2023, 'md', CELLS[2023], PROSE),
    // No 2022 report of body 2: nothing to compare with.
    '2-2023': await report(base, 2, 2023, 'txt', CELLS[2023], ['全年共收到政府信息公开申请120件，同比增长20%。']),
    // The legacy statistical table: 收到申请数 8, then 10.
    '3-2016': await report(legacy, 3, 2016, 'txt', { 'applications.received': 8 }, []),
    '3-2017': await report(legacy, 3, 2017, 'txt', { 'applications.received': 10 }, ['全年共收到政府信息公开申请10件，较上年增加3件。', '全年共收到政府信息公开申请10件，同比增长25%。']),
  };
  for (const [id, file] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), texts[id as keyof typeof files]);
  }
});

const lineOf = (file: string, text: string) => readFileSync(join(dir, file), 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;

/** Where a cell of a report is, as a related place of a finding (in another file) gives it. */
async function cellPlace(file: string, kind: 'applications' | 'reviewLitigation', key: string) {
  const model = await parseBytes(file, readFileSync(join(dir, file)));
  const { start, end } = cellsByKey(tableOf(model, kind)!).get(key)!.position!;
  return { filePath: join(dir, file), line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

const messagesOf = (results: JsonResult[], file: string) =>
  results.find((r) => r.filePath.endsWith(file))!.messages.filter((m) => m.ruleId === 'repo/year-on-year');

describe('repo/year-on-year', () => {
  it('reports each stated change the two years’ tables do not bear out, at the phrase, pointing at last year’s cell', async () => {
    const results = (await lintFolder(dir)).results;
    const file = files['1-2023'];
    const at = (sentence: string) => `${file}:${lineOf(file, sentence)} repo/year-on-year`;
    expect(findings(results, dir, 'repo/year-on-year').filter((found) => found.startsWith('1/'))).toEqual([PROSE[0]!, PROSE[2]!, PROSE[4]!, PROSE[5]!, PROSE[8]!].map(at));
    const messages = messagesOf(results, file);
    expect(messages.map((m) => m.message)).toEqual([
      '同比增长20%，但表三本年收到申请120件、2022年报告为110件，实际增长9.1%',
      '比上年减少12件，但表三本年办结90件、2022年报告为100件，实际减少10件',
      '与去年持平，但表三本年办结90件、2022年报告为100件，实际减少10件',
      '同比下降10.5%，但表三本年办结90件、2022年报告为100件，实际下降10%',
      '是上年的2倍，但表四本年行政复议3件、2022年报告为1件，实际为3倍',
    ]);
    expect(messages[0]!.column).toBe('全年共收到政府信息公开申请120件，'.length + 1);
    expect(messages[0]!.related).toEqual([{ ...(await cellPlace(files['1-2022'], 'applications', 'received:total')), message: '2022年报告：收到申请 = 110' }]);
    expect(messages[4]!.related).toEqual([{ ...(await cellPlace(files['1-2022'], 'reviewLitigation', 'review:total')), message: '2022年报告：行政复议 = 1' }]);
  });

  it('reads the legacy statistical table as well', async () => {
    const results = (await lintFolder(dir)).results;
    const file = files['3-2017'];
    expect(findings(results, dir, 'repo/year-on-year').filter((found) => found.startsWith('3/'))).toEqual([`${file}:${lineOf(file, '较上年增加3件')} repo/year-on-year`]);
    expect(messagesOf(results, file).map((m) => m.message)).toEqual(['较上年增加3件，但统计表本年收到申请10件、2016年报告为8件，实际增加2件']);
  });

  it('says nothing of a report without last year’s, nor of the earliest year', async () => {
    const results = (await lintFolder(dir)).results;
    expect(messagesOf(results, files['2-2023'])).toEqual([]);
    expect(messagesOf(results, files['1-2022'])).toEqual([]);
  });

  it('speaks English with --lang en', async () => {
    const messages = messagesOf((await lintFolder(dir, { lang: 'en' })).results, files['1-2023']);
    expect(messages.map((m) => m.message)).toEqual([
      '"同比增长20%", but table 3 gives applications received 120 this year and 110 in the 2022 report: a rise of 9.1%',
      '"比上年减少12件", but table 3 gives processed 90 this year and 100 in the 2022 report: a fall of 10',
      '"与去年持平", but table 3 gives processed 90 this year and 100 in the 2022 report: a fall of 10',
      '"同比下降10.5%", but table 3 gives processed 90 this year and 100 in the 2022 report: a fall of 10%',
      '"是上年的2倍", but table 4 gives administrative reviews 3 this year and 1 in the 2022 report: 3 times',
    ]);
    expect(messages[0]!.related.map((r) => r.message)).toEqual(['2022 report: applications received = 110']);
  });
});
