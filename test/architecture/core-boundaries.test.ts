import { builtinModules } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The core runs in the CLI, worker threads, the language server and a browser page, so it may import
// neither a Node built-in nor a shell. This reads every import of every core module as written.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const coreFolders = ['src/input', 'src/knowledge', 'src/parse', 'src/model', 'src/engine', 'src/output', 'src/repo', 'rules'];
const shellFolders = ['src/cli', 'src/lsp', 'src/web', 'src/bench', 'src/host'];
const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

function sourcesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

const importPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

function importsOf(source: string): string[] {
  return [...source.matchAll(importPattern)].map((match) => match[1]);
}

function violationsOf(file: string): string[] {
  const source = readFileSync(join(root, file), 'utf8');
  const violations: string[] = [];
  for (const specifier of importsOf(source)) {
    if (nodeBuiltins.has(specifier) || nodeBuiltins.has(specifier.split('/')[0])) {
      violations.push(`${file} imports the Node built-in '${specifier}'`);
    } else if (specifier.startsWith('.')) {
      const target = relative(root, resolve(root, dirname(file), specifier));
      const shell = shellFolders.find((folder) => target === folder || target.startsWith(`${folder}/`));
      if (shell) violations.push(`${file} imports '${specifier}' from the shell ${shell}`);
    }
  }
  // Globals that exist only in Node, used without an import.
  for (const global of source.matchAll(/(?<![.\w'"`])(process|Buffer|__dirname|require)\s*[.(]/g)) {
    violations.push(`${file} uses the Node global '${global[1]}'`);
  }
  return violations;
}

describe('the core', () => {
  const files = coreFolders.flatMap(sourcesUnder);

  it('is read whole: every core folder has modules', () => {
    for (const folder of coreFolders) expect(files.some((file) => file.startsWith(`${folder}/`)), folder).toBe(true);
  });

  it('imports no Node built-in and no shell', () => {
    expect(files.flatMap(violationsOf)).toEqual([]);
  });

  it('would be caught importing one (the check reads all three import forms)', () => {
    expect(importsOf(`import { readFileSync } from 'node:fs';\nimport 'path';\nconst m = await import('../cli/main.js');`)).toEqual([
      'node:fs',
      'path',
      '../cli/main.js',
    ]);
  });
});
