import { afterEach, describe, expect, it } from 'vitest';
import { boundPdfReading } from '../../src/host/pdf-time-limit.js';
import { readInput } from '../../src/input/index.js';
import { readPdfFallbackWith, readWithPdfJs } from '../../src/input/pdf/load.js';
import { cutTablePdf, damagedXrefPdf } from '../support/pdf-handmade.js';

// A file the fast reader declines (its cross-reference table is damaged) goes to PDF.js, in a thread of its own.
describe('PDF.js reads in a thread the host ends at its time limit', () => {
  afterEach(() => readPdfFallbackWith(readWithPdfJs));

  it('within the limit, the thread reads the damaged file as PDF.js does: every cell the page does not cut as the fast reader reads the whole file', async () => {
    boundPdfReading(60);
    const read = await readInput('damaged.pdf', damagedXrefPdf());
    const whole = await readInput('whole.pdf', cutTablePdf());
    if (!read.ok || !whole.ok) throw new Error('both files must be read');
    const cells = (blocks: unknown[]) => blocks.flatMap((block) => ((block as { rows?: Array<Array<{ text: string; cut?: boolean }>> }).rows ?? []).flat());
    const kept = cells(read.input.blocks).filter((cell) => !cell.cut).map((cell) => cell.text);
    expect(kept).toHaveLength(11);
    expect(kept).toEqual(cells(whole.input.blocks).map((cell) => cell.text).filter((text) => kept.includes(text)));
  });

  it('past the limit, the thread is ended and the file fails as too slow to read; the next file gets a new thread', async () => {
    // The damaged file with 8 MB of comment after it: PDF.js rebuilds its cross references by reading every byte,
    // far longer than a millisecond (the small file alone, in a warm thread, could answer before the timer fires).
    const damaged = damagedXrefPdf();
    const slow = new Uint8Array(damaged.length + 8_000_002);
    slow.set(damaged);
    slow.set(new TextEncoder().encode(`\n%${'0'.repeat(8_000_000)}`), damaged.length);
    boundPdfReading(0.001);
    expect(await readInput('damaged.pdf', slow)).toEqual({ ok: false, reason: 'read-too-slow', detail: '0.001 s' });
    boundPdfReading(60);
    expect(await readInput('damaged.pdf', damagedXrefPdf())).toMatchObject({ ok: true });
  });
});
