import { parentPort, workerData } from 'node:worker_threads';
import { readWithPdfJs } from '../input/pdf/load.js';
import { ignorePdfJsRejections } from './pdf-rejections.js';

// The thread boundPdfReading starts for one file: PDF.js's pages, or why it could not read them.
ignorePdfJsRejections();
readWithPdfJs(workerData as Uint8Array).then(
  (pages) => parentPort!.postMessage({ pages }),
  (error: Error) => parentPort!.postMessage({ error: error.message }),
);
