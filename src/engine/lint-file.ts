import { fileFailure } from './failures.js';
import { readInput } from '../input/index.js';
import type { AdaptedInput } from '../model/block.js';
import { paragraphsOf, partsOf, tablesOf } from '../model/query.js';
import type { InputFormat, Report } from '../model/types.js';
import { buildReport } from '../parse/index.js';
import type { Diagnostic, LintResult } from './diagnostic.js';
import type { PageLine } from '../model/block.js';
import type { Position } from 'unist';
import { lintReportWithin } from './lint.js';
import type { ResolvedConfig } from './resolve.js';
import type { Lang } from './rule.js';

export interface FileLint {
  result: LintResult;
  report?: Report;
}

/** The opening of a page copied without its title still names what it is: "现公布……年度报告". */
const NAMES_ITSELF = /政府信息公开(?:工作)?年度报告|政府信息公开工作年报/;

/** A file with no table, no numbered part and no report title (nor an opening naming one) is not an annual report. */
export function looksLikeReport(report: Report): boolean {
  if (tablesOf(report).length > 0 || partsOf(report).length >= 2 || report.facts.title !== undefined) return true;
  return paragraphsOf(report.children).slice(0, 3).some((paragraph) => NAMES_ITSELF.test(paragraph.text));
}

/** Adapted input → report → diagnostics, with the failures every shell shows the same way. */
export function lintInput(filePath: string, format: InputFormat, input: AdaptedInput, config: ResolvedConfig, lang: Lang): FileLint {
  const { limits } = config.settings;
  const deadline = performance.now() + limits.secondsPerFile * 1000;
  let report: Report;
  try {
    report = buildReport(input, format);
  } catch (error) {
    return { result: { filePath, diagnostics: [], failure: fileFailure('parse-error', lang, (error as Error).message) } };
  }
  if (!looksLikeReport(report)) {
    return { report, result: { filePath, diagnostics: [], failure: fileFailure('not-a-report', lang) } };
  }
  const { facts } = report;
  const { diagnostics, late } = lintReportWithin(report, input.directives, config, lang, deadline);
  // Past the limit the first findings are listed and the rest counted: a page of 70,000 cards helps no one.
  const listed = diagnostics.length > limits.findingsPerFile ? diagnostics.slice(0, limits.findingsPerFile) : diagnostics;
  const failure = late
    ? fileFailure('too-slow', lang, `${limits.secondsPerFile} s`)
    : listed.length < diagnostics.length
      ? fileFailure('too-many-findings', lang, lang === 'zh' ? `${listed.length} 条，另有 ${diagnostics.length - listed.length} 条` : `${listed.length}; ${diagnostics.length - listed.length} more`)
      : undefined;
  return {
    report,
    result: {
      filePath,
      diagnostics: withPages(listed, input.pageLines),
      ...(failure && { failure }),
      summary: { generation: facts.generation, ...(facts.year && { year: facts.year.value }), ...(facts.body && { body: facts.body.value }) },
    },
  };
}

/** A PDF's findings (and their related places in the same file) name the page and the printed line. */
function withPages(diagnostics: Diagnostic[], pageLines: PageLine[] | undefined): Diagnostic[] {
  if (!pageLines) return diagnostics;
  const pageOf = (position: Position) => pageLines[position.start.line - 1];
  return diagnostics.map((d) => ({
    ...d,
    page: pageOf(d.position),
    related: d.related.map((place) => (place.filePath ? place : { ...place, page: pageOf(place.position) })),
  }));
}

const MB = 1024 * 1024;

/** The input size limit in bytes. */
export const maxBytesOf = (config: ResolvedConfig) => config.settings.limits.fileSizeMB * MB;

/** The failure of a file past the size limit (shells check the size before they read a file). */
export function sizeFailure(filePath: string, size: number, config: ResolvedConfig, lang: Lang): FileLint | undefined {
  const { fileSizeMB } = config.settings.limits;
  if (size <= maxBytesOf(config)) return undefined;
  return { result: { filePath, diagnostics: [], failure: fileFailure('too-large', lang, `${(size / MB).toFixed(1)} MB > ${fileSizeMB} MB`) } };
}

/** The whole pipeline from bytes; used by the CLI workers and the page alike. */
export async function lintBytes(filePath: string, bytes: Uint8Array, config: ResolvedConfig, lang: Lang): Promise<FileLint> {
  const tooLarge = sizeFailure(filePath, bytes.length, config, lang);
  if (tooLarge) return tooLarge;
  const read = await readInput(filePath, bytes);
  if (!read.ok) return { result: { filePath, diagnostics: [], failure: fileFailure(read.reason, lang, read.detail) } };
  return lintInput(filePath, read.format, read.input, config, lang);
}
