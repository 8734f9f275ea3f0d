import { chownSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Root passes every mode check, and CI runs as root: a test of what a mode forbids runs the
 * command as `nobody` then (as the user running the tests otherwise).
 */
export const UNPRIVILEGED = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;

/** Gives a folder and everything in it to the user the command will run as. */
export function handOver(folder: string): void {
  if (!UNPRIVILEGED) return;
  const { uid, gid } = UNPRIVILEGED;
  chownSync(folder, uid, gid);
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) chownSync(join(entry.parentPath, entry.name), uid, gid);
}
