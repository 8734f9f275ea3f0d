import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bodyName, loadBase, renderReport, type Base, type ReportSpec } from '../../src/bench/synth.js';
import { FIXTURES, fixtureText } from '../fixtures.js';

export interface Planted {
  dir: string;
  /** File name (relative to dir) of each report by `body-year`. */
  files: Record<string, string>;
  name: (body: number) => string;
}

const bases = new Map<string, Promise<Base>>();
function base(file: string): Promise<Base> {
  if (!bases.has(file)) bases.set(file, loadBase(file, fixtureText(file)));
  return bases.get(file)!;
}

/**
 * A small repository of reports made from the real 001 (长乐镇 2023) and 003 (大姚县 2021), with
 * one of each cross-report defect planted:
 * - body 1, 2023: carried-over ≠ 2022's carried-forward (natural and total columns);
 * - body 2, 2023: normativeDocs in force off by 2;
 * - body 3, 2023: its own prose copied from its 2022 report;
 * - body 5, 2022: its own prose copied from body 1's 2022 report (both files get the finding);
 * - body 4: reports for 2021 and 2023 only (2022 missing); its 2021 report is written under
 *   body 7's name, and xxgk.bodies.json (when `aliases`) maps that old name to body 4's.
 */
export async function plantedRepository(options: { aliases: boolean } = { aliases: true }): Promise<Planted> {
  const changle = await base(FIXTURES.changleTownship2023);
  const dayao = await base(FIXTURES.dayaoCounty2021);
  const specs: Array<[string, ReportSpec]> = [
    ...[2021, 2022, 2023].map((year, i): [string, ReportSpec] => [`1-${year}`, { base: changle, body: 1, year, format: (['txt', 'md', 'txt'] as const)[i]!, ...(year === 2023 && { defects: ['carry'] }) }]),
    ...[2021, 2022, 2023].map((year, i): [string, ReportSpec] => [`2-${year}`, { base: changle, body: 2, year, format: (['html', 'txt', 'md'] as const)[i]!, ...(year === 2023 && { defects: ['inForce'] }) }]),
    ...[2021, 2022, 2023].map((year): [string, ReportSpec] => [`3-${year}`, { base: dayao, body: 3, year, format: 'txt', ...(year === 2023 && { proseFrom: { body: 3, year: 2022 } }) }]),
    ['4-2021', { base: dayao, body: 7, year: 2021, format: 'md' }],
    ['4-2023', { base: dayao, body: 4, year: 2023, format: 'html' }],
    ['5-2022', { base: changle, body: 5, year: 2022, format: 'txt', proseFrom: { body: 1, year: 2022 } }],
  ];
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-repo-'));
  const files: Record<string, string> = {};
  const name = (body: number) => bodyName(body === 3 || body === 4 || body === 7 ? dayao : changle, body);
  for (const [id, spec] of specs) {
    const file = `${id.split('-')[0]}-${name(spec.body)}/${spec.year}.${spec.format}`;
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), renderReport(spec));
    files[id] = file;
  }
  if (options.aliases) writeFileSync(join(dir, 'xxgk.bodies.json'), JSON.stringify({ aliases: { [name(7)]: name(4) } }));
  return { dir, files, name };
}
