import type { Knowledge } from '../../../src/engine/rule-api.js';
import type { Lang, MessageTemplate } from '../../../src/engine/rule.js';
import type { TableKind } from '../../../src/model/types.js';
import { applicantColumns } from '../../../src/parse/prose/patterns.js';

/** Where a metric sits, for messages: 表三“予以公开”总计 / table 3 "granted" (total). */
export function whereOf(entry: { table: TableKind; label: MessageTemplate }, column: string, lang: Lang, knowledge: Knowledge): string {
  const { COLUMNS, GROUP_NAMES } = applicantColumns.get(knowledge);
  const table = knowledge.claims.tableNames[entry.table][lang];
  if (lang === 'en') return `${table} "${entry.label.en}"${entry.table === 'applications' ? ` (${GROUP_NAMES.get(column) ?? column})` : ''}`;
  const label = [...COLUMNS].find(([, key]) => key === column)?.[0];
  return `${table}“${entry.label.zh}”${entry.table === 'applications' ? (label ? `${label}列` : '总计') : ''}`;
}

