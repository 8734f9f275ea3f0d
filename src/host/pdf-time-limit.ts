import { InputLimitError } from '../input/limits.js';
import { readPdfFallbackWith, readWithPdfJs, type PdfPage } from '../input/pdf/load.js';
import { startThread } from './threads.js';

/**
 * PDF.js reads each file the fast reader declines in a thread of its own, ended after `seconds`:
 * on a damaged embedded font program it can loop without end (docs/reliability.md), and a thread
 * is the only thing that can be stopped. The file then fails as too slow to read; the run goes on.
 * Without threads (no compiled script, no tsx) PDF.js reads in this thread, unbounded, as before.
 */
export function boundPdfReading(seconds: number): void {
  readPdfFallbackWith(
    (bytes) =>
      new Promise<PdfPage[]>((resolve, reject) => {
        const thread = startThread(import.meta.url, 'pdf-reader-thread', { workerData: bytes });
        if (!thread) return void readWithPdfJs(bytes).then(resolve, reject);
        const timer = setTimeout(() => {
          void thread.terminate();
          reject(new InputLimitError('read-too-slow', `${seconds} s`));
        }, seconds * 1000);
        thread.once('message', (answer: { pages?: PdfPage[]; error?: string }) => {
          clearTimeout(timer);
          void thread.terminate();
          if (answer.pages) resolve(answer.pages);
          else reject(new Error(answer.error));
        });
        thread.once('error', (error) => {
          clearTimeout(timer);
          reject(error);
        });
      }),
  );
}
