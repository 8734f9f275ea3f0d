import { parentPort } from 'node:worker_threads';
import { readWithPdfJs } from '../input/pdf/load.js';
import { ignorePdfJsRejections } from './pdf-rejections.js';

// The thread boundPdfReading reads with: for each file sent, PDF.js's pages or why it could not read them.
ignorePdfJsRejections();
parentPort!.on('message', (bytes: Uint8Array) => {
  readWithPdfJs(bytes).then(
    (pages) => parentPort!.postMessage({ pages }),
    (error: Error) => parentPort!.postMessage({ error: error.message }),
  );
});
