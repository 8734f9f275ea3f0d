/**
 * PDF.js keeps promises it may never await (the catalog caches a fetch of each top-level page while
 * it looks for one): in a damaged file several reject, and when it then starts over in recovery
 * mode nobody listens. In a browser that is a console line; in Node an unhandled rejection ends the
 * process or thread, the whole run with it. PDF.js's own exceptions are therefore let pass when
 * unhandled (the file still gets its answer from the promise that is awaited); any other unhandled
 * rejection is handled as it would be without this listener.
 */
const PDFJS_EXCEPTIONS = new Set(['XRefEntryException', 'XRefParseException', 'FormatError', 'MissingDataException', 'InvalidPDFException', 'UnknownErrorException']);

let listening = false;

/** Called by whatever lints files in this process or thread (idempotent). */
export function ignorePdfJsRejections(): void {
  if (listening) return;
  listening = true;
  process.on('unhandledRejection', (reason) => {
    if (reason instanceof Error && PDFJS_EXCEPTIONS.has(reason.name)) return;
    // Alone, end the process as Node would; beside another listener (a program using the library, a test runner), leave it to that.
    if (process.listenerCount('unhandledRejection') === 1) throw reason;
  });
}
