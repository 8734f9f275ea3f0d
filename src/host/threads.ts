import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A thread running the module `entry` of the folder of `from` (a module's own URL): the compiled
 * JavaScript beside it, or, from the TypeScript sources (vitest, tsx), the source with tsx
 * registered first. Undefined when neither works: the caller does the work in its own thread.
 */
export function startThread(from: string, entry: string, options: WorkerOptions): Worker | undefined {
  if (from.endsWith('.js')) return new Worker(new URL(`./${entry}.js`, from), options);
  let tsx: string;
  try {
    tsx = import.meta.resolve('tsx/esm/api');
  } catch {
    return undefined;
  }
  const source = new URL(`./${entry}.ts`, from).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(source)}); })`, { ...options, eval: true });
}
