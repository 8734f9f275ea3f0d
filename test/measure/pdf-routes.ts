/**
 * Measured once, by hand (`npx tsx test/measure/pdf-routes.ts [first] [count]`), not by vitest:
 * synthetic reports the tests never read (the bench plan's reports `first`… , 52–63 by default),
 * each made into files by the routes reports are published by, their cells read and compared with
 * those of the same report's text form, and the text form's findings looked for in each route's.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { plan } from '../../src/bench/plan.js';
import { loadBase, renderReport } from '../../src/bench/synth.js';
import { lintBytes } from '../../src/engine/lint-file.js';
import { resolveConfig } from '../../src/engine/resolve.js';
import { outlineOf } from '../../src/model/outline.js';
import { FIXTURES, fixtureText } from '../fixtures.js';
import { bytesOf, chromiumPdf, libreOffice, pandocDocx, requireTools, tempFolder } from '../support/converters.js';

const [first, count] = [Number(process.argv[2] ?? 52), Number(process.argv[3] ?? 12)];
requireTools();
const bases = await Promise.all(Object.values(FIXTURES).map((file) => loadBase(file, fixtureText(file))));
const specs = plan(bases, first + count).slice(first);
const folder = tempFolder('xxgk-routes-');
const config = resolveConfig({}, builtinRules);

const texts = specs.map((spec, i) => {
  const path = join(folder, `${i}.txt`);
  writeFileSync(path, renderReport({ ...spec, format: 'txt' }));
  return path;
});
const pages = specs.map((spec, i) => {
  const path = join(folder, `${i}.html`);
  writeFileSync(path, renderReport({ ...spec, format: 'html' }));
  return path;
});
const sub = (name: string) => {
  const path = join(folder, name);
  execFileSync('mkdir', ['-p', path]);
  return path;
};
const loDocx = libreOffice(pages, 'docx', sub('lo-docx'));
const pandoc = pages.map((page, i) => pandocDocx(page, join(sub('pandoc-docx'), `${i}.docx`)));
const chromium = pages.map((_, i) => join(folder, `${i}.chromium.pdf`));
await chromiumPdf(pages.map((page, i) => ({ html: readFileSync(page, 'utf8'), header: '政府信息公开', out: chromium[i]! })));
const routes: Array<[string, string[]]> = [
  ['the page as a LibreOffice .docx printed to PDF by LibreOffice', libreOffice(loDocx, 'pdf', sub('lo-docx-pdf'))],
  ["pandoc's .docx of the page printed to PDF by LibreOffice", libreOffice(pandoc, 'pdf', sub('pandoc-pdf'))],
  ['the page printed by Chromium on A4, running header and page numbers', chromium],
  ['the page as LibreOffice Word 97 (.doc)', libreOffice(pages, 'doc', sub('lo-doc'))],
  ['the page as a LibreOffice .docx (read as Word)', loDocx],
];

const finding = (d: { ruleId: string; message: string }) => `${d.ruleId} ${d.message.replace(/第 \d+ 行/g, '第 N 行')}`;
async function reading(path: string) {
  const { report, result } = await lintBytes(path, bytesOf(path), config, 'zh');
  return { tables: outlineOf(report!).tables, findings: result.diagnostics.map(finding) };
}
const truths = await Promise.all(texts.map(reading));
console.log(`reports ${first}–${first + count - 1}: ${specs.map((spec) => `${spec.base.report.facts.generation} ${spec.year}`).join(', ')}`);
console.log('| route | cells read exactly | missing | wrong | findings of the text form found |');
console.log('|---|---|---|---|---|');
for (const [route, paths] of routes) {
  let [exact, missing, wrong, cells, found, findings] = [0, 0, 0, 0, 0, 0];
  for (const [i, path] of paths.entries()) {
    const truth = truths[i]!;
    const got = await reading(path);
    const lost: string[] = [];
    for (const [kind, values] of Object.entries(truth.tables)) {
      for (const [key, value] of Object.entries(values!)) {
        cells++;
        const read = (got.tables as Record<string, Record<string, number | null> | undefined>)[kind]?.[key];
        if (read === undefined) missing++;
        else if (read === value) exact++;
        else wrong++;
        if (read !== value) lost.push(`${kind}.${key}=${value}→${read}`);
      }
    }
    if (process.env.VERBOSE && lost.length) console.error(route, first + i, path, `${lost.length} cells:`, lost.slice(0, 8).join(' '));
    const left = [...got.findings];
    for (const want of truth.findings) {
      findings++;
      const at = left.indexOf(want);
      if (at >= 0) {
        found++;
        left.splice(at, 1);
      }
    }
    if (process.env.VERBOSE) console.error(route, i, path, got.findings.filter((f) => !truth.findings.includes(f)), truth.findings.filter((f) => !got.findings.includes(f)));
  }
  console.log(`| ${route} | ${exact} / ${cells} | ${missing} | ${wrong} | ${found} / ${findings} |`);
}
console.log(`files in ${folder}`);
