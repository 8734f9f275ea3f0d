import { parentPort, workerData } from 'node:worker_threads';
import { FileLinter } from '../host/file-linter.js';
import { lintOne, packOutcome, type LintTask, type PackedOutcome, type PoolSetup } from './workers.js';

// A worker thread of the pool: its own FileLinter (config discovery, plugins), one file per message.
const setup = workerData as PoolSetup;
const linter = new FileLinter(setup.linter);

/**
 * The packed bytes are handed over, not copied: the main thread keeps the worker's allocation
 * instead of making its own, which left ~15 MB of a 10,000-file run's memory fragmented. Only a
 * buffer the bytes fill alone can go (transferring a shared one would empty its other views).
 */
function wholeBuffers({ result, summary }: PackedOutcome): ArrayBuffer[] {
  return [result, summary].flatMap((bytes) => (bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : []));
}

parentPort!.on('message', ({ id, task }: { id: number; task: LintTask }) => {
  lintOne(linter, task, setup).then(
    (outcome) => {
      const packed = packOutcome(outcome);
      parentPort!.postMessage({ id, packed }, wholeBuffers(packed));
    },
    (error: Error) => parentPort!.postMessage({ id, error: error.stack ?? String(error) }),
  );
});
