import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { packageRoot } from '../host/package-root.js';

export interface PageAssets {
  html: string;
  script: string;
  style: string;
  /** The repository's docs folder, served under /docs/ for the rule pages and the guide. */
  docsDir: string;
}

/** Bundles the page script in memory at start, so the page loads nothing from the network. */
export async function loadPageAssets(): Promise<PageAssets> {
  const root = packageRoot();
  const page = join(root, 'src', 'web', 'page');
  const [bundle, html, style] = await Promise.all([
    build({ entryPoints: [join(page, 'main.ts')], bundle: true, write: false, format: 'esm', platform: 'browser', target: 'es2022', logLevel: 'silent' }),
    readFile(join(page, 'index.html'), 'utf8'),
    readFile(join(page, 'style.css'), 'utf8'),
  ]);
  return { html, style, script: bundle.outputFiles[0]!.text, docsDir: join(root, 'docs') };
}
