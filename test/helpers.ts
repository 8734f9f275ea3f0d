import { readFileSync } from 'node:fs';
import { builtinRules } from '../rules/index.js';
import { readInput } from '../src/input/index.js';
import { buildReport } from '../src/parse/index.js';
import { lintInput } from '../src/engine/lint-file.js';
import { resolveConfig } from '../src/engine/resolve.js';
import { parseConfig, type Config } from '../src/engine/config.js';
import type { Report } from '../src/model/types.js';
import type { Lang } from '../src/engine/rule.js';

export { FIXTURES, fixturePath, fixtureText } from './fixtures.js';
import { FIXTURES, fixturePath, fixtureText } from './fixtures.js';

/** Each real report as a valid ruleTester case: for rules that must stay silent on all five. */
export function everyFixture(): Array<{ name: string; file: string; text: string }> {
  return Object.values(FIXTURES).map((file) => ({ name: `fixture ${file}`, file, text: fixtureText(file) }));
}

/** Parses bytes as the CLI does (decode → adapter → model). */
export async function parseBytes(fileName: string, bytes: Uint8Array): Promise<Report> {
  const read = await readInput(fileName, bytes);
  if (!read.ok) throw new Error(`${fileName}: ${read.reason} ${read.detail ?? ''}`);
  return buildReport(read.input, read.format);
}

export function parseFixture(name: string): Promise<Report> {
  return parseBytes(name, readFileSync(fixturePath(name)));
}

/** Lints text with only the named rules on (all others off), as a user's config would. */
export async function lintWith(fileName: string, text: string | Uint8Array, ruleIds: string[], config: Config = {}, lang: Lang = 'zh') {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const read = await readInput(fileName, bytes);
  if (!read.ok) throw new Error(`${fileName}: ${read.reason} ${read.detail ?? ''}`);
  const rules = Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, ruleIds.includes(rule.meta.id) ? config.rules?.[rule.meta.id] ?? 'error' : 'off'] as const));
  const resolved = resolveConfig({ ...config, rules }, builtinRules);
  return lintInput(fileName, read.format, read.input, resolved, lang);
}

/** Every rule at its recommended setting, as `npx xxgk-lint` runs them. */
export function lintRecommended(fileName: string, text: string | Uint8Array) {
  const recommended = Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, rule.meta.recommended === 'off' ? 'off' : rule.meta.recommended === 2 ? 'error' : 'warn'] as const));
  return lintWith(fileName, text, builtinRules.map((rule) => rule.meta.id), parseConfig({ rules: recommended }, 'recommended'));
}

/** Replaces the text on one 1-based line (keeping the rest byte for byte). */
export function replaceLine(text: string, line: number, replacement: string): string {
  const lines = text.split('\n');
  lines[line - 1] = replacement;
  return lines.join('\n');
}
