import type { Diagnostic, LintResult } from '../engine/diagnostic.js';
import { crashFindingOf, findingOf } from '../engine/findings.js';
import type { ResolvedRule } from '../engine/resolve.js';
import type { Lang } from '../engine/rule.js';
import { knowledge } from '../knowledge/index.js';
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
    // Related places name their file only when it is another report.
    const emit = ({ filePath, related, ...input }: RepoReportInput) =>
      add(
        filePath,
        findingOf(rule.meta, severity, options.lang, {
          ...input,
          related: (related ?? []).map(({ filePath: relatedPath, ...place }) => ({ ...place, ...(relatedPath !== filePath && { filePath: relatedPath }) })),
        }),
      );
    try {
      rule.checkRepository({ repository, options: ruleOptions, knowledge, lang: options.lang, emit });
    } catch (error) {
      const first = repository.reports[0];
      if (first) add(first.filePath, crashFindingOf(rule.meta, error, first.anchor, options.lang));
    }
  }
  return byFile;
}

/** Document order, as lintReport sorts a file's own findings (line, column, then rule). */
function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.position.start.line - b.position.start.line || a.position.start.column - b.position.start.column || a.ruleId.localeCompare(b.ruleId);
}

/** A file's result with the cross-report findings about it, all in document order. */
export function withCrossReportFindings(result: LintResult, found: Map<string, Diagnostic[]>): LintResult {
  const extra = found.get(result.filePath);
  return extra ? { ...result, diagnostics: [...result.diagnostics, ...extra].sort(byPosition) } : result;
}
