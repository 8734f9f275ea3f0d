import { fileFailure } from '../engine/failures.js';
import type { Lang } from '../engine/rule.js';
import { readFile, stat } from 'node:fs/promises';
import { sizeFailure } from '../engine/lint-file.js';
import { defaultSettings } from '../engine/resolve.js';
import { readInput } from '../input/index.js';
import { knowledge } from '../knowledge/index.js';
import { buildReport } from '../parse/index.js';
import { bodyAndYears, describeBodyAndYears } from './inspect-body.js';
import { outlineOf, type SectionOutline } from '../model/outline.js';
import { tablesOf } from '../model/query.js';
import type { Report } from '../model/types.js';
import type { ClaimView } from '../model/claim.js';
import { claimViews } from '../parse/prose/claim-views.js';
import { ignorePdfJsRejections } from '../host/pdf-rejections.js';
import { boundPdfReading } from '../host/pdf-time-limit.js';

export type InspectOutcome = { ok: true; text: string } | { ok: false; message: string };

/** `xxgk-lint inspect FILE [--json]`: the section tree, the recognised tables and the figures the prose states. */
export async function inspectFile(filePath: string, json: boolean, lang: Lang): Promise<InspectOutcome> {
  // The default size limit: inspect reads no config, and a file past it is not read at all.
  const tooLarge = sizeFailure(filePath, (await stat(filePath).catch(() => undefined))?.size ?? 0, { rules: [], settings: defaultSettings }, lang);
  if (tooLarge) return { ok: false, message: `${filePath}: ${tooLarge.result.failure!.message}` };
  const bytes = await readFile(filePath).catch((error: NodeJS.ErrnoException) => error);
  if (bytes instanceof Error) {
    const failure = bytes.code === 'ENOENT' ? fileFailure('not-found', lang) : fileFailure('unreadable', lang, bytes.code ?? bytes.message);
    return { ok: false, message: `${filePath}: ${failure.message}` };
  }
  ignorePdfJsRejections();
  boundPdfReading(defaultSettings.limits.secondsPerFile);
  const read = await readInput(filePath, bytes);
  if (!read.ok) return { ok: false, message: `${filePath}: ${fileFailure(read.reason, lang, read.detail).message}` };
  const report = buildReport(read.input, read.format);
  return { ok: true, text: json ? JSON.stringify({ ...outlineOf(report), ...bodyAndYears(report), claims: claimViews(report, knowledge) }, null, 2) : describe(report) };
}

function describe(report: Report): string {
  const outline = outlineOf(report);
  const lines = [
    `格式 generation: ${outline.generation}（年份 ${outline.generationEvidence.fromYear ?? '?'}，表头 ${outline.generationEvidence.fromTables ?? '?'}）`,
    `年度 year: ${outline.year ?? '未识别'}    单位 body: ${outline.body ?? '未识别'}`,
    ...(outline.title ? [`标题 title: ${outline.title}`] : []),
    ...(outline.period ? [`统计期限 period: ${outline.period.start} — ${outline.period.end}`] : []),
    ...(outline.published ? [`发布 published: ${outline.published}`] : []),
    '',
    ...describeBodyAndYears(report),
    '',
    '章节 sections:',
    ...tree(outline.sections),
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
  lines.push('正文数字 claims:', ...claimViews(report, knowledge).map(claimLine), '');
  return lines.join('\n');
}

/** Why a figure was or was not compared with the tables. */
const NOT_CHECKED: Record<ClaimView['scope'], string> = {
  own: '约数，不比对 approximate',
  region: '范围大于本单位，不比对 wider scope',
  part: '属于其中一部分，不比对 a part',
  other: '其他单位的数字，不比对 another body',
};

/** "  L5:12  全县共受理政府信息依申请公开5件  5件 → applications received:natural". */
function claimLine(claim: ClaimView): string {
  const note = claim.checked ? '' : `  (${NOT_CHECKED[claim.approximate && claim.scope === 'own' ? 'own' : claim.scope]})`;
  return `  L${claim.line}:${claim.column}  ${claim.text}  ${claim.value}${claim.unit} → ${claim.table} ${cellList(claim.cells)}${note}`;
}

/** A category's rows shortened: "withheld.*:total（8 项）" rather than eight keys. */
function cellList(cells: readonly string[]): string {
  const [row, column] = cells[0]?.split(':') ?? [];
  const group = row?.split('.')[0];
  const same = cells.length > 2 && cells.every((cell) => cell.startsWith(`${group}.`) && cell.endsWith(`:${column}`));
  return same ? `${group}.*:${column}（${cells.length} 项）` : cells.join(' + ');
}

function tree(sections: SectionOutline[], indent = '  '): string[] {
  return sections.flatMap((section) => [`${indent}${section.marker}${section.title}  (L${section.line ?? '?'})`, ...tree(section.children, indent + '  ')]);
}
