import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface PageAssets {
  html: string;
  script: string;
  style: string;
  /** The repository's docs folder, served under /docs/ for the rule pages and the guide. */
  docsDir: string;
}

/** The package folder, whether this runs from src/ (tsx) or dist/src/ (built). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'xxgk-lint') return dir;
    if (dirname(dir) === dir) throw new Error('xxgk-lint: package folder not found');
    dir = dirname(dir);
  }
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
