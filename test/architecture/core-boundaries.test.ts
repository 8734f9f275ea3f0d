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
  // Globals that exist only in Node, used without an import (comments may name them).
  const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  for (const global of code.matchAll(/(?<![.\w'"`])(process|Buffer|__dirname|require)\s*[.(]/g)) {
    violations.push(`${file} uses the Node global '${global[1]}'`);
  }
  return violations;
}

/** Each relative import of a module with the folder it lands in, and whether it is a dynamic `import()`. */
function foldersImportedBy(file: string, folders: string[], source = readFileSync(join(root, file), 'utf8')): Array<{ folder: string; specifier: string; dynamic: boolean }> {
  return [...source.matchAll(importPattern)].flatMap((match) => {
    const specifier = match[1]!;
    if (!specifier.startsWith('.')) return [];
    const target = relative(root, resolve(root, dirname(file), specifier));
    const folder = folders.find((candidate) => target === candidate || target.startsWith(`${candidate}/`));
    return folder ? [{ folder, specifier, dynamic: match[0].includes('(') }] : [];
  });
}

describe('the host and the shells', () => {
  // The host (config discovery, plugins, the rule registry, the file linter, package lookup) serves
  // every shell; the language server and the page use it, never the command line. The command
  // line only launches them (`xxgk-lint serve`, `xxgk-lint lsp`), each in a chunk of its own.
  const shells = ['src/cli', 'src/lsp', 'src/web'];
  const layers = ['src/host', ...shells, 'src/bench'];

  it('the host imports no shell', () => {
    expect(sourcesUnder('src/host').flatMap((file) => foldersImportedBy(file, layers).filter(({ folder }) => folder !== 'src/host').map(({ specifier }) => `${file} imports '${specifier}'`))).toEqual([]);
  });

  it('a shell imports only the host and the core (the command line launches the others through import())', () => {
    const violations = shells.flatMap((shell) =>
      sourcesUnder(shell).flatMap((file) =>
        foldersImportedBy(file, layers)
          .filter(({ folder, dynamic }) => folder !== shell && folder !== 'src/host' && !(shell === 'src/cli' && dynamic && folder !== 'src/bench'))
          .map(({ specifier }) => `${file} imports '${specifier}'`),
      ),
    );
    expect(violations).toEqual([]);
  });

  it('would be caught: the check tells static imports from import()', () => {
    const probe = `import { FileLinter } from '../cli/file-linter.js';\nconst { startServer } = await import('../web/server.js');\n`;
    expect(foldersImportedBy('src/lsp/probe.ts', layers, probe)).toEqual([
      { folder: 'src/cli', specifier: '../cli/file-linter.js', dynamic: false },
      { folder: 'src/web', specifier: '../web/server.js', dynamic: true },
    ]);
  });
});

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

describe('the rules', () => {
  // Knowledge reaches a rule on its context (`context.knowledge`), so a host may give another set: a
  // rule or a rule's helper that imported it would read the built-in one whatever the host gave.
  // Type-only imports carry no knowledge and are allowed (the rule API exports the types rules need).
  const typeOnly = /^\s*(?:import|export)\s+type\s[^;]*;/gm;
  const knowledgeImports = (file: string, source = readFileSync(join(root, file), 'utf8')) =>
    foldersImportedBy(file, ['src/knowledge'], source.replace(typeOnly, '')).map(({ specifier }) => `${file} imports '${specifier}'`);

  it('import no knowledge: they receive it through their context', () => {
    expect(sourcesUnder('rules').flatMap((file) => knowledgeImports(file))).toEqual([]);
  });

  it('would be caught importing it (a type-only import passes)', () => {
    const probe = `import type { SectionDefinition } from '../../src/knowledge/schema.js';\nimport { claimVocabulary } from '../../src/knowledge/claims.js';\nimport { unitWords,\n  ADMINISTRATIVE_UNITS } from '../../src/knowledge/data/units.js';\n`;
    expect(knowledgeImports('rules/narrative/probe.ts', probe)).toEqual([
      "rules/narrative/probe.ts imports '../../src/knowledge/claims.js'",
      "rules/narrative/probe.ts imports '../../src/knowledge/data/units.js'",
    ]);
  });
});
