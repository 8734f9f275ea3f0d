import type { AdaptedInput, TextBlock } from '../model/block.js';
import type { InputFormat, Report } from '../model/types.js';
import { generationForYear, knowledge } from '../knowledge/index.js';
import { readFacts } from './facts.js';
import { buildSections } from './sections.js';
import { findTables } from './tables.js';
import { rememberLocator } from '../model/source.js';
import { bodyOf } from './body.js';
import { proseOf } from './prose/claims.js';
import { yearsOf } from './years.js';

/**
 * Blocks → report model: tables first (their rows are never headings), then sections, then facts; then what
 * the prose says (its claims, its years, the body it names), read once here for every rule and summary.
 */
export function buildReport(input: AdaptedInput, format: InputFormat): Report {
  const { blocks, locator } = input;
  const textBlocks = blocks.filter((block): block is TextBlock => block.kind === 'text');
  const hintedYear = /((?:19|20)\d{2})\s*年/.exec(textBlocks.slice(0, 12).map((block) => block.text).join('\n'));
  const preferred = hintedYear ? generationForYear(Number(hintedYear[1]), knowledge) : 'gb2021';
  const found = findTables(blocks, locator, preferred);
  const taken = new Set(found.flatMap((table) => range(table.start, table.end)));
  const prose = blocks.filter((block, i): block is TextBlock => block.kind === 'text' && !taken.has(i));
  const facts = readFacts(prose, found.map((table) => table.table), locator);
  const report: Report = {
    type: 'report',
    format,
    source: locator.text,
    facts,
    children: buildSections(blocks, found, locator),
    position: locator.position(0, locator.text.length),
  };
  rememberLocator(report, locator);
  readProse(report);
  return report;
}

/** The prose's readings are kept on the report (see Memo): proseOf, yearsOf and bodyOf answer from them. */
function readProse(report: Report): void {
  proseOf(report, knowledge);
  yearsOf(report);
  bodyOf(report);
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}
