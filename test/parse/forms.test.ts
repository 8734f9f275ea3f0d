import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../src/model/outline.js';
import { FIXTURES } from '../fixtures.js';
import { parseBytes, parseFixture } from '../helpers.js';
import { toDocx, toHtml, toMarkdown } from '../support/render.js';

const encode = (text: string) => new TextEncoder().encode(text);

/** Issue 2: the same report as .txt, .md, .html and .docx gives identical table values. */
describe.each([FIXTURES.changleTownship2023, FIXTURES.dayaoCounty2021, FIXTURES.amengTownship2017])('%s in four input forms', (file) => {
  it('gives the same tables, parts, year and body in every form', async () => {
    const original = await parseFixture(file);
    const expected = outlineOf(original);
    const forms = {
      markdown: await parseBytes('report.md', encode(toMarkdown(original))),
      // Table rows as `| a | b |` lines in a .txt file, as a copy from some sites gives.
      pipeRowsText: await parseBytes('report.txt', encode(toMarkdown(original).replace(/^#+ /gm, ''))),
      html: await parseBytes('report.html', encode(toHtml(original))),
      docx: await parseBytes('report.docx', await toDocx(original)),
    };
    for (const [form, report] of Object.entries(forms)) {
      const summary = outlineOf(report);
      expect(summary.tables, form).toEqual(expected.tables);
      expect(summary.generation, form).toBe(expected.generation);
      expect(summary.sections.map((section) => section.marker + section.title), form).toEqual(expected.sections.map((section) => section.marker + section.title));
    }
  });
});
