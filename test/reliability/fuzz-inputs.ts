import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { lintBytes } from '../../src/engine/lint-file.js';
import { resolveConfig } from '../../src/engine/resolve.js';
import { locatorOf } from '../../src/model/source.js';
import { FIXTURES, fixturePath } from '../fixtures.js';
import { bytesOf, libreOffice, tempFolder } from '../support/converters.js';
import { toDocx, toHtml, toMarkdown } from '../support/render.js';
import { parseBytes } from '../helpers.js';

/** A file as anyone might send it: a name (which picks the adapter) and any bytes. */
export interface FuzzCase {
  name: string;
  bytes: Uint8Array;
}

const encode = (text: string) => new TextEncoder().encode(text);

/** Real reports in every form: the seeds that mutations start from, so most inputs reach deep into the parser. */
export async function seeds(): Promise<FuzzCase[]> {
  const out: FuzzCase[] = [];
  for (const file of [FIXTURES.changleTownship2023, FIXTURES.amengTownship2017]) {
    const bytes = readFileSync(fixturePath(file));
    const report = await parseBytes(file, bytes);
    out.push({ name: 'r.txt', bytes }, { name: 'r.md', bytes: encode(toMarkdown(report)) }, { name: 'r.html', bytes: encode(toHtml(report)) }, { name: 'r.docx', bytes: await toDocx(report) });
  }
  return out;
}

/**
 * The two reports' pages turned by LibreOffice (soffice needed) into PDF and Word 97 (.doc): seeds
 * for the PDF reader (the fast one, and PDF.js after it) and the Word 97 reader.
 */
export function printedSeeds(htmlSeeds: FuzzCase[]): FuzzCase[] {
  const folder = tempFolder('xxgk-fuzz-printed-');
  const pages = htmlSeeds.filter((seed) => seed.name === 'r.html').map((seed, i) => {
    const path = join(folder, `seed-${i}.html`);
    writeFileSync(path, seed.bytes);
    return path;
  });
  return (['pdf', 'doc'] as const).flatMap((to) => libreOffice(pages, to, folder).map((path) => ({ name: `r.${to}`, bytes: bytesOf(path) })));
}

/**
 * Edits of a seed: bytes flipped, cut out, repeated, inserted; the file cut short. A text seed is
 * first cut to a window of it (a part, a table, a run of prose), so each input is quick to check
 * and 100,000 of them cover every part of the reports.
 */
function mutated(seed: FuzzCase): fc.Arbitrary<FuzzCase> {
  const edit = fc.record({ kind: fc.constantFrom('flip', 'cut', 'repeat', 'insert', 'truncate'), at: fc.nat(), length: fc.nat({ max: 64 }), byte: fc.nat({ max: 255 }), inserted: fc.uint8Array({ maxLength: 16 }) });
  const window = /\.(docx|doc|pdf)$/.test(seed.name) ? fc.constant({ from: 0, length: seed.bytes.length }) : fc.record({ from: fc.nat({ max: seed.bytes.length }), length: fc.integer({ min: 64, max: 4096 }) });
  return fc.tuple(window, fc.array(edit, { minLength: 1, maxLength: 8 })).map(([{ from, length: windowLength }, edits]) => {
    let bytes = seed.bytes.subarray(from, from + windowLength);
    for (const { kind, at: rawAt, length, byte, inserted } of edits) {
      const at = bytes.length ? rawAt % bytes.length : 0;
      const parts = (...pieces: Uint8Array[]) => Uint8Array.from(pieces.flatMap((piece) => [...piece]));
      if (kind === 'flip') bytes = Uint8Array.from(bytes, (value, i) => (i === at ? value ^ (byte || 1) : value));
      else if (kind === 'cut') bytes = parts(bytes.subarray(0, at), bytes.subarray(at + length));
      else if (kind === 'repeat') bytes = parts(bytes.subarray(0, at + length), bytes.subarray(at, at + length), bytes.subarray(at + length));
      else if (kind === 'insert') bytes = parts(bytes.subarray(0, at), inserted, bytes.subarray(at));
      else bytes = bytes.subarray(0, at);
    }
    return { name: seed.name, bytes };
  });
}

const pieces = fc.constantFrom(
  '一、总体情况', '（二）部分公开', '本年新收', '4', '０', '|', '| --- |', '<table><tr><td rowspan="2">本年新收</td><td>4</td></tr></table>',
  '<!-- xxgk-disable-next-line table/blank-cell -->', '> ', '- ', '<div>', '</div>', '共计100件，其中', '2023年12件第3条', '&amp;', '\r', '\t', '\u0000', '\uFEFF',
);
/** Text built from pieces the adapters treat specially, and plain noise. */
const markup = fc.array(fc.oneof(pieces, fc.string(), fc.string({ unit: 'grapheme' })), { maxLength: 80 }).map((lines) => encode(lines.join('\n')));

/** Every input adapter's file name extension. */
export const FORMATS = ['txt', 'md', 'html', 'docx', 'doc', 'pdf'] as const;

/** Any file: a seed mutated, markup, random bytes — under any of the supported names. */
export function anyFile(seedCases: FuzzCase[]): fc.Arbitrary<FuzzCase> {
  const name = fc.constantFrom(...FORMATS.map((format) => `r.${format}`));
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...seedCases).chain(mutated) },
    { weight: 2, arbitrary: fc.record({ name, bytes: markup }) },
    { weight: 1, arbitrary: fc.record({ name, bytes: fc.uint8Array({ maxLength: 2048 }) }) },
  );
}

const everyRule = resolveConfig({ extends: 'strict' }, builtinRules);

/**
 * What any file must never do: throw, crash a rule or the parser, or place a finding outside the
 * file. Returns the problem in words, undefined when the file was handled.
 */
export async function problemWith({ name, bytes }: FuzzCase): Promise<string | undefined> {
  let linted;
  try {
    linted = await lintBytes(name, bytes, everyRule, 'en');
  } catch (error) {
    return `threw: ${(error as Error)?.stack ?? String(error)}`;
  }
  const { result, report } = linted;
  if (result.failure?.reason === 'parse-error' || result.failure?.reason === 'rule-crash') return `${result.failure.reason}: ${result.failure.message}`;
  const crashed = result.diagnostics.find((d) => d.messageId === 'crash');
  if (crashed) return `rule crashed: ${crashed.message}`;
  if (!report) return undefined;
  const length = report.source.length;
  const lines = locatorOf(report).lineCount;
  for (const d of result.diagnostics) {
    for (const position of [d.position, ...d.related.map((related) => related.position)]) {
      for (const point of [position.start, position.end]) {
        if (point.offset! < 0 || point.offset! > length || point.line < 1 || point.line > lines) return `${d.ruleId}: position ${JSON.stringify(point)} outside the file (${length} characters, ${lines} lines)`;
      }
    }
  }
  return undefined;
}
