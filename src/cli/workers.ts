import { fileFailure } from '../engine/failures.js';
import { deserialize, getHeapSpaceStatistics, serialize, setFlagsFromString } from 'node:v8';
import type { Worker } from 'node:worker_threads';
import type { LintResult } from '../engine/diagnostic.js';
import { lintBytes, maxBytesOf } from '../engine/lint-file.js';
import { alignedTo8, packSummary, unpackSummary } from '../repo/packed-summary.js';
import { summarizeForRepository, type RepoSummary, type SummaryNeeds } from '../repo/summary.js';
import { readStamped, type ContentStamp } from './content-stamp.js';
import { FileLinter, type FileLinterOptions } from '../host/file-linter.js';
import { startThread } from '../host/threads.js';

export interface LintTask {
  filePath: string;
  /** Content already read (by the cache); else the linter reads the file. */
  bytes?: Uint8Array;
  /** Of `bytes`, when `--fix` asks for stamps. */
  stamp?: ContentStamp;
}

export interface FileOutcome {
  result: LintResult;
  /** For the cross-report rules, when asked for. */
  summary?: RepoSummary;
  /** Decoded text, only when asked for (stylish excerpts) and the file has findings. */
  source?: string;
  /** What the file held when linted, only when asked for (`--fix`). */
  stamp?: ContentStamp;
}

/** What every worker needs to lint like the main thread: plain data, sent once. */
export interface PoolSetup {
  linter: FileLinterOptions;
  /** What the run's cross-report rules need of each report; none: no summaries. */
  summaries?: SummaryNeeds;
  sources: boolean;
  /** `--fix`: stamp each outcome with the content linted. */
  stamps?: boolean;
}

/** One file: its own rules, then the summary; the model is dropped on return. The same in workers and in-process. */
export async function lintOne(linter: FileLinter, task: LintTask, setup: PoolSetup): Promise<FileOutcome> {
  // --fix stamps what it lints, so it reads the file here (the linter, past the size limit, does not).
  const { resolved } = await linter.configFor(task.filePath);
  const read = task.bytes ? { bytes: task.bytes, stamp: task.stamp } : setup.stamps ? readStamped(task.filePath, maxBytesOf(resolved)) : undefined;
  const { result, report } = read
    ? await lintBytes(task.filePath, read.bytes, resolved, setup.linter.lang)
    : await linter.lint(task.filePath);
  return {
    result,
    ...(setup.summaries && report && !result.failure && { summary: summarizeForRepository(report, task.filePath, setup.summaries) }),
    ...(setup.sources && report && result.diagnostics.length > 0 && { source: report.source }),
    ...(setup.stamps && read?.stamp && { stamp: read.stamp }),
  };
}

/**
 * An outcome as bytes, its result (v8.serialize) and its summary (packSummary) apart. The main
 * thread holds every outcome until the run ends; as bytes they take a fraction of the heap the
 * objects would, the garbage collector never walks them, and the summaries can be unpacked (for
 * the cross-report rules) and dropped before the results are.
 */
export interface PackedOutcome {
  result: Uint8Array;
  summary?: Uint8Array;
  source?: string;
  stamp?: ContentStamp;
}

export const packOutcome = ({ result, summary, source, stamp }: FileOutcome): PackedOutcome => ({
  result: serialize(result),
  ...(summary && { summary: packSummary(summary) }),
  ...(source !== undefined && { source }),
  ...(stamp && { stamp }),
});

/** Bytes of the held outcomes are gathered in buffers of this size. */
const CHUNK_BYTES = 1 << 20;
/** Per outcome: its buffer, where its result starts and ends, where its summary starts and ends (−1: none). */
const SLOTS = 5;

/**
 * A run's outcomes in file order, packed: from the lanes and from the cache alike. Their bytes are
 * copied, as they arrive, into a few large buffers: held apart, each of 20,000 small byte arrays
 * cost some 300 bytes of bookkeeping (its buffer object, backing store, view, allocation) on top
 * of its 1–3 KB, and the main thread holds them all until the run ends.
 */
export class HeldOutcomes {
  private readonly chunks: Uint8Array[] = [];
  private used = 0;
  private readonly slots: Int32Array;
  /** Decoded texts and stamps, for the few outcomes that have them. */
  private readonly extras = new Map<number, Pick<PackedOutcome, 'source' | 'stamp'>>();

  constructor(readonly length: number) {
    this.slots = new Int32Array(length * SLOTS).fill(-1);
  }

  put(index: number, { result, summary, source, stamp }: PackedOutcome): void {
    // Summaries start at multiples of 8, as unpackSummary's float64 views must.
    const summaryAt = alignedTo8(result.length);
    const size = summaryAt + (summary?.length ?? 0);
    let chunk = this.chunks.at(-1);
    if (!chunk || this.used + size > chunk.length) {
      this.chunks.push((chunk = new Uint8Array(Math.max(CHUNK_BYTES, size))));
      this.used = 0;
    }
    const at = this.used;
    chunk.set(result, at);
    const slot = index * SLOTS;
    this.slots[slot] = this.chunks.length - 1;
    this.slots[slot + 1] = at;
    this.slots[slot + 2] = at + result.length;
    if (summary) {
      chunk.set(summary, at + summaryAt);
      this.slots[slot + 3] = at + summaryAt;
      this.slots[slot + 4] = at + summaryAt + summary.length;
    }
    this.used = alignedTo8(at + size);
    if (source !== undefined || stamp) this.extras.set(index, { ...(source !== undefined && { source }), ...(stamp && { stamp }) });
  }

  /** Every summary, unpacked together for the cross-report rules. */
  summaries(): RepoSummary[] {
    const summaries: RepoSummary[] = [];
    for (let index = 0; index < this.length; index++) {
      const slot = index * SLOTS;
      if (this.slots[slot + 3]! >= 0) summaries.push(unpackSummary(this.chunks[this.slots[slot]!]!.subarray(this.slots[slot + 3], this.slots[slot + 4])));
    }
    return summaries;
  }

  /** Outcome `index` without its summary. */
  result(index: number): Omit<FileOutcome, 'summary'> {
    const slot = index * SLOTS;
    const result = deserialize(this.chunks[this.slots[slot]!]!.subarray(this.slots[slot + 1], this.slots[slot + 2])) as LintResult;
    return { result, ...this.extras.get(index) };
  }
}

export interface LinterPool {
  /** Lanes linting in parallel: the main thread and the worker threads. */
  readonly size: number;
  lint(task: LintTask): Promise<PackedOutcome>;
  close(): Promise<void>;
}

type Reply = { id: number; packed: PackedOutcome } | { id: number; error: string };

/** Below this many files, starting threads costs more than it saves. */
export const IN_PROCESS_BELOW = 8;

function inProcess(setup: PoolSetup): LinterPool {
  const linter = new FileLinter(setup.linter);
  return { size: 1, lint: async (task) => packOutcome(await lintOne(linter, task, setup)), close: async () => {} };
}

/**
 * A worker holds one report's model at a time, so its young generation bounds most of its heap.
 * 24 MB (semi-spaces of 8 MB) is the middle way: at 16 MB a Markdown report's parse outlived
 * several collections, each copying it (~15 % more CPU); at 32 MB the CPU was the same within the
 * noise of a shared machine (one worker over 2,500 files: 10.7–12.9 s against 11.1–11.4 s) and the
 * run's peak memory ~12 MB higher; at 48 MB (the main thread's) ~20 MB higher still. A report far
 * beyond any real one still fits.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 24 };
/** The new space (two semi-spaces) of a worker's young generation of 24 MB. */
const WORKER_NEW_SPACE_BYTES = 16 << 20;

/**
 * The main thread's young generation is sized at start-up from the command line only (48 MB); a
 * lane's heap needs no more than a worker's. V8 doubles the new space while many objects survive
 * and reads the growth factor at each collection, so once the main thread's new space has grown to
 * a worker's, growth stops. The flag is process-wide: workers, started with the run, have grown to
 * their limit by then (a worker started later keeps the size it has).
 */
function stopGrowthAtWorkerSize(): () => void {
  let stopped = false;
  return () => {
    if (stopped) return;
    const newSpace = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
    if (!newSpace || newSpace.space_size < WORKER_NEW_SPACE_BYTES) return;
    setFlagsFromString('--semi-space-growth-factor=1');
    stopped = true;
  };
}

/**
 * The worker script: compiled JS next to this module; from the TypeScript sources (vitest, tsx)
 * the worker registers tsx first. Undefined when neither works: the caller lints in-process.
 */
function startWorker(setup: PoolSetup): Worker | undefined {
  return startThread(import.meta.url, 'worker-entry', { workerData: setup, resourceLimits: WORKER_LIMITS });
}

interface Lane {
  worker: Worker;
  pending: Map<number, { resolve(packed: PackedOutcome): void; reject(error: Error): void }>;
}

/**
 * Heap policy for a batch run. V8 lets a heap grow to about 4× what survives a full collection
 * before the next one; a lane keeps ~20 MB alive but its heap grew to ~100 MB, and that slack was
 * most of a run's peak memory. Growing by 2× halves it. The collections this adds would each throw
 * away optimized code with the object shapes (maps) it was made for, which the next report makes
 * again (~35 % slower); keeping unused maps for 64 collections spares it. The flags are
 * process-wide and read at each collection: set once, they serve the main thread and every worker.
 */
function preferSmallHeaps(): void {
  setFlagsFromString('--heap-growing-percent=100');
  setFlagsFromString('--retain-maps-for-n-gc=64');
}

/**
 * `jobs` lanes: the main thread and `jobs − 1` worker threads (each with its own FileLinter), or
 * in-process alone for one job. The main thread lints too rather than wait: every V8 heap a lane
 * adds costs some 100 MB at its peak, and the main thread's own work (handing out files, keeping
 * packed outcomes) is light.
 */
export function createPool(setup: PoolSetup, jobs: number, here: LinterPool = inProcess(setup)): LinterPool {
  if (jobs <= 1) return here;
  preferSmallHeaps();
  let nextId = 0;
  let hereBusy = 0;
  const afterHere = stopGrowthAtWorkerSize();
  const lanes: Lane[] = [];
  const open = (): Lane | undefined => {
    const worker = startWorker(setup);
    if (!worker) return undefined;
    const lane: Lane = { worker, pending: new Map() };
    worker.on('message', (reply: Reply) => {
      const waiting = lane.pending.get(reply.id)!;
      lane.pending.delete(reply.id);
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.packed);
    });
    // A dead worker fails what it held; a fresh one takes its place.
    worker.on('error', (error) => {
      for (const waiting of lane.pending.values()) waiting.reject(error);
      lane.pending.clear();
      const replacement = open();
      if (replacement) lanes.splice(lanes.indexOf(lane), 1, replacement);
    });
    return lane;
  };
  for (let i = 1; i < jobs; i++) {
    const lane = open();
    if (!lane) return here;
    lanes.push(lane);
  }
  return {
    size: jobs,
    lint(task) {
      const lane = lanes.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
      if (hereBusy < lane.pending.size) {
        hereBusy++;
        // Through the event loop first: the workers' replies (and their next files) must not wait
        // behind a run of main-thread files that only ever yield to microtasks.
        return new Promise(setImmediate).then(() => here.lint(task)).finally(() => {
          hereBusy--;
          afterHere();
        });
      }
      const id = nextId++;
      return new Promise((resolve, reject) => {
        lane.pending.set(id, { resolve, reject });
        lane.worker.postMessage({ id, task });
      });
    },
    async close() {
      await Promise.all(lanes.map((lane) => lane.worker.terminate()));
    },
  };
}

export interface LanesOptions {
  setup: PoolSetup;
  jobs: number;
  /** `--cache`: answers from the cache or runs the task and stores it. */
  cached?: (filePath: string, run: (task: LintTask) => Promise<PackedOutcome>) => Promise<PackedOutcome>;
  /** Called once per finished file (progress bar). */
  onFile?: () => void;
}

/**
 * Lints files through the pool, a few in flight per thread so none waits for the next task.
 * Outcomes come back in the order of `files`, whatever order the threads finish in.
 */
export async function lintInLanes(files: string[], options: LanesOptions): Promise<HeldOutcomes> {
  const jobs = files.length < IN_PROCESS_BELOW ? 1 : options.jobs;
  // Threads start only when enough files need linting: a run answered from the cache but for a
  // changed file or two lints those here rather than wait for threads to load the tool.
  let pool: LinterPool | undefined;
  let here: LinterPool | undefined;
  let misses = 0;
  // One main-thread lane (one FileLinter: config, plugins) serves alone and inside the pool.
  const mainLane = () => (here ??= inProcess(options.setup));
  const poolFor = () => (options.cached && ++misses <= IN_PROCESS_BELOW ? mainLane() : (pool ??= createPool(options.setup, jobs, mainLane())));
  const run = (task: LintTask): Promise<PackedOutcome> =>
    poolFor().lint(task).catch((error: Error) =>
      packOutcome({ result: { filePath: task.filePath, diagnostics: [], failure: fileFailure('rule-crash', options.setup.linter.lang, error.message) } }),
    );
  // Outcomes stay packed while files are linted.
  const held = new HeldOutcomes(files.length);
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const i = next++;
      const filePath = files[i]!;
      held.put(i, options.cached ? await options.cached(filePath, run) : await run({ filePath }));
      options.onFile?.();
    }
  };
  try {
    // Cache hits are file reads: let more of them overlap than there are threads.
    await Promise.all(Array.from({ length: options.cached ? 16 : jobs * 3 }, lane));
  } finally {
    await pool?.close();
  }
  return held;
}
