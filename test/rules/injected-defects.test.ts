import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { partsOf, paragraphsOf, sectionsOf } from '../../src/model/query.js';
import type { Report } from '../../src/model/types.js';
import { targetOf } from '../../rules/narrative/lib/cells.js';
import { claimsOf } from '../../rules/narrative/lib/claims.js';
import { positionIn } from '../../rules/lib/text.js';
import { FIXTURES, fixtureText, lintWith, parseFixture } from '../helpers.js';
import { gazetteer } from '../../src/knowledge/gazetteer.js';
import { bodyOf } from '../../src/parse/body.js';

/**
 * Issue 4's measure on the real reports: inject one defect of a kind at every place it can
 * stand, lint, and count how often the family's rule reports it at that line. The fixtures'
 * own findings are known (corpus.test.ts) and left out of the count.
 */
interface Injection {
  text: string;
  line: number;
}

const lines = (text: string) => text.split('\n');

/** Inserts `content` as a paragraph of its own after 1-based `line`: returns the text and the new line. */
function insertAfter(text: string, line: number, content: string): Injection {
  const all = lines(text);
  all.splice(line, 0, '', content, '');
  return { text: all.join('\n'), line: line + 2 };
}

/** Prose paragraphs worth injecting into: one line, long enough to be prose. */
function proseLines(report: Report): number[] {
  return paragraphsOf(report.children)
    .filter((p) => p.position!.start.line === p.position!.end.line && p.text.length >= 30)
    .map((p) => p.position!.start.line);
}

/** A town or county beside the report's own, from the gazetteer: the first other child of its parent. */
function siblingOf(report: Report): string {
  const places = gazetteer();
  const own = bodyOf(report)!.place!.index;
  return places.childrenOf(places.parentOf(own)!).map((place) => places.names[place]!).find((name, i, all) => name !== places.names[own] && /[镇乡县区]$/.test(name) && all.indexOf(name) === i)!;
}

const sameLevelOther = (body: string) => (/县(人民政府)?$/.test(body) ? '桥河县' : '青石镇');

const INJECTORS: Record<string, { rule: string; sites: (report: Report, text: string) => Injection[] }> = {
  'a prose figure that restates a table cell, changed by one': {
    rule: 'narrative/',
    sites: (report, text) =>
      claimsOf(report)
        // Only figures a table can contradict: 002 and 004 have prose alone.
        .filter((claim) => !claim.approximate && /^\d/.test(claim.paragraph.text.slice(claim.figure.start)))
        .filter((claim) => targetOf(report, claim.entry.table, claim.entry.cells, claim.column)?.blank === false)
        .map((claim) => {
          const digits = /^\d+/.exec(claim.paragraph.text.slice(claim.figure.start))![0];
          const { start, end } = positionIn(report, claim.paragraph, claim.figure.start, claim.figure.start + digits.length);
          return { text: text.slice(0, start.offset) + String(Number(digits) + 1) + text.slice(end.offset), line: start.line };
        }),
  },
  'a heading number repeated': {
    rule: 'structure/heading-sequence',
    sites: (report, text) =>
      partsOf(report)
        .slice(1)
        .map((part, i) => {
          const previous = partsOf(report)[i]!;
          const all = lines(text);
          const line = part.headingPosition!.start.line;
          all[line - 1] = all[line - 1]!.replace(part.marker, previous.marker);
          return { text: all.join('\n'), line };
        }),
  },
  'a paragraph pasted twice': {
    rule: 'structure/duplicate-paragraph',
    sites: (report, text) => {
      const prose = proseLines(report);
      return prose.slice(0, -1).map((line, i) => insertAfter(text, prose[i + 1]!, lines(text)[line - 1]!.trim()));
    },
  },
  'a plan for the report year': {
    rule: 'meta/future-plan-year',
    sites: (report, text) =>
      sectionsOf(report)
        .filter((section) => /改进|整改|下一步|打算/.test(section.title))
        .map((section) => insertAfter(text, section.headingPosition!.start.line, `${report.facts.year!.value}年，我们将进一步加强政府信息公开工作。`)),
  },
  'a template placeholder': {
    rule: 'content/placeholder',
    sites: (report, text) => proseLines(report).map((line) => insertAfter(text, line, '20XX年，本单位共主动公开政府信息＿＿＿条。')),
  },
  'a statistics bureau’s wording': {
    rule: 'content/wrong-domain-term',
    sites: (report, text) =>
      proseLines(report)
        .filter((line) => lines(text)[line - 1]!.includes('政府信息'))
        .map((line) => {
          const all = lines(text);
          all[line - 1] = all[line - 1]!.replace('政府信息', '政府统计信息');
          return { text: all.join('\n'), line };
        }),
  },
  'a town or county beside the body named in passing': {
    rule: 'content/foreign-body',
    sites: (report, text) => proseLines(report).map((line) => insertAfter(text, line, `相关信息同步在${siblingOf(report)}政务公开专栏发布。`)),
  },
  'last year’s work told as this year’s': {
    rule: 'meta/stale-year',
    sites: (report, text) => proseLines(report).map((line) => insertAfter(text, line, `${report.facts.year!.value - 1}年，本机关共主动公开政府信息120条。`)),
  },
  'a 截至 date after the period': {
    rule: 'meta/stale-year',
    sites: (report, text) => proseLines(report).map((line) => insertAfter(text, line, `截至${report.facts.year!.value + 1}年3月31日，现行有效规范性文件共12件。`)),
  },
  'another body’s name as the subject': {
    rule: 'content/foreign-body',
    sites: (report, text) => proseLines(report).map((line) => insertAfter(text, line, `${report.facts.year!.value}年，${sameLevelOther(report.facts.body!.value)}认真贯彻落实《条例》，扎实推进政务公开工作。`)),
  },
};

/** Lines of the findings of a rule, or of a family when `rule` ends with "/". */
async function findingLines(file: string, text: string, rule: string): Promise<number[]> {
  const ids = builtinRules.map((r) => r.meta.id).filter((id) => (rule.endsWith('/') ? id.startsWith(rule) : id === rule));
  const { result } = await lintWith(file, text, ids);
  return result.diagnostics.filter((d) => ids.includes(d.ruleId)).map((d) => d.position.start.line);
}

describe.each(Object.entries(INJECTORS))('%s, injected at every place in the five real reports', (_, { rule, sites }) => {
  it(`is found by ${rule} at the right line in at least 90% of places, with no finding elsewhere`, async () => {
    let injected = 0;
    let found = 0;
    const misplaced: string[] = [];
    for (const file of Object.values(FIXTURES)) {
      const text = fixtureText(file);
      const report = await parseFixture(file);
      const before = (await findingLines(file, text, rule)).length;
      for (const site of sites(report, text)) {
        injected++;
        const after = await findingLines(file, site.text, rule);
        if (after.includes(site.line)) found++;
        if (after.filter((line) => line !== site.line).length > before) misplaced.push(`${file}:${site.line} → ${after.join(',')}`);
      }
    }
    expect(injected).toBeGreaterThanOrEqual(5);
    expect(found / injected, `${found}/${injected}`).toBeGreaterThanOrEqual(0.9);
    expect(misplaced).toEqual([]);
  });
});
