import { accessSync, constants } from 'node:fs';
import { describe, it } from 'vitest';

/**
 * Suites and tests that need something of the machine (a program, root). Where it is missing, a
 * local run skips them with a warning, but under CI=true (`.ci/run`) each becomes a failing test that
 * says what is missing: CI never stays green by skipping what it cannot run.
 */
export function describeNeeding(program: string, install: string): (name: string, body: () => void) => void {
  if (runnable(program)) return (name, body) => describe(name, body);
  const reason = `${program} is missing or not executable (${install})`;
  if (process.env.CI === 'true') return (name) => describe(name, () => it('cannot run', refuse(reason)));
  console.warn(`skipped: ${reason}`);
  return (name, body) => describe.skip(name, body);
}

/** One test that runs only where `met`; `reason` says what it needs. */
export function itNeeding(met: boolean, reason: string): (name: string, body: () => Promise<void> | void) => void {
  if (met) return (name, body) => it(name, body);
  if (process.env.CI === 'true') return (name) => it(name, refuse(reason));
  console.warn(`skipped: ${reason}`);
  return (name, body) => it.skip(name, body);
}

export function runnable(program: string): boolean {
  try {
    accessSync(program, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function refuse(reason: string): () => never {
  return () => {
    throw new Error(`cannot run under CI: ${reason}`);
  };
}
