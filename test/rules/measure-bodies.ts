/**
 * Issue 14, measured by other hands: reports for bodies drawn from the gazetteer worded from a held-out
 * bank (`--bank 3`, the default: test/support/held-out-phrasings-3.ts, seeds 300000–300199; `--bank 4`:
 * test/support/held-out-phrasings-4.ts, seeds 400000–400199; `--bank 5`: test/support/held-out-phrasings-5.ts,
 * seeds 500000–500199; `--bank 6`: test/support/held-out-phrasings-6.ts, seeds 600000–600199; `--bank 7`: test/support/held-out-phrasings-7.ts, seeds 700000–700199),
 * clean and with one defect at a time,
 * counted as test/rules/synthetic-bodies.test.ts counts (a defect is found when its family reports its
 * line; every finding on a clean report is false). Also: clean reports with one sentence that names
 * another place on purpose. Run once: `npx tsx test/rules/measure-bodies.ts [--bank 4|5|6|7]`; `--smoke`
 * runs one seed and prints only that it ran.
 */
import { lintWith } from '../helpers.js';
import { BANK_3, DEFECTS_3, EXTRA_DEFECTS_3, ON_PURPOSE_3 } from '../support/held-out-phrasings-3.js';
import { BANK_4, DEFECTS_4, ON_PURPOSE_4 } from '../support/held-out-phrasings-4.js';
import { BANK_5, DEFECTS_5, ON_PURPOSE_5 } from '../support/held-out-phrasings-5.js';
import { BANK_6, DEFECTS_6, ON_PURPOSE_6 } from '../support/held-out-phrasings-6.js';
import { BANK_7, DEFECTS_7, ON_PURPOSE_7 } from '../support/held-out-phrasings-7.js';
import { drawBody, renderReport, rngOf, type SyntheticKind } from '../support/synthetic-report.js';

const RULES = ['content/foreign-body', 'content/placeholder', 'meta/stale-year', 'meta/future-plan-year', 'meta/year-mismatch'];
const KINDS: SyntheticKind[] = ['township', 'street', 'county', 'department', 'prefecture'];
const BANKS = {
  '3': { phrasings: BANK_3, defects: DEFECTS_3, extra: EXTRA_DEFECTS_3, onPurpose: ON_PURPOSE_3, first: 300_000 },
  '4': { phrasings: BANK_4, defects: DEFECTS_4, extra: [], onPurpose: ON_PURPOSE_4, first: 400_000 },
  '5': { phrasings: BANK_5, defects: DEFECTS_5, extra: [], onPurpose: ON_PURPOSE_5, first: 500_000 },
  '6': { phrasings: BANK_6, defects: DEFECTS_6, extra: [], onPurpose: ON_PURPOSE_6, first: 600_000 },
  '7': { phrasings: BANK_7, defects: DEFECTS_7, extra: [], onPurpose: ON_PURPOSE_7, first: 700_000 },
};
const chosen = process.argv[process.argv.indexOf('--bank') + 1];
const bankName = process.argv.includes('--bank') && chosen ? chosen : '3';
if (!(bankName in BANKS)) throw new Error(`--bank takes ${Object.keys(BANKS).join(', ')}, not ${bankName}`);
const bank = BANKS[bankName as keyof typeof BANKS];
const smoke = process.argv.includes('--smoke');
const seeds = smoke ? [bank.first + 99_999] : Array.from({ length: 200 }, (_, i) => bank.first + i);

const lint = async (lines: string[]) => (await lintWith('report.txt', lines.join('\n'), RULES)).result.diagnostics;

const found = new Map<string, { family: string; hit: number; total: number; misses: string[] }>();
const falseClean: string[] = [];
const falseOnPurpose: string[] = [];
let onPurposeRuns = 0;
const started = Date.now();

for (const seed of seeds) {
  const rng = rngOf(seed);
  const kind = KINDS[seed % KINDS.length]!;
  const report = renderReport(drawBody(rng, kind), 2016 + (seed % 9), bank.phrasings, rng);
  const where = `${report.body.name} ${report.year}`;
  for (const d of await lint(report.lines)) falseClean.push(`${where} | line ${d.position.start.line}: 「${report.lines[d.position.start.line - 1]}」 ${d.ruleId}: ${d.message}`);
  for (const defect of [...bank.defects, ...bank.extra]) {
    const injected = defect.apply(report, rng);
    if (!injected) continue;
    const diagnostics = await lint(injected.lines);
    const entry = found.get(defect.name) ?? { family: defect.family, hit: 0, total: 0, misses: [] };
    entry.total++;
    if (diagnostics.some((d) => d.ruleId.startsWith(`${defect.family}/`) && d.position.start.line === injected.line)) entry.hit++;
    else {
      const elsewhere = diagnostics.map((d) => `${d.ruleId}@${d.position.start.line}`).join(', ');
      entry.misses.push(`${where} | 「${injected.lines[injected.line - 1]}」${elsewhere ? ` (found instead: ${elsewhere})` : ''}`);
    }
    found.set(defect.name, entry);
  }
  for (const write of bank.onPurpose) {
    const lines = [...report.lines];
    lines[report.at.plain - 1] = write(report.body, report.year);
    onPurposeRuns++;
    for (const d of await lint(lines)) falseOnPurpose.push(`${where} | line ${d.position.start.line}: 「${lines[d.position.start.line - 1]}」 ${d.ruleId}: ${d.message}`);
  }
}

if (smoke) {
  console.log(`smoke: ${seeds.length} seed, ${found.size} defect kinds applied, ${onPurposeRuns} on-purpose runs, ${((Date.now() - started) / 1000).toFixed(1)} s`);
} else {
  const family = (name: string) => [...found.values()].filter((e) => e.family === name).reduce((s, e) => ({ hit: s.hit + e.hit, total: s.total + e.total }), { hit: 0, total: 0 });
  const extra = new Set(bank.extra.map((d) => d.name));
  console.log(`| defect (bank ${bankName}, ${seeds.length} reports) | found at its line |\n|---|---|`);
  for (const [name, e] of found) if (!extra.has(name)) console.log(`| ${name} | ${e.hit} / ${e.total} |`);
  const content = family('content');
  const meta = [...found].filter(([name, e]) => e.family === 'meta' && !extra.has(name)).reduce((s, [, e]) => ({ hit: s.hit + e.hit, total: s.total + e.total }), { hit: 0, total: 0 });
  console.log(`| **content ${content.hit} / ${content.total}, meta ${meta.hit} / ${meta.total}** | |`);
  for (const name of extra) console.log(`\nextra: ${name}: ${found.get(name)?.hit} / ${found.get(name)?.total}`);
  console.log(`\nfalse findings on ${seeds.length} clean reports: ${falseClean.length} (${(falseClean.length / seeds.length).toFixed(3)} per report)`);
  for (const line of falseClean) console.log(`  ${line}`);
  console.log(`\nfalse findings with one on-purpose sentence (${onPurposeRuns} reports): ${falseOnPurpose.length} (${(falseOnPurpose.length / onPurposeRuns).toFixed(3)} per report)`);
  for (const line of falseOnPurpose) console.log(`  ${line}`);
  console.log('\nmisses by kind:');
  for (const [name, e] of found) {
    if (!e.misses.length) continue;
    console.log(`\n## ${name} (${e.misses.length})`);
    for (const miss of e.misses) console.log(`  ${miss}`);
  }
  console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s`);
}
