import { readFile } from 'node:fs/promises';
import type { LintResult } from '../engine/diagnostic.js';
import { applySuggestions } from '../engine/fix.js';
import { decodeBytes } from '../input/decode.js';
import { formatOf, isTextForm } from '../input/index.js';
import { writeAtomically } from './cache.js';

const UTF8_BOM = '\uFEFF';

/**
 * `--fix`: writes the rules' suggestions into the files and drops the findings they settle.
 * Only UTF-8 text files (.txt .md .html) are rewritten, whole and atomically (a temporary file
 * renamed over the original), so a file is never left half written; Word and PDF files and other
 * encodings are left as they are, their findings kept.
 */
export async function fixFiles(results: LintResult[]): Promise<LintResult[]> {
  return Promise.all(
    results.map(async (result) => {
      if (!result.diagnostics.some((d) => d.suggestion) || !isTextForm(formatOf(result.filePath))) return result;
      const bytes = await readFile(result.filePath);
      const decoded = decodeBytes(bytes);
      if (!decoded.ok || decoded.encoding !== 'utf-8') return result;
      const { text, fixed } = applySuggestions(decoded.text, result.diagnostics);
      if (fixed.length === 0) return result;
      const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      await writeAtomically(result.filePath, (hadBom ? UTF8_BOM : '') + text);
      return { ...result, diagnostics: result.diagnostics.filter((d) => !fixed.includes(d)) };
    }),
  );
}
