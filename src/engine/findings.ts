import type { Position } from 'unist';
import type { Diagnostic, Severity } from './diagnostic.js';
import { ruleCrashMessage } from './failures.js';
import { renderMessage } from './messages.js';
import type { Lang, MessageTemplate, RuleMeta } from './rule.js';

export const DOCS_BASE = 'https://github.com/xxgk-lint/xxgk-lint/blob/main/docs/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}rules/${ruleId}.md`;
}

/** A related place a rule emitted, its place known; `filePath` when it lies in another report of the run. */
export interface PlacedRelated {
  messageId?: string;
  message?: MessageTemplate;
  data?: Record<string, string | number>;
  position: Position;
  filePath?: string;
}

/** What a rule of either kind emitted, once its place is known. */
export interface PlacedReport {
  messageId: string;
  data?: Record<string, string | number>;
  position: Position;
  related: PlacedRelated[];
  suggestion?: { text: string; position: Position; messageId: string };
}

/** A rule's report as a finding: the one place where templates are filled, for per-report and cross-report rules alike. */
export function findingOf(meta: RuleMeta, severity: Severity, lang: Lang, report: PlacedReport): Diagnostic {
  const template = meta.messages[report.messageId];
  if (!template) throw new Error(`rule ${meta.id} reported unknown messageId "${report.messageId}"`);
  return {
    ruleId: meta.id,
    messageId: report.messageId,
    severity,
    message: renderMessage(template, lang, report.data),
    position: report.position,
    related: report.related.map((related) => {
      const relatedTemplate = related.message ?? (related.messageId ? meta.messages[related.messageId] : undefined);
      return {
        message: relatedTemplate ? renderMessage(relatedTemplate, lang, related.data) : '',
        position: related.position,
        ...(related.filePath !== undefined && { filePath: related.filePath }),
      };
    }),
    docsUrl: docsUrl(meta.id),
    ...(report.suggestion && {
      suggestion: {
        text: report.suggestion.text,
        position: report.suggestion.position,
        message: renderMessage(meta.messages[report.suggestion.messageId]!, lang, report.data),
      },
    }),
  };
}

/** A rule that threw: an error finding at `position` (the report, or the first report of a run), never a crash of the run. */
export function crashFindingOf(meta: RuleMeta, error: unknown, position: Position, lang: Lang): Diagnostic {
  return {
    ruleId: meta.id,
    messageId: 'crash',
    severity: 2,
    message: ruleCrashMessage(lang, (error as Error).message),
    position,
    related: [],
    docsUrl: docsUrl(meta.id),
  };
}
