import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package folder, whether this runs from src/ (tsx), dist/src/ (compiled) or dist/bundle/ (bundled). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'xxgk-lint') return dir;
    if (dirname(dir) === dir) throw new Error('xxgk-lint: package folder not found');
    dir = dirname(dir);
  }
}
