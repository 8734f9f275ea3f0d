import type { Directive } from '../model/block.js';
import type { Report } from '../model/types.js';
import { knowledge } from '../knowledge/index.js';
import type { Diagnostic } from './diagnostic.js';
import { crashFindingOf, findingOf } from './findings.js';
import type { ResolvedConfig } from './resolve.js';
import type { Lang, ReportInput } from './rule.js';
import { applySuppressions, suppressions } from './suppress.js';

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
    // Unplaced reports are about the whole report; unplaced related places are left out.
    const emit = ({ position, related, ...input }: ReportInput) =>
      diagnostics.push(
        findingOf(rule.meta, severity, lang, {
          ...input,
          position: position ?? report.position!,
          related: (related ?? []).flatMap((place) => (place.position ? [{ ...place, position: place.position }] : [])),
        }),
      );
    try {
      rule.check({ report, options, knowledge, settings: config.settings, lang, emit });
    } catch (error) {
      diagnostics.push(crashFindingOf(rule.meta, error, report.position!, lang));
    }
  }
  const kept = applySuppressions(diagnostics, suppressions(directives, report.source));
  return { diagnostics: kept.sort((a, b) => a.position.start.offset! - b.position.start.offset! || a.ruleId.localeCompare(b.ruleId)), late };
}
