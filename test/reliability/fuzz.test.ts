import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyFile, printedSeeds, problemWith, seeds, type FuzzCase } from './fuzz-inputs.js';

const checkAll = (seedCases: FuzzCase[], format: string) =>
  fc.assert(
    fc.asyncProperty(
      anyFile(seedCases).map((file): FuzzCase => ({ ...file, name: `r.${format}` })),
      async (file) => {
        expect(await problemWith(file)).toBeUndefined();
      },
    ),
    { numRuns: 120 },
  );

/** Each adapter fed any bytes: no exception escapes, no rule crashes, every finding inside the file. `npm run fuzz` runs 100,000 of these. */
describe('any file, through every input adapter', () => {
  for (const format of ['txt', 'md', 'html', 'docx']) {
    it(`.${format}`, async () => {
      await checkAll(await seeds(), format);
    }, 120_000);
  }

  // One LibreOffice run makes the PDF and Word 97 seeds for both tests.
  let printed: Promise<FuzzCase[]> | undefined;
  const withPrinted = async () => {
    const seedCases = await seeds();
    printed ??= Promise.resolve(printedSeeds(seedCases));
    return [...seedCases, ...(await printed)];
  };

  it('.pdf, the real reports printed by LibreOffice among the seeds (the fast reader, and PDF.js after it)', async () => {
    await checkAll(await withPrinted(), 'pdf');
  }, 300_000);

  it('.doc, the real reports saved as Word 97 by LibreOffice among the seeds', async () => {
    await checkAll(await withPrinted(), 'doc');
  }, 300_000);
});
