import { parentPort, workerData } from 'node:worker_threads';
import { FileLinter } from './file-linter.js';
import { lintOne, packOutcome, type LintTask, type PoolSetup } from './workers.js';

// A worker thread of the pool: its own FileLinter (config discovery, plugins), one file per message.
const setup = workerData as PoolSetup;
const linter = new FileLinter(setup.linter);

parentPort!.on('message', ({ id, task }: { id: number; task: LintTask }) => {
  lintOne(linter, task, setup).then(
    (outcome) => parentPort!.postMessage({ id, packed: packOutcome(outcome) }),
    (error: Error) => parentPort!.postMessage({ id, error: error.stack ?? String(error) }),
  );
});
