import { describe, expect, it } from 'vitest';
import { cellsByKey, partsOf, tableOf } from '../../src/model/query.js';
import { outlineOf } from '../../src/model/outline.js';
import { FIXTURES, parseFixture } from '../helpers.js';

const APPLICANT_COLUMNS = ['natural', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg', 'total'];
const GB2021_ROWS = [
  'received', 'carriedOver', 'granted', 'partial',
  'withheld.stateSecret', 'withheld.lawProhibited', 'withheld.security', 'withheld.thirdParty',
  'withheld.internal', 'withheld.process', 'withheld.enforcement', 'withheld.query',
  'unavailable.notHeld', 'unavailable.needsCreation', 'unavailable.unclear',
  'notProcessed.complaint', 'notProcessed.repeat', 'notProcessed.publication', 'notProcessed.excessive', 'notProcessed.confirm',
  'other.noCorrection', 'other.unpaidFee', 'other.other', 'processedTotal', 'carriedForward',
];
const REVIEW_KEYS = ['review', 'suitDirect', 'suitAfterReview'].flatMap((group) =>
  ['upheld', 'corrected', 'other', 'pending', 'total'].map((column) => `${group}:${column}`),
);

/** Every cell of table 三 is 0 except the ones listed (read off the fixture by hand). */
function applicationsExpected(nonZero: Record<string, number>): Record<string, number> {
  const all: Record<string, number> = {};
  for (const row of GB2021_ROWS) for (const column of APPLICANT_COLUMNS) all[`${row}:${column}`] = 0;
  return { ...all, ...nonZero };
}

describe('report facts of the five real reports', () => {
  it.each([
    [FIXTURES.amengTownship2017, 'legacy', 2017, '阿猛镇'],
    [FIXTURES.changleTownship2023, 'gb2021', 2023, '长乐镇人民政府'],
    [FIXTURES.meiCounty2017, 'legacy', 2017, '眉县人民政府'],
    [FIXTURES.dayaoCounty2021, 'gb2021', 2021, '大姚县人民政府'],
    [FIXTURES.xianTownship2017, 'legacy', 2017, '海原县西安镇人民政府'],
  ])('%s is %s, %i, %s', async (file, generation, year, body) => {
    const report = await parseFixture(file);
    expect(report.facts.generation).toBe(generation);
    expect(report.facts.year?.value).toBe(year);
    expect(report.facts.body?.value).toBe(body);
  });

  it('reads the publication date and statistics period where the page shows them', async () => {
    const amengTownship = await parseFixture(FIXTURES.amengTownship2017);
    expect(amengTownship.facts.published).toMatchObject({ value: '2018-08-21', position: { start: { line: 3 } } });
    expect(amengTownship.facts.period?.value).toEqual({ start: '2017-01-01', end: '2017-12-31' });
    expect((await parseFixture(FIXTURES.changleTownship2023)).facts.published?.value).toBe('2024-01-30');
    expect((await parseFixture(FIXTURES.meiCounty2017)).facts.published?.value).toBe('2018-01-31');
  });
});

describe('gb2021 fixtures: six parts and every table cell', () => {
  it.each([FIXTURES.changleTownship2023, FIXTURES.dayaoCounty2021])('%s has exactly the parts 一 to 六', async (file) => {
    const parts = partsOf(await parseFixture(file));
    expect(parts.map((part) => part.marker)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、']);
    expect(parts.map((part) => part.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('001 (长乐镇 2023): table 三 with its cells at their lines', async () => {
    const report = await parseFixture(FIXTURES.changleTownship2023);
    const summary = outlineOf(report);
    expect(summary.tables.applications).toEqual(
      applicationsExpected({ 'received:natural': 4, 'received:total': 4, 'granted:natural': 4, 'granted:total': 4, 'processedTotal:natural': 4, 'processedTotal:total': 4 }),
    );
    const cells = cellsByKey(tableOf(report, 'applications')!);
    expect(cells.get('received:natural')!.position!.start.line).toBe(121);
    expect(cells.get('received:total')!.position!.start.line).toBe(133);
    expect(cells.get('carriedForward:total')!.position!.start.line).toBe(527);
  });

  it('001 (长乐镇 2023): tables 二 and 四', async () => {
    const summary = outlineOf(await parseFixture(FIXTURES.changleTownship2023));
    expect(summary.tables.proactive).toEqual({
      'rules:issued': 0, 'rules:repealed': 0, 'rules:inForce': 0,
      'normativeDocs:issued': 1, 'normativeDocs:repealed': 1, 'normativeDocs:inForce': 0,
      'licensing:decisions': 0, 'penalty:decisions': 848, 'coercion:decisions': 0, 'fees:amount': 0,
    });
    expect(summary.tables.reviewLitigation).toEqual(Object.fromEntries(REVIEW_KEYS.map((key) => [key, 0])));
  });

  it('003 (大姚县 2021): table 三 from | fragments, with 无法提供 1', async () => {
    const report = await parseFixture(FIXTURES.dayaoCounty2021);
    expect(outlineOf(report).tables.applications).toEqual(
      applicationsExpected({
        'received:natural': 5, 'received:total': 5, 'granted:natural': 4, 'granted:total': 4,
        'unavailable.notHeld:natural': 1, 'unavailable.notHeld:total': 1, 'processedTotal:natural': 5, 'processedTotal:total': 5,
      }),
    );
    expect(cellsByKey(tableOf(report, 'applications')!).get('unavailable.notHeld:natural')!.position).toMatchObject({
      start: { line: 324, column: 1 },
      end: { line: 324, column: 2 },
    });
  });

  it('003 (大姚县 2021): tables 二 and 四', async () => {
    const summary = outlineOf(await parseFixture(FIXTURES.dayaoCounty2021));
    expect(summary.tables.proactive).toEqual({
      'rules:issued': 0, 'rules:repealed': 0, 'rules:inForce': 0,
      'normativeDocs:issued': 3, 'normativeDocs:repealed': 0, 'normativeDocs:inForce': 11,
      'licensing:decisions': 45219, 'penalty:decisions': 51981, 'coercion:decisions': 249, 'fees:amount': 17287,
    });
    expect(summary.tables.reviewLitigation).toEqual(Object.fromEntries(REVIEW_KEYS.map((key) => [key, 0])));
  });

  it('table-row labels (一、本年新收… 四、结转下年度继续办理) are not headings', async () => {
    for (const file of [FIXTURES.changleTownship2023, FIXTURES.dayaoCounty2021]) {
      const titles = outlineOf(await parseFixture(file)).sections.map((section) => section.title);
      expect(titles.some((title) => /本年新收|上年结转|本年度办理结果|结转下年度/.test(title))).toBe(false);
    }
  });
});

describe('legacy statistical table (000, numbers glued to labels)', () => {
  it('keeps labelled rows with their values, blanks as null', async () => {
    const report = await parseFixture(FIXTURES.amengTownship2017);
    const table = tableOf(report, 'legacyStats')!;
    const cells = cellsByKey(table);
    expect(cells.get('proactive.total')!.value).toBe(300);
    expect(cells.get('channel.website')).toMatchObject({ value: 244, raw: '244', position: { start: { line: 82, column: 14 } } });
    expect(cells.get('channel.wechat')!.value).toBe(4);
    expect(cells.get('channel.other')!.value).toBe(52);
    expect(cells.get('channel.gazette')!.value).toBeNull();
    expect(cells.get('staff.total')!.value).toBe(1);
    expect(cells.get('staff.partTime')!.value).toBe(1);
    expect(cells.get('staff.fullTime')!.value).toBeNull();
    expect(cells.get('review.corrected')!.value).toBeNull();
    expect(cells.get('suit.corrected')!.value).toBeNull();
    expect(table.children).toHaveLength(58);
  });

  it('the table rows 一、主动公开情况 … 九、 do not become report headings', async () => {
    const parts = partsOf(await parseFixture(FIXTURES.amengTownship2017));
    expect(parts.map((part) => part.marker + part.title)).toEqual(['一、概述', '二、政府信息公开情况', '二、存在困难和问题', '三、改进措施和下步工作打算']);
  });
});
