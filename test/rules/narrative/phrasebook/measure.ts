/**
 * Prints the claim reader's and the figure rules' measures on a phrasebook file, for docs/evaluation.md:
 *   npx tsx test/rules/narrative/phrasebook/measure.ts held-out.json
 * (a blind set is measured this way only, never by a test that could be tuned against; held-out.json, now a dev set, also has a test).
 */
import { detect } from './detect.js';
import { measure, phrasebook } from './read.js';

const file = process.argv[2] ?? 'phrasebook.json';
const entries = phrasebook(file);
const percent = (part: number, whole: number) => `${part}/${whole} = ${((100 * part) / whole).toFixed(1)} %`;
const read = measure(entries);
const found = detect(entries);
console.log(`${file}: ${entries.length} sentences`);
console.log(`read exactly: ${percent(read.exact, entries.length)}`);
console.log(`wrong figures found (gb2021 and legacy): ${percent(found.found, found.wrong)}`);
console.log(`correct sentences with a finding: ${percent(found.alarms, found.correct)}`);
if (process.argv.includes('--show')) {
  for (const m of read.misread) console.log(`misread: ${m.sentence}\n  expected ${m.expected.join('; ') || '—'}\n  read     ${m.actual.join('; ') || '—'}`);
  for (const m of found.missed) console.log(`missed: ${m}`);
  for (const m of found.alarmed) console.log(`alarm: ${m}`);
}
