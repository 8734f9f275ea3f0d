import { accessSync, constants } from 'node:fs';
import { describe, it } from 'vitest';

/**
 * A suite that needs a program on the machine. Where the program is missing, a local run skips the
 * suite with a warning, but under CI=true (`.ci/run`) the suite becomes one failing test that says
 * what is missing and how to install it: CI never stays green by skipping what it cannot run.
 */
export function describeNeeding(program: string, install: string): (name: string, body: () => void) => void {
  if (runnable(program)) return (name, body) => describe(name, body);
  const reason = `${program} is missing or not executable (${install})`;
  if (process.env.CI === 'true') {
    return (name) =>
      describe(name, () => {
        it('cannot run', () => {
          throw new Error(`cannot run under CI: ${reason}`);
        });
      });
  }
  console.warn(`skipped: ${reason}`);
  return (name, body) => describe.skip(name, body);
}

function runnable(program: string): boolean {
  try {
    accessSync(program, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
