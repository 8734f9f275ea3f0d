import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules, repoRules } from '../rules/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function filesUnder(directory: string, ending: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path, ending) : path.endsWith(ending) ? [path] : [];
  });
}

describe('every rule has its module, doc page and tests (and nothing is orphaned)', () => {
  const allRules = [...builtinRules, ...repoRules];
  const ids = allRules.map((rule) => rule.meta.id);

  it('rule ids are unique and match their module path', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of allRules) {
      expect(existsSync(join(root, 'rules', `${rule.meta.id}.ts`)), rule.meta.id).toBe(true);
      expect(rule.meta.family).toBe(rule.meta.id.split('/')[0]);
    }
  });

  it.each(ids)('%s has docs/rules/<id>.md naming the rule, and a test file', (id) => {
    const page = join(root, 'docs', 'rules', `${id}.md`);
    expect(existsSync(page), page).toBe(true);
    expect(readFileSync(page, 'utf8')).toContain(id);
    expect(existsSync(join(root, 'test', 'rules', `${id}.test.ts`)), `test/rules/${id}.test.ts`).toBe(true);
  });

  it('every doc page belongs to a rule', () => {
    const pages = filesUnder(join(root, 'docs', 'rules'), '.md').map((path) => relative(join(root, 'docs', 'rules'), path).replace(/\.md$/, '').split('\\').join('/'));
    expect(pages.filter((page) => !ids.includes(page))).toEqual([]);
  });

  it('every message has both languages with the same placeholders', () => {
    for (const rule of allRules) {
      for (const [id, template] of Object.entries(rule.meta.messages)) {
        const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(names(template.zh), `${rule.meta.id}/${id}`).toEqual(names(template.en));
      }
    }
  });
});
