import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/engine/config.js';
import type { Rule } from '../src/engine/rule.js';
import { lintWith } from './helpers.js';

interface Case {
  name: string;
  /** File name decides the input form (.txt, .md, .html). */
  file?: string;
  text: string | Uint8Array;
  options?: Record<string, unknown>;
  settings?: Record<string, unknown>;
}

interface ExpectedError {
  messageId: string;
  line: number;
  column?: number;
  endLine?: number;
  /** Substrings the rendered Chinese message must contain. */
  includes?: string[];
  /** Related places that must be listed, by line. */
  relatedLines?: number[];
}

interface InvalidCase extends Case {
  errors: ExpectedError[];
}

const CASE_KEYS = new Set(['name', 'file', 'text', 'options', 'settings', 'errors']);

/**
 * ESLint-style valid/invalid cases on vitest: unknown keys, duplicate names and invalid cases
 * without errors are rejected; each invalid case must produce exactly the listed findings, in order.
 */
export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate) throw new Error(`duplicate case name: ${duplicate}`);
  for (const c of [...cases.valid, ...cases.invalid]) {
    const unknown = Object.keys(c).filter((key) => !CASE_KEYS.has(key));
    if (unknown.length) throw new Error(`case "${c.name}" has unknown keys: ${unknown.join(', ')}`);
  }
  const run = (c: Case) =>
    lintWith(
      c.file ?? 'report.txt',
      c.text,
      [rule.meta.id],
      parseConfig({ rules: { [rule.meta.id]: c.options ? ['error', c.options] : 'error' }, ...(c.settings && { settings: c.settings }) }, c.name),
    );

  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, async () => {
          const { result } = await run(c);
          expect(result.failure).toBeUndefined();
          expect(result.diagnostics.map((d) => `${d.position.start.line}: ${d.message}`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        if (c.errors.length === 0) throw new Error(`invalid case "${c.name}" lists no errors`);
        it(c.name, async () => {
          const { result } = await run(c);
          expect(result.failure).toBeUndefined();
          const got = result.diagnostics;
          expect(got.map((d) => `${d.messageId}@${d.position.start.line}`)).toEqual(c.errors.map((e) => `${e.messageId}@${e.line}`));
          c.errors.forEach((expected, i) => {
            const diagnostic = got[i]!;
            expect(diagnostic.ruleId).toBe(rule.meta.id);
            expect(diagnostic.message).not.toMatch(/\{\w+\}/);
            if (expected.column !== undefined) expect(diagnostic.position.start.column).toBe(expected.column);
            if (expected.endLine !== undefined) expect(diagnostic.position.end.line).toBe(expected.endLine);
            for (const part of expected.includes ?? []) expect(diagnostic.message).toContain(part);
            if (expected.relatedLines) expect(diagnostic.related.map((r) => r.position.start.line)).toEqual(expect.arrayContaining(expected.relatedLines));
          });
        });
      }
    });
  });
}
