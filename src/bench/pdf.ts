import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintBytes } from '../engine/lint-file.js';
import type { ResolvedConfig } from '../engine/resolve.js';
import { seconds, timeEach } from './measure.js';
import { renderReport, type ReportSpec } from './synth.js';

export const PDF_COUNT = 60;

/** PDF: reports printed by LibreOffice (one run for all), each read and checked with every rule in one thread. */
export async function benchPdf(specs: ReportSpec[], config: ResolvedConfig, root: string, out: (line?: string) => void, target: (ok: boolean) => string): Promise<void> {
  const pdfDir = join(root, 'pdf');
  mkdirSync(pdfDir, { recursive: true });
  const pages = specs.slice(0, PDF_COUNT).map((spec, i) => {
    const page = join(pdfDir, `report-${i}.html`);
    writeFileSync(page, renderReport({ ...spec, format: 'html' }));
    return page;
  });
  const profile = join(root, 'soffice-profile');
  const printed = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...pages], { stdio: 'ignore' });
  out(`## PDF (${PDF_COUNT} reports printed by LibreOffice), one thread, all rules`);
  if (printed.status !== 0) {
    out('not measured: soffice (libreoffice-writer-nogui) is not installed');
    return;
  }
  const pdfs = pages.map((page) => page.replace(/\.html$/, '.pdf'));
  // CPU time beside wall time: on a shared machine the wall clock says more about the neighbours.
  const cpuBefore = process.cpuUsage();
  const pdfMs = await timeEach(pdfs, (path) => readFileSync(path), (bytes, path) => lintBytes(path, bytes, config, 'zh'));
  const cpu = process.cpuUsage(cpuBefore);
  const pdfRate = pdfs.length / (pdfMs / 1000);
  out(`${seconds(pdfMs)} → ${pdfRate.toFixed(1)} PDF reports/s  ${target(pdfRate >= 50)} (≥ 50/s); CPU ${((cpu.user + cpu.system) / 1000 / pdfs.length).toFixed(0)} ms a report`);
  // The same files again, the reader and the rules compiled by the engine by now (as in the
  // one-thread measure above, after its warm-up): what a long run of PDFs costs each.
  const warmBefore = process.cpuUsage();
  const warmMs = await timeEach(pdfs, (path) => readFileSync(path), (bytes, path) => lintBytes(path, bytes, config, 'zh'));
  const warm = process.cpuUsage(warmBefore);
  out(`again, warm: ${seconds(warmMs)} → ${(pdfs.length / (warmMs / 1000)).toFixed(1)} PDF reports/s; CPU ${((warm.user + warm.system) / 1000 / pdfs.length).toFixed(0)} ms a report`);
}
