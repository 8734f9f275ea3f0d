import type { Directive } from '../model/block.js';
import type { Report } from '../model/types.js';
import { knowledge } from '../knowledge/index.js';
import type { Diagnostic } from './diagnostic.js';
import { renderMessage } from './messages.js';
import type { ResolvedConfig } from './resolve.js';
import type { Lang, ReportInput, Rule } from './rule.js';
import { applySuppressions, suppressions } from './suppress.js';

export const DOCS_BASE = 'https://github.com/xxgk-lint/xxgk-lint/blob/main/docs/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}rules/${ruleId}.md`;
}

/** Runs every resolved rule that applies to the report's generation; a crashing rule becomes a finding, not a crash. */
export function lintReport(report: Report, directives: Directive[], config: ResolvedConfig, lang: Lang): Diagnostic[] {
  return lintReportWithin(report, directives, config, lang, Infinity).diagnostics;
}

/**
 * lintReport that starts no rule after `deadline` (a performance.now() time): `late` says some
 * rules did not run. Rules run in linear time, so this bounds a file the machine is too slow for.
 */
export function lintReportWithin(report: Report, directives: Directive[], config: ResolvedConfig, lang: Lang, deadline: number): { diagnostics: Diagnostic[]; late: boolean } {
  const diagnostics: Diagnostic[] = [];
  let late = false;
  for (const { rule, severity, options } of config.rules) {
    if (!rule.meta.generations.includes(report.facts.generation)) continue;
    if (performance.now() > deadline) {
      late = true;
      break;
    }
    const emit = (input: ReportInput) => diagnostics.push(toDiagnostic(rule, severity, input, report, lang));
    try {
      rule.check({ report, options, knowledge, settings: config.settings, lang, emit });
    } catch (error) {
      diagnostics.push({
        ruleId: rule.meta.id,
        messageId: 'crash',
        severity: 2,
        message: lang === 'zh' ? `规则运行出错：${(error as Error).message}` : `Rule crashed: ${(error as Error).message}`,
        position: report.position!,
        related: [],
        docsUrl: docsUrl(rule.meta.id),
      });
    }
  }
  const kept = applySuppressions(diagnostics, suppressions(directives, report.source));
  return { diagnostics: kept.sort((a, b) => a.position.start.offset! - b.position.start.offset! || a.ruleId.localeCompare(b.ruleId)), late };
}

function toDiagnostic(rule: Rule, severity: 1 | 2, input: ReportInput, report: Report, lang: Lang): Diagnostic {
  const template = rule.meta.messages[input.messageId];
  if (!template) throw new Error(`rule ${rule.meta.id} reported unknown messageId "${input.messageId}"`);
  const position = input.position ?? report.position!;
  return {
    ruleId: rule.meta.id,
    messageId: input.messageId,
    severity,
    message: renderMessage(template, lang, input.data),
    position,
    related: (input.related ?? [])
      .filter((related) => related.position)
      .map((related) => {
        const relatedTemplate = related.message ?? (related.messageId ? rule.meta.messages[related.messageId] : undefined);
        return { message: relatedTemplate ? renderMessage(relatedTemplate, lang, related.data) : '', position: related.position! };
      }),
    docsUrl: docsUrl(rule.meta.id),
    ...(input.suggestion && {
      suggestion: {
        text: input.suggestion.text,
        position: input.suggestion.position,
        message: renderMessage(rule.meta.messages[input.suggestion.messageId]!, lang, input.data),
      },
    }),
  };
}
