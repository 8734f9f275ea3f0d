import { fileFailure } from '../engine/failures.js';
import type { Lang } from '../engine/rule.js';
import { readFile, stat } from 'node:fs/promises';
import { sizeFailure } from '../engine/lint-file.js';
import { defaultSettings } from '../engine/resolve.js';
import { readInput } from '../input/index.js';
import { buildReport } from '../parse/index.js';
import { summarize, type SectionSummary } from '../model/summary.js';
import { tablesOf } from '../model/query.js';
import type { Report } from '../model/types.js';

export type InspectOutcome = { ok: true; text: string } | { ok: false; message: string };

/** `xxgk-lint inspect FILE [--json]`: the section tree and the recognised tables. */
export async function inspectFile(filePath: string, json: boolean, lang: Lang): Promise<InspectOutcome> {
  // The default size limit: inspect reads no config, and a file past it is not read at all.
  const tooLarge = sizeFailure(filePath, (await stat(filePath).catch(() => undefined))?.size ?? 0, { rules: [], settings: defaultSettings }, lang);
  if (tooLarge) return { ok: false, message: `${filePath}: ${tooLarge.result.failure!.message}` };
  const bytes = await readFile(filePath).catch((error: NodeJS.ErrnoException) => error);
  if (bytes instanceof Error) {
    const failure = bytes.code === 'ENOENT' ? fileFailure('not-found', lang) : fileFailure('unreadable', lang, bytes.code ?? bytes.message);
    return { ok: false, message: `${filePath}: ${failure.message}` };
  }
  const read = await readInput(filePath, bytes);
  if (!read.ok) return { ok: false, message: `${filePath}: ${fileFailure(read.reason, lang, read.detail).message}` };
  const report = buildReport(read.input, read.format);
  return { ok: true, text: json ? JSON.stringify(summarize(report), null, 2) : describe(report) };
}

function describe(report: Report): string {
  const summary = summarize(report);
  const lines = [
    `格式 generation: ${summary.generation}（年份 ${summary.generationEvidence.fromYear ?? '?'}，表头 ${summary.generationEvidence.fromTables ?? '?'}）`,
    `年度 year: ${summary.year ?? '未识别'}    单位 body: ${summary.body ?? '未识别'}`,
    ...(summary.title ? [`标题 title: ${summary.title}`] : []),
    ...(summary.period ? [`统计期限 period: ${summary.period.start} — ${summary.period.end}`] : []),
    ...(summary.published ? [`发布 published: ${summary.published}`] : []),
    '',
    '章节 sections:',
    ...tree(summary.sections),
    '',
  ];
  for (const table of tablesOf(report)) {
    lines.push(`表格 table ${table.kind} (${table.generation}), 第 ${table.position?.start.line ?? '?'}–${table.position?.end.line ?? '?'} 行, ${table.children.length} 个单元格:`);
    const width = table.children.reduce((widest, cell) => Math.max(widest, cell.key.length), 0);
    for (const cell of table.children) {
      const written = cell.raw !== String(cell.value ?? '') ? `  (原文 "${cell.raw}")` : '';
      lines.push(`  ${cell.key.padEnd(width)}  ${String(cell.value ?? '空白').padStart(6)}  L${cell.position?.start.line ?? '?'}${written}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function tree(sections: SectionSummary[], indent = '  '): string[] {
  return sections.flatMap((section) => [`${indent}${section.marker}${section.title}  (L${section.line ?? '?'})`, ...tree(section.children, indent + '  ')]);
}
