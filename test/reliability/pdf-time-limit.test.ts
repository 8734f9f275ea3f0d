import { afterEach, describe, expect, it } from 'vitest';
import { boundPdfReading } from '../../src/host/pdf-time-limit.js';
import { readInput } from '../../src/input/index.js';
import { readPdfFallbackWith, readWithPdfJs } from '../../src/input/pdf/load.js';
import { cutTablePdf, damagedXrefPdf } from '../support/pdf-handmade.js';

// A file the fast reader declines (its cross-reference table is damaged) goes to PDF.js, in a thread of its own.
describe('PDF.js reads in a thread the host ends at its time limit', () => {
  afterEach(() => readPdfFallbackWith(readWithPdfJs));

  it('within the limit, the thread reads the damaged file as the fast reader reads it whole', async () => {
    boundPdfReading(60);
    const read = await readInput('damaged.pdf', damagedXrefPdf());
    const whole = await readInput('whole.pdf', cutTablePdf());
    expect(read.ok && whole.ok).toBe(true);
    expect(read.ok && read.input.source).toBe(whole.ok && whole.input.source);
  });

  it('past the limit, the thread is ended and the file fails as too slow to read', async () => {
    // No thread starts and reads a PDF within a millisecond: the limit always comes first.
    boundPdfReading(0.001);
    expect(await readInput('damaged.pdf', damagedXrefPdf())).toEqual({ ok: false, reason: 'read-too-slow', detail: '0.001 s' });
  });
});
