/**
 * `npm run fuzz [-- COUNT [SEED]]`: COUNT (default 100,000) files of any kind (every adapter:
 * .txt .md .html .docx .doc .pdf) through the whole pipeline (fuzz-inputs.ts), in child processes
 * watched from here. A crash is an input that threw, crashed a rule or the parser, or placed a
 * finding outside the file; a hang is an input the child spent HANG_SECONDS of CPU time on without
 * finishing. Each is printed with the sample seed and index that make it again (`--replay`). Run
 * before a release; the figures go into docs/reliability.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { ignorePdfJsRejections } from '../../src/host/pdf-rejections.js';
import { boundPdfReading } from '../../src/host/pdf-time-limit.js';
import { anyFile, printedSeeds, problemWith, seeds } from './fuzz-inputs.js';

const HANG_SECONDS = 60;
/** Loading the tool and rendering the seeds (.docx, and .pdf and .doc by LibreOffice) before the first input. */
const START_SECONDS = 180;
const BATCH = 500;

async function arbitraryFile() {
  const textual = await seeds();
  return anyFile([...textual, ...printedSeeds(textual)]);
}

/** Inputs `from` to `count` of the lane that starts at `seed` (a lane goes on past an input that hung or crashed its child). */
async function child(seed: number, count: number, from: number): Promise<void> {
  const arbitrary = await arbitraryFile();
  for (let done = from - (from % BATCH); done < count; done += BATCH) {
    const files = fc.sample(arbitrary, { numRuns: Math.min(BATCH, count - done), seed: seed + done });
    for (const [i, file] of files.entries()) {
      if (done + i < from) continue;
      const problem = await problemWith(file);
      if (problem) process.stdout.write(`crash ${JSON.stringify({ seed: seed + done, index: i, name: file.name, problem: problem.slice(0, 500) })}\n`);
      process.stdout.write('done 1\n');
    }
  }
}

interface Tally {
  inputs: number;
  crashes: string[];
  hangs: string[];
}

/** Where a child's `done`-th input is: the sample's seed and its index, to replay it with fc.sample. */
const inputAt = (seed: number, done: number) => `seed ${seed + done - (done % BATCH)}, index ${done % BATCH}`;

/** User and system CPU seconds of a process (Linux); undefined elsewhere, and then wall time counts. */
function cpuSecondsOf(pid: number | undefined): number | undefined {
  try {
    // Fields 14 and 15 of /proc/PID/stat, counted after the command name's closing parenthesis.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** Crashes and hangs are printed as they come (a run takes most of an hour), and kept for the summary. */
function found(list: string[], line: string): void {
  list.push(line);
  process.stderr.write(`fuzz: ${line}\n`);
}

/** The children running, ended with the run when it is stopped. */
const running = new Set<ChildProcess>();

function watch(seed: number, count: number, tally: Tally, from = 0): Promise<void> {
  return new Promise((resolve) => {
    const script = fileURLToPath(import.meta.url);
    const worker = spawn(process.execPath, ['--import', 'tsx', script, '--child', String(seed), String(count), String(from)], { stdio: ['ignore', 'pipe', 'inherit'] });
    running.add(worker);
    let timer: NodeJS.Timeout;
    let done = from;
    let hung = false;
    // Since the last input finished: the child's CPU time then, and how much of it may pass.
    let since: number | undefined;
    let allowed = 0;
    const check = () => {
      // On a loaded machine the child may only have waited for a core: its own CPU time counts (wall time where it cannot be read).
      const now = cpuSecondsOf(worker.pid);
      const spent = since === undefined || now === undefined ? allowed : now - since;
      if (spent < allowed) return void (timer = setTimeout(check, Math.max(1, allowed - spent) * 1000));
      hung = true;
      found(tally.hangs, `${inputAt(seed, done)}: nothing finished in ${allowed} s`);
      worker.kill('SIGKILL');
    };
    const arm = (seconds: number) => {
      clearTimeout(timer);
      [since, allowed] = [cpuSecondsOf(worker.pid), seconds];
      timer = setTimeout(check, seconds * 1000);
    };
    arm(START_SECONDS);
    let pending = '';
    worker.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('done ')) {
          done += Number(line.slice(5));
          tally.inputs += Number(line.slice(5));
          if (tally.inputs % 10_000 === 0) process.stderr.write(`fuzz: ${tally.inputs} inputs\n`);
          arm(HANG_SECONDS);
        } else if (line.startsWith('crash ')) found(tally.crashes, line.slice(6));
      }
    });
    worker.on('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(worker);
      // A child that died on its own (an exit code, or a signal such as the kernel's out-of-memory kill) crashed on the input it was at.
      const crashed = !hung && (code !== 0 || signal !== null);
      if (crashed) found(tally.crashes, `${inputAt(seed, done)}: the child ended with ${signal ?? `exit code ${code}`}`);
      if (!hung && !crashed) return resolve();
      // The input it ended on counts; a new child goes on with the next one.
      tally.inputs += 1;
      resolve(done + 1 < count ? watch(seed, count, tally, done + 1) : undefined);
    });
  });
}

async function parent(count: number, seed: number): Promise<void> {
  const lanes = Math.max(1, availableParallelism());
  const tally: Tally = { inputs: 0, crashes: [], hangs: [] };
  const started = performance.now();
  const share = Math.ceil(count / lanes);
  const summary = (stopped = '') => {
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(`fuzz: ${tally.inputs} inputs in ${seconds} s (seed ${seed}, ${lanes} processes)${stopped}: ${tally.crashes.length} crashes, ${tally.hangs.length} hangs`);
    for (const line of [...tally.crashes, ...tally.hangs]) console.log(`  ${line}`);
  };
  // A run stopped early (kill PID) still says what it did.
  process.once('SIGTERM', () => {
    for (const worker of running) worker.kill('SIGKILL');
    summary(', stopped');
    process.exit(1);
  });
  await Promise.all(Array.from({ length: lanes }, (_, lane) => watch(seed + lane * 1_000_003, Math.min(share, count - lane * share), tally)));
  summary();
  process.exitCode = tally.crashes.length + tally.hangs.length > 0 || tally.inputs < count ? 1 : 0;
}

/** `npm run fuzz -- --replay SEED INDEX`: writes the input a crash or hang names into the current folder, and checks it. */
async function replay(seed: number, index: number): Promise<void> {
  const file = fc.sample(await arbitraryFile(), { numRuns: index + 1, seed })[index]!;
  const path = `fuzz-${seed}-${index}-${file.name}`;
  writeFileSync(path, file.bytes);
  const started = performance.now();
  const problem = await problemWith(file);
  console.log(`${path}: ${problem ?? 'handled'} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

// Children and replays lint as every shell does (src/host/file-linter.ts), PDF.js bounded well within a hang's CPU time.
ignorePdfJsRejections();
boundPdfReading(HANG_SECONDS / 3);
const args = process.argv.slice(2);
if (args[0] === '--child') await child(Number(args[1]), Number(args[2]), Number(args[3]));
else if (args[0] === '--replay') await replay(Number(args[1]), Number(args[2]));
else await parent(Number(args[0] ?? 100_000), Number(args[1] ?? 20261202));
