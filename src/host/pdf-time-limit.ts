import type { Worker } from 'node:worker_threads';
import { InputLimitError } from '../input/limits.js';
import { readPdfFallbackWith, readWithPdfJs, type PdfPage } from '../input/pdf/load.js';
import { startThread } from './threads.js';

/**
 * PDF.js reads each file the fast reader declines in a thread of its own, ended after `seconds`:
 * on a damaged embedded font program it can loop without end (docs/reliability.md), and a thread
 * is the only thing that can be stopped. The file then fails as too slow to read; the run goes on.
 * The thread reads one file after another (PDF.js loaded once) and is started again after it was
 * ended. Without threads (no compiled script, no tsx) PDF.js reads in this thread, unbounded.
 */
export function boundPdfReading(seconds: number): void {
  readPdfFallbackWith((bytes) => {
    const pages = waiting.then(() => readInThread(bytes, seconds));
    waiting = pages.catch(() => undefined);
    return pages;
  });
}

/** The reading thread, idle between files (it keeps no process alive). */
let reader: Worker | undefined;
/** Files go to the thread one at a time. */
let waiting: Promise<unknown> = Promise.resolve();

function readInThread(bytes: Uint8Array, seconds: number): Promise<PdfPage[]> {
  if (!reader) {
    reader = startThread(import.meta.url, 'pdf-reader-thread', {});
    reader?.unref();
  }
  const thread = reader;
  if (!thread) return readWithPdfJs(bytes);
  return new Promise<PdfPage[]>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      thread.off('message', answered);
      thread.off('error', failed);
    };
    const answered = (answer: { pages?: PdfPage[]; error?: string }) => {
      done();
      if (answer.pages) resolve(answer.pages);
      else reject(new Error(answer.error));
    };
    const failed = (error: Error) => {
      done();
      reader = undefined;
      reject(error);
    };
    const timer = setTimeout(() => {
      done();
      reader = undefined;
      void thread.terminate();
      reject(new InputLimitError('read-too-slow', `${seconds} s`));
    }, seconds * 1000);
    thread.on('message', answered);
    thread.on('error', failed);
    thread.postMessage(bytes);
  });
}
