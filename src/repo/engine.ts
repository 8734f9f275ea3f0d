import type { Diagnostic } from '../engine/diagnostic.js';
import { docsUrl } from '../engine/lint.js';
import { renderMessage } from '../engine/messages.js';
import type { ResolvedRule } from '../engine/resolve.js';
import type { Lang } from '../engine/rule.js';
import type { BodyAliases } from './bodies.js';
import { Repository } from './repository.js';
import type { RepoReportInput, RepoRule } from './rule.js';
import type { RepoSummary } from './summary.js';

export interface RepoRunOptions {
  lang: Lang;
  /** Renamed bodies (`xxgk.bodies.json`): old name → current name. */
  aliases?: BodyAliases;
}

/**
 * Runs the cross-report rules over the summaries of a run; returns the findings by file.
 * Each rule sees only the reports of its generations. A crashing rule becomes a finding on the
 * first report of the run, as per-report rules do.
 */
export function runRepoRules(summaries: RepoSummary[], rules: Array<ResolvedRule<RepoRule>>, options: RepoRunOptions): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  const add = (filePath: string, diagnostic: Diagnostic) => {
    const list = byFile.get(filePath);
    if (list) list.push(diagnostic);
    else byFile.set(filePath, [diagnostic]);
  };
  // Rules that read the same generations share one grouping of the reports.
  const repositories = new Map<string, Repository>();
  for (const { rule, severity, options: ruleOptions } of rules) {
    const generations = rule.meta.generations;
    const key = generations.join();
    let repository = repositories.get(key);
    if (!repository) repositories.set(key, (repository = new Repository(summaries.filter((summary) => generations.includes(summary.generation)), options.aliases)));
    const emit = (input: RepoReportInput) => add(input.filePath, toDiagnostic(rule, severity, input, options.lang));
    try {
      rule.checkRepository({ repository, options: ruleOptions, lang: options.lang, emit });
    } catch (error) {
      const first = repository.reports[0];
      if (!first) continue;
      add(first.filePath, {
        ruleId: rule.meta.id,
        messageId: 'crash',
        severity: 2,
        message: options.lang === 'zh' ? `规则运行出错：${(error as Error).message}` : `Rule crashed: ${(error as Error).message}`,
        position: first.anchor,
        related: [],
        docsUrl: docsUrl(rule.meta.id),
      });
    }
  }
  return byFile;
}

function toDiagnostic(rule: RepoRule, severity: 1 | 2, input: RepoReportInput, lang: Lang): Diagnostic {
  const template = rule.meta.messages[input.messageId];
  if (!template) throw new Error(`rule ${rule.meta.id} reported unknown messageId "${input.messageId}"`);
  return {
    ruleId: rule.meta.id,
    messageId: input.messageId,
    severity,
    message: renderMessage(template, lang, input.data),
    position: input.position,
    related: (input.related ?? []).map((related) => {
      const relatedTemplate = related.message ?? (related.messageId ? rule.meta.messages[related.messageId] : undefined);
      return {
        message: relatedTemplate ? renderMessage(relatedTemplate, lang, related.data) : '',
        position: related.position,
        ...(related.filePath !== input.filePath && { filePath: related.filePath }),
      };
    }),
    docsUrl: docsUrl(rule.meta.id),
  };
}

/** Document order, as lintReport sorts a file's own findings (line, column, then rule). */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.position.start.line - b.position.start.line || a.position.start.column - b.position.start.column || a.ruleId.localeCompare(b.ruleId);
}
