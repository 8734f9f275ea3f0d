import { describe, expect, it } from 'vitest';
import { tablesOf } from '../../src/model/query.js';
import type { Report } from '../../src/model/types.js';
import { FIXTURES, fixtureText, lintRecommended, parseFixture } from '../helpers.js';

/**
 * Issue 4's measure, graded by an oracle of its own (issue 18): defects are injected where the
 * test — not a rule — says they stand, found by plain text matching on the five real reports.
 * A defect counts as found only when the rule of its kind reports it at the injected place (its
 * line; a figure's own columns); every other finding is compared by place with the findings before
 * the injection. Places that already carry a finding are left out. The kinds go beyond the rules'
 * own patterns on purpose (plans in any wording and place, placeholders the rule does not list,
 * foreign names anywhere), so misses are expected: docs/evaluation.md gives the figures and what
 * they do not show.
 */

/** What shared/corpus/README.md says of each report: its year, the name it goes by, and a body of the same level. */
const TRUTH: Record<string, { year: number; name: string; other: string }> = {
  [FIXTURES.amengTownship2017]: { year: 2017, name: '阿猛镇', other: '青石镇' },
  [FIXTURES.changleTownship2023]: { year: 2023, name: '长乐镇', other: '青石镇' },
  [FIXTURES.meiCounty2017]: { year: 2017, name: '眉县', other: '桥河县' },
  [FIXTURES.dayaoCounty2021]: { year: 2021, name: '大姚县', other: '桥河县' },
  [FIXTURES.xianTownship2017]: { year: 2017, name: '西安镇', other: '青石镇' },
};

interface Fixture {
  text: string;
  lines: string[];
  report: Report;
  year: number;
  name: string;
  other: string;
  /** 1-based lines of prose: outside every table, at least 30 characters, not numbered like a heading. */
  prose: number[];
  /** 1-based lines of part headings (一、…) outside the tables; what stands above the first is the page's header. */
  parts: number[];
}

interface Site {
  text: string;
  /** The line the defect stands on, in the injected text. */
  line: number;
  /** Columns (1-based, end excluded) of a defect that takes part of its line; the whole line otherwise. */
  span?: [number, number];
  /** Set when three lines ('', content, '') were inserted after this line of the original. */
  insertedAfter?: number;
}

const PART_HEADING = /^\s*([一二三四五六七八九十]{1,3})、/;
/** Any numbered heading or list item: 一、 (一) （1） 1. 1、 */
const NUMBERED = /^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．])/;
/** A count as prose writes it: digits followed by a unit of things counted. */
const COUNT = /(?<![\d.:\-－/])(\d+)(?=\s*(?:条|件|个|项|次|人次|篇|期|份|家|起|万元|元))/g;

function fixture(file: string, report: Report): Fixture {
  const text = fixtureText(file);
  const lines = text.split('\n');
  const inTable = new Set(tablesOf(report).flatMap((table) => range(table.position!.start.line, table.position!.end.line)));
  const outside = range(1, lines.length).filter((line) => !inTable.has(line));
  return {
    text,
    lines,
    report,
    ...TRUTH[file]!,
    prose: outside.filter((line) => lines[line - 1]!.trim().length >= 30 && !NUMBERED.test(lines[line - 1]!)),
    parts: outside.filter((line) => PART_HEADING.test(lines[line - 1]!)),
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function replaced(f: Fixture, line: number, content: string): Site {
  const lines = [...f.lines];
  lines[line - 1] = content;
  return { text: lines.join('\n'), line };
}

/** `content` as a paragraph of its own after `line`. */
function inserted(f: Fixture, line: number, content: string): Site {
  const lines = [...f.lines];
  lines.splice(line, 0, '', content, '');
  return { text: lines.join('\n'), line: line + 2, insertedAfter: line };
}

/** One sentence after each prose line, the wordings taking turns. */
function afterEveryProseLine(f: Fixture, wordings: Array<(f: Fixture) => string>): Site[] {
  return f.prose.map((line, i) => inserted(f, line, wordings[i % wordings.length]!(f)));
}

const KINDS: Record<string, { rule: string; sites: (f: Fixture) => Site[] }> = {
  'a prose figure equal to a table cell, changed by one': {
    rule: 'narrative/table-mismatch',
    sites: (f) => {
      const values = new Set(tablesOf(f.report).flatMap((table) => table.children.map((cell) => cell.value)).filter((value) => value !== null));
      return f.prose.flatMap((line) =>
        [...f.lines[line - 1]!.matchAll(COUNT)]
          .filter((match) => values.has(Number(match[1])))
          .map((match): Site => {
            const written = f.lines[line - 1]!;
            const figure = String(Number(match[1]) + 1);
            const site = replaced(f, line, written.slice(0, match.index) + figure + written.slice(match.index + match[1]!.length));
            return { ...site, span: [match.index + 1, match.index + 1 + figure.length] };
          }),
      );
    },
  },
  'a part heading numbered like the one before': {
    rule: 'structure/heading-sequence',
    sites: (f) => {
      const numeral = (line: number) => PART_HEADING.exec(f.lines[line - 1]!)![1]!;
      return f.parts.slice(1).flatMap((line, i) => {
        const previous = numeral(f.parts[i]!);
        // Already numbered like the one before (000 line 37): nothing to inject.
        return numeral(line) === previous ? [] : [replaced(f, line, f.lines[line - 1]!.replace(`${numeral(line)}、`, `${previous}、`))];
      });
    },
  },
  'a prose paragraph pasted again after the next one': {
    rule: 'structure/duplicate-paragraph',
    sites: (f) => f.prose.slice(0, -1).map((line, i) => inserted(f, f.prose[i + 1]!, f.lines[line - 1]!.trim())),
  },
  'a plan for the report year, in any wording, anywhere': {
    rule: 'meta/future-plan-year',
    sites: (f) =>
      afterEveryProseLine(f, [
        ({ year }) => `${year}年，我们将进一步加强政府信息公开工作。`,
        ({ year }) => `下一步，我单位计划于${year}年完善政务公开目录。`,
        ({ year }) => `${year}年要继续做好依申请公开答复工作。`,
        ({ year }) => `${year}年度工作打算：一是加强培训，二是完善制度。`,
        ({ year }) => `力争在${year}年底前完成政府信息公开指南的修订。`,
        ({ year }) => `${year}年，本单位拟继续加强政策解读。`,
        ({ year }) => `${year}年准备开展政务公开专题培训两次。`,
      ]),
  },
  'a template placeholder the rule does not list': {
    rule: 'content/placeholder',
    sites: (f) =>
      afterEveryProseLine(f, [
        ({ year }) => `${year}年XX月XX日，本单位召开政务公开工作会议。`,
        () => '本年度共主动公开政府信息X条。',
        () => '○○镇人民政府认真贯彻落实《条例》要求。',
        () => '（单位名称）高度重视政府信息公开工作。',
        () => '本年度共受理政府信息公开申请（  ）件。',
        () => '联系电话：0000-XXXXXXX。',
        () => '{单位名称}政务公开工作领导小组负责统筹推进。',
      ]),
  },
  // The three kinds below were written after the rules last changed for the kinds above, and measured once.
  'a plan for the report year, in other wordings': {
    rule: 'meta/future-plan-year',
    sites: (f) =>
      afterEveryProseLine(f, [
        ({ year }) => `展望${year}年，我们将着力提升政务公开标准化水平。`,
        ({ year }) => `${year}年重点做好以下三项工作：一是完善目录，二是加强解读。`,
        ({ year }) => `争取${year}年内实现政务公开事项全覆盖。`,
        ({ year }) => `预计到${year}年底，基层政务公开标准目录将全部编制完成。`,
        ({ year }) => `我局打算在${year}年上半年组织一次政务公开业务培训。`,
        ({ year }) => `${year}年，本单位还将持续优化依申请公开办理流程。`,
        ({ year }) => `新的一年即${year}年，我们会把政务公开工作抓紧抓实。`,
      ]),
  },
  'a template placeholder, in other wordings': {
    rule: 'content/placeholder',
    sites: (f) =>
      afterEveryProseLine(f, [
        () => '本单位共有政务公开工作人员XX名。',
        () => '【此处插入统计表】',
        () => '全年共召开新闻发布会___场。',
        () => '联系人：某某某，联系电话：XXXX-XXXXXXX。',
        () => '本机关于20__年__月__日印发了政务公开工作要点。',
        () => '主动公开政府信息共计（ ）条，其中政策解读（ ）条。',
        () => '报告中的“XX局”请改为本单位全称。',
      ]),
  },
  'another body’s name, in other wordings': {
    rule: 'content/foreign-body',
    sites: (f) =>
      afterEveryProseLine(f, [
        ({ other }) => `${other}党委政府高度重视政务公开工作。`,
        ({ other }) => `本年度${other}共主动公开政府信息326条。`,
        ({ other }) => `欢迎社会各界对${other}政府信息公开工作提出意见建议。`,
        ({ other }) => `${other}人民政府办公室负责本报告的编制和解释。`,
        ({ other }) => `以上数据由${other}统计汇总。`,
        ({ other }) => `${other}政府信息公开工作年度报告到此结束。`,
      ]),
  },
  'a statistics bureau’s wording (the rule’s one listed term)': {
    rule: 'content/wrong-domain-term',
    sites: (f) => f.prose.filter((line) => f.lines[line - 1]!.includes('政府信息')).map((line) => replaced(f, line, f.lines[line - 1]!.replace('政府信息', '政府统计信息'))),
  },
  'another body’s name where the report names itself': {
    rule: 'content/foreign-body',
    sites: (f) => f.prose.filter((line) => line > (f.parts[0] ?? 0) && f.lines[line - 1]!.includes(f.name)).map((line) => replaced(f, line, f.lines[line - 1]!.replaceAll(f.name, f.other))),
  },
  'another body’s name in a sentence of its own, in any wording': {
    rule: 'content/foreign-body',
    sites: (f) =>
      afterEveryProseLine(f, [
        ({ year, other }) => `${year}年，${other}认真贯彻落实《条例》，扎实推进政务公开工作。`,
        ({ other }) => `本报告由${other}人民政府办公室编制。`,
        ({ other }) => `${other}政务公开工作领导小组负责统筹推进。`,
        ({ other }) => `如对本报告有疑问，请与${other}党政办联系。`,
        ({ other }) => `${other}高度重视政府信息公开工作。`,
        ({ other }) => `全年，${other}人民政府门户网站共发布信息120条。`,
      ]),
  },
};

interface Finding {
  line: number;
  column: number;
  rule: string;
}

/** Every rule at its recommended setting. */
async function findingsOf(file: string, text: string): Promise<Finding[]> {
  const { result } = await lintRecommended(file, text);
  expect(result.failure).toBeUndefined();
  return result.diagnostics.map((d) => ({ line: d.position.start.line, column: d.position.start.column, rule: d.ruleId }));
}

/** Whether a finding starts at the site's place: its line, or its columns when it has them. */
function atPlace(finding: Finding, site: Site): boolean {
  return finding.line === site.line && (!site.span || (finding.column >= site.span[0] && finding.column < site.span[1]));
}

/** The findings of the original as they stand once the site's lines are inserted, by line and rule. */
function moved(findings: Finding[], site: Site): Finding[] {
  return findings.map((finding) => (site.insertedAfter !== undefined && finding.line > site.insertedAfter ? { ...finding, line: finding.line + 3 } : finding));
}

/** Findings of `a` that `b` lacks (as multisets). */
function without(a: string[], b: string[]): string[] {
  const rest = [...b];
  return a.filter((item) => {
    const at = rest.indexOf(item);
    if (at === -1) return true;
    rest.splice(at, 1);
    return false;
  });
}

/**
 * What the rules do today, exactly: how many places the oracle finds, the ones the kind's rule misses
 * and the injections that change findings elsewhere (place, then +/- line and rule). A change either
 * way fails, so docs/evaluation.md, which reports the same figures and explains every miss, stays true.
 */
const EXPECTED: Record<string, { injected: number; missed: string[]; elsewhere: string[] }> = {
  'a prose figure equal to a table cell, changed by one': {
    injected: 20,
    missed: ['000:17:35', '000:17:253', '000:17:262', '001:22:129', '001:22:149', '003:3:348', '003:3:358', '003:9:244', '003:11:73', '003:11:311', '003:11:337', '003:11:346'],
    elsewhere: [
      '000:17:253 +17 narrative/sum',
      '000:17:262 +17 narrative/sum',
      '003:5:15 +5 narrative/percentage',
      '003:5:39 +5 narrative/table-mismatch -5 narrative/category-mismatch',
      '003:5:84 +5 narrative/percentage',
      '003:9:244 +9 narrative/sum',
    ],
  },
  'a part heading numbered like the one before': { injected: 22, missed: ['000:76'], elsewhere: ['000:19 -37 structure/heading-sequence'] },
  'a prose paragraph pasted again after the next one': { injected: 54, missed: ['001:630', '002:60', '003:622', '003:638'], elsewhere: [] },
  'a plan for the report year, in any wording, anywhere': { injected: 59, missed: [], elsewhere: [] },
  'a template placeholder the rule does not list': { injected: 59, missed: [], elsewhere: [] },
  'a statistics bureau’s wording (the rule’s one listed term)': { injected: 28, missed: [], elsewhere: [] },
  'another body’s name where the report names itself': { injected: 14, missed: ['001:22', '002:30'], elsewhere: [] },
  'another body’s name in a sentence of its own, in any wording': { injected: 59, missed: [], elsewhere: [] },
  'a plan for the report year, in other wordings': { injected: 59, missed: [], elsewhere: [] },
  'a template placeholder, in other wordings': { injected: 59, missed: [], elsewhere: [] },
  'another body’s name, in other wordings': { injected: 59, missed: [], elsewhere: [] },
};

describe.each(Object.entries(KINDS))('%s, injected at every place the test finds in the five real reports', (kind, { rule, sites }) => {
  it(`is reported by ${rule} at the injected place, missed exactly where docs/evaluation.md says`, { timeout: 600_000 }, async () => {
    let injected = 0;
    const found: string[] = [];
    const missed: string[] = [];
    const elsewhere: string[] = [];
    for (const file of Object.values(FIXTURES)) {
      const f = fixture(file, await parseFixture(file));
      const before = await findingsOf(file, f.text);
      for (const site of sites(f)) {
        // A place that already carries a finding says nothing about the injected defect.
        if (site.insertedAfter === undefined && before.some((finding) => atPlace(finding, site))) continue;
        expect(site.text, `${file}:${site.line} is changed`).not.toBe(f.text);
        injected++;
        const after = await findingsOf(file, site.text);
        const place = `${file.slice(0, 3)}:${site.line}${site.span ? `:${site.span[0]}` : ''}`;
        (after.some((finding) => finding.rule === rule && atPlace(finding, site)) ? found : missed).push(place);
        // Findings elsewhere are compared by line and rule (columns move when a figure grows a digit).
        const others = (findings: Finding[]) => findings.filter((finding) => !atPlace(finding, site)).map((finding) => `${finding.line} ${finding.rule}`);
        const expected = others(moved(before, site));
        const changed = [...without(others(after), expected).map((f) => `+${f}`), ...without(expected, others(after)).map((f) => `-${f}`)];
        if (changed.length) elsewhere.push(`${place} ${changed.join(' ')}`);
      }
    }
    const summary = `${kind}: found ${found.length}/${injected}`;
    expect({ injected, missed, elsewhere }, summary).toEqual(EXPECTED[kind]);
  });
});

it('000 line 23: 以…方式公开政府信息52条 (the table’s 其他方式 = 52) made 53 is reported by narrative/table-mismatch at the figure, nothing else changing', async () => {
  const file = FIXTURES.amengTownship2017;
  const f = fixture(file, await parseFixture(file));
  const column = f.lines[22]!.indexOf('52条') + 1;
  expect(column).toBe(205);
  const site = replaced(f, 23, f.lines[22]!.replace('52条', '53条'));
  const before = await findingsOf(file, f.text);
  const after = await findingsOf(file, site.text);
  // The line's one finding before is the corpus's own, at 248条 (the table's website figure is 244).
  expect(before.filter((finding) => finding.line === 23)).toEqual([{ line: 23, column: f.lines[22]!.indexOf('248条') + 1, rule: 'narrative/table-mismatch' }]);
  expect(without(after.map((x) => `${x.line}:${x.column} ${x.rule}`), before.map((x) => `${x.line}:${x.column} ${x.rule}`))).toEqual(['23:205 narrative/table-mismatch']);
  expect(without(before.map((x) => `${x.line}:${x.column} ${x.rule}`), after.map((x) => `${x.line}:${x.column} ${x.rule}`))).toEqual([]);
});
