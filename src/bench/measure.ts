import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ChildRun {
  code: number;
  /** Wall time seen from outside, with process start-up. */
  wallMs: number;
  maxRssKb: number;
}

// The CLI bundled as bin/xxgk-lint.js runs it, with the child's entry: in dist/bench-bundle (made
// by the benchmark at start, so the shipped bundle carries no benchmark), next to dist/src.
export const BENCH_BUNDLE = fileURLToPath(new URL('../../bench-bundle/', import.meta.url));
const CHILD = `${BENCH_BUNDLE}cli-child.js`;

/** Runs the CLI (compiled) in a child process in `cwd`. */
export function runCli(args: string[], cwd: string): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CHILD, ...args], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', () => {
      const wallMs = performance.now() - started;
      try {
        const report = JSON.parse(out.trim().split('\n').pop()!) as { code: number; maxRssKb: number };
        resolve({ code: report.code, wallMs, maxRssKb: report.maxRssKb });
      } catch {
        reject(new Error(`CLI child gave no report: ${out.slice(0, 500)}`));
      }
    });
  });
}

/** Total time of `work` over every item (only the work is timed, not what `prepare` does). */
export async function timeEach<T, P>(items: T[], prepare: (item: T) => P | Promise<P>, work: (prepared: P, item: T) => unknown): Promise<number> {
  let total = 0;
  for (const item of items) {
    const prepared = await prepare(item);
    const started = performance.now();
    await work(prepared, item);
    total += performance.now() - started;
  }
  return total;
}

/**
 * Total time of each kind of work over every item, the kinds taking turns at going first (and
 * each item prepared once for all): on a machine whose speed drifts within minutes, loops run one
 * after another would compare different machines, and whichever goes first warms caches for the rest.
 */
export async function timeInTurn<T, P, K extends string>(items: T[], prepare: (item: T) => P | Promise<P>, works: Record<K, (prepared: P, item: T) => unknown>): Promise<Record<K, number>> {
  const names = Object.keys(works) as K[];
  const totals = Object.fromEntries(names.map((name) => [name, 0])) as Record<K, number>;
  for (const [index, item] of items.entries()) {
    const prepared = await prepare(item);
    for (let turn = 0; turn < names.length; turn++) {
      const name = names[(index + turn) % names.length]!;
      const started = performance.now();
      await works[name](prepared, item);
      totals[name] += performance.now() - started;
    }
  }
  return totals;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** "a 3, b 1": how many items fall under each key, in first-seen order. */
export function countBy<T>(items: T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([name, n]) => `${name} ${n}`).join(', ');
}
