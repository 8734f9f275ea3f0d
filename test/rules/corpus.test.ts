import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureText, lintRecommended } from '../helpers.js';

/** Every rule at its recommended setting, as `npx xxgk-lint fixtures/` runs them. */
async function findings(file: string): Promise<string[]> {
  const { result } = await lintRecommended(file, fixtureText(file));
  expect(result.failure).toBeUndefined();
  return result.diagnostics.map((d) => `${d.position.start.line} ${d.ruleId}`);
}

/**
 * shared/corpus/README.md: what a good checker reports on the five real reports, and nothing
 * else (the "must not report" list: table rows are no headings, every identity holds, 002's
 * figures and 七个部分 agree, 004's 100% and zeros agree, 000's channels add up).
 */
describe('the five real reports: exactly the findings the corpus lists', () => {
  it.each([
    [FIXTURES.amengTownship2017, ['3 meta/publish-deadline', '23 narrative/table-mismatch', '37 structure/heading-sequence']],
    [FIXTURES.changleTownship2023, ['640 structure/duplicate-paragraph']],
    [FIXTURES.meiCounty2017, []],
    [FIXTURES.dayaoCounty2021, ['5 narrative/category-mismatch']],
    [FIXTURES.xianTownship2017, ['39 content/wrong-domain-term', '43 content/wrong-domain-term', '47 content/wrong-domain-term', '65 meta/future-plan-year']],
  ])('%s', async (file, expected) => {
    expect(await findings(file)).toEqual(expected);
  });
});
