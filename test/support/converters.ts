import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium } from 'playwright-core';
import { runnable } from './needs.js';

/**
 * Real converters, as the people who publish reports use them: LibreOffice (headless) for PDF,
 * Word 97 and .docx, Chromium's print to PDF, and pandoc for Markdown. `.ci/run` installs them; a
 * test that needs one fails with the reason when it is missing (never a silent skip).
 */
/** Debian's Chromium (`.ci/run` installs it); never a browser downloaded by Playwright. */
export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function requireTools(): void {
  const missing = [
    ['soffice', 'libreoffice-writer-nogui'],
    ['pandoc', 'pandoc'],
  ].filter(([command]) => !onPath(command!));
  if (!runnable(CHROMIUM)) missing.push([CHROMIUM, 'chromium']);
  if (missing.length) throw new Error(`converters missing: ${missing.map(([command, pkg]) => `${command} (apt-get install ${pkg})`).join(', ')}`);
}

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function tempFolder(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Converts all the files in one LibreOffice run (seconds each start); returns the output paths in
 * input order (`html`: Writer's "save as web page"). `pdfOptions`: the PDF export's options, as JSON (a password, say).
 */
export function libreOffice(files: string[], to: 'pdf' | 'doc' | 'docx' | 'html' | 'txt', outdir: string, pdfOptions?: string): string[] {
  const filter = pdfOptions ? `pdf:writer_pdf_Export:${pdfOptions}` : { pdf: 'pdf', doc: 'doc:MS Word 97', docx: 'docx:MS Word 2007 XML', html: 'html:HTML (StarWriter)', txt: 'txt:Text (encoded):UTF8' }[to];
  const profile = tempFolder('xxgk-soffice-profile-');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', outdir, ...files], { stdio: 'ignore', timeout: 240_000 });
  return files.map((file) => {
    const out = join(outdir, basename(file).replace(/\.[^.]+$/, `.${to}`));
    if (!existsSync(out)) throw new Error(`LibreOffice made no ${out}`);
    return out;
  });
}

/** pandoc's Markdown of a page: `gfm` writes pipe tables (a merged cell's other cells empty), `markdown` its own tables (for a <table> without <thead>, one without header between two column rules). */
export function pandocMarkdown(page: string, to: 'gfm' | 'markdown', out: string): string {
  execFileSync('pandoc', ['--from', 'html', '--to', to, '--output', out, page], { stdio: 'ignore', timeout: 60_000 });
  return out;
}

/** pandoc's Word document of a page (its own table style: cell borders on the header row and the table's edges). */
export function pandocDocx(page: string, out: string): string {
  execFileSync('pandoc', ['--from', 'html', '--to', 'docx', '--output', out, page], { stdio: 'ignore', timeout: 60_000 });
  return out;
}

/** pandoc's web page of a Word document (a whole page, UTF-8 declared), as a site's editor pastes one in. */
export function pandocHtml(docx: string, out: string): string {
  execFileSync('pandoc', ['--from', 'docx', '--to', 'html', '--standalone', '--metadata', 'pagetitle=report', '--output', out, docx], { stdio: 'ignore', timeout: 60_000 });
  return out;
}

/**
 * Chromium's print to PDF, A4 with a running header (the body's name) and page numbers in the
 * footer, as a browser's "save as PDF" of a government page gives.
 */
export async function chromiumPdf(pages: Array<{ html: string; header: string; out: string }>): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    for (const { html, header, out } of pages) {
      await page.setContent(html);
      await page.pdf({
        path: out,
        format: 'A4',
        margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
        displayHeaderFooter: true,
        headerTemplate: `<div style="font-size:9px;width:100%;text-align:center">${header}</div>`,
        footerTemplate: '<div style="font-size:9px;width:100%;text-align:center">第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页</div>',
      });
    }
  } finally {
    await browser.close();
  }
}

/** A picture of the report's opening (a scan, 图片版) printed to PDF: pages without a text layer. */
export async function scannedPdf(text: string, out: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await page.setContent(`<p style="font-size:20px">${text}</p>`);
    const png = (await page.screenshot()).toString('base64');
    await page.setContent(`<img src="data:image/png;base64,${png}" style="width:100%">`);
    await page.pdf({ path: out, format: 'A4' });
  } finally {
    await browser.close();
  }
}

export const bytesOf = (path: string) => new Uint8Array(readFileSync(path));
