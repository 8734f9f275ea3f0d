import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../host/package-root.js';

/**
 * Bundles the command (bin/xxgk-lint.js runs it) and its worker threads, with any `extraEntries`
 * (the benchmark's CLI child, in a bundle of its own), into `outdir`, one file each plus shared chunks: a start loads a few files instead of ~400
 * modules (~0.2 s of every run). Word, the page server and the language server stay in chunks of
 * their own, loaded only when used. esbuild itself (the page server bundles the page at start)
 * ships a native binary and stays a package.
 */
export async function bundleCli(outdir: string, extraEntries: string[] = []): Promise<void> {
  const root = packageRoot();
  // Chunk names carry a content hash: without emptying the folder, every build would leave its old chunks.
  rmSync(outdir, { recursive: true, force: true });
  const { outputFiles } = await build({
    entryPoints: ['src/cli/bin.ts', 'src/cli/worker-entry.ts', 'src/host/pdf-reader-thread.ts', ...extraEntries].map((entry) => join(root, entry)),
    outdir,
    entryNames: '[name]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['esbuild'],
    // Bundled CommonJS packages (mammoth and its zip reader) call require.
    banner: { js: "import { createRequire as __xxgkRequire } from 'node:module'; const require = __xxgkRequire(import.meta.url);" },
    logLevel: 'warning',
    write: false,
  });
  for (const file of outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.path.endsWith('.js') ? asciiOnly(file.text) : file.contents);
  }
}

/**
 * The code with every character past ASCII written as a \u escape. esbuild escapes strings but
 * leaves comments and regular expressions (the knowledge's patterns) as written, and one such
 * character makes V8 hold a whole chunk's source at two bytes a character: 2.5 MB more in every
 * thread, kept for the run (functions compile from it lazily). In a comment the escape is text; in
 * a pattern it matches the same character, and `\字` (an identity escape) becomes the escape alone.
 */
export function asciiOnly(code: string): string {
  return code.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes: string, char: string) => `${slashes.length % 2 ? slashes.slice(1) : slashes}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// `node dist/src/cli/bundle.js` (npm run build): the shipped bundle, in dist/bundle.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await bundleCli(join(packageRoot(), 'dist', 'bundle'));
