import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Absolute, so the CLI can run in any folder (a temp repository has no node_modules). */
const TSX = import.meta.resolve('tsx');
const BIN = fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI (TypeScript sources through tsx) as a user would, in `cwd`; `user` runs it as another user. */
export function runCli(args: string[], cwd = ROOT, input?: string, user?: { uid: number; gid: number }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, BIN, ...args], { cwd, env: { ...process.env, FORCE_COLOR: '0' }, ...user });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}
