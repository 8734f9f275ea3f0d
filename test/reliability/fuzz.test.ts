import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyFile, pdfSeeds, problemWith, seeds, type FuzzCase } from './fuzz-inputs.js';

/** Each adapter fed any bytes: no exception escapes, no rule crashes, every finding inside the file. `npm run fuzz` runs 100,000 of these. */
describe('any file, through every input adapter', () => {
  for (const format of ['txt', 'md', 'html', 'docx']) {
    it(`.${format}`, async () => {
      const seedCases = await seeds();
      const ofFormat = anyFile(seedCases).map((file): FuzzCase => ({ ...file, name: `r.${format}` }));
      await fc.assert(
        fc.asyncProperty(ofFormat, async (file) => {
          expect(await problemWith(file)).toBeUndefined();
        }),
        { numRuns: 120 },
      );
    }, 120_000);
  }

  it('.pdf, the real reports printed by LibreOffice among the seeds (the fast reader, and PDF.js after it)', async () => {
    const seedCases = await seeds();
    const ofFormat = anyFile([...seedCases, ...pdfSeeds(seedCases)]).map((file): FuzzCase => ({ ...file, name: 'r.pdf' }));
    await fc.assert(
      fc.asyncProperty(ofFormat, async (file) => {
        expect(await problemWith(file)).toBeUndefined();
      }),
      { numRuns: 120 },
    );
  }, 300_000);
});
