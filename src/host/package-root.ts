import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface FoundPackage {
  root: string;
  version: string;
}

/** The package folder and version, whether this runs from src/ (tsx), dist/src/ (compiled) or dist/bundle/ (bundled). */
export function findPackage(): FoundPackage {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (name === 'xxgk-lint') return { root: dir, version: version ?? '0.0.0' };
    }
    if (dirname(dir) === dir) throw new Error('xxgk-lint: package folder not found');
    dir = dirname(dir);
  }
}

export const packageRoot = (): string => findPackage().root;
