/**
 * `xxgk-lint`: the tool as a library, on the same host as the command, the language server and
 * the page: config discovery (or a config file named), plugins, and both kinds of rule.
 */
import { resolve } from 'node:path';
import { FileLinter, type FileLinterOptions } from './file-linter.js';
import type { LintResult } from '../engine/diagnostic.js';
import { lintBytes } from '../engine/lint-file.js';
import type { BodyAliases } from '../repo/bodies.js';
import { runRepoRules, withCrossReportFindings } from '../repo/engine.js';
import { neededByAll, summarizeForRepository, type RepoSummary } from '../repo/summary.js';

export type { Config, RuleEntry } from '../engine/config.js';
export { ConfigError } from '../engine/config.js';
export type { Diagnostic, FileFailure, LintResult, RelatedPlace, Severity } from '../engine/diagnostic.js';
export type { Lang } from '../engine/rule.js';
export { loadConfigFile as loadConfig } from './config-loader.js';
export { formatters, getFormatter, type FormatContext, type Formatter, type FormatterName } from '../output/index.js';

export interface LintOptions {
  /** Language of the messages; default Chinese. */
  lang?: FileLinterOptions['lang'];
  /** A config file for every file instead of the nearest one to each. */
  configPath?: string;
  /** Rule entries applied over the config (as `--rule`). */
  rules?: FileLinterOptions['ruleOverrides'];
  /** Run the plugins of any config found (as `--allow-plugins`); otherwise only those of `configPath` or of the config over `cwd`. */
  allowPlugins?: boolean;
  /** The folder the caller runs in: its config's plugins are trusted, as the command trusts its working folder's; default the working folder. */
  cwd?: string;
}

const linterFor = (options: LintOptions) =>
  new FileLinter({
    lang: options.lang ?? 'zh',
    configPath: options.configPath,
    ruleOverrides: options.rules,
    allowPlugins: options.allowPlugins === true,
    trustedFolder: resolve(options.cwd ?? '.'),
  });

/** Lints a report's text as the file `filePath` (its extension gives the format, its folder the config). */
export async function lintText(text: string, filePath = 'report.txt', options: LintOptions = {}): Promise<LintResult> {
  const path = resolve(filePath);
  const { resolved } = await linterFor(options).configFor(path);
  return (await lintBytes(path, new TextEncoder().encode(text), resolved, options.lang ?? 'zh')).result;
}

export interface LintFilesOptions extends LintOptions {
  /** Cross-report rules over all the files (default on, as in the command). */
  crossReport?: boolean;
  /** Renamed bodies for the cross-report rules: old name → current name. */
  aliases?: BodyAliases;
}

/** Lints files, one at a time in this thread, then runs the cross-report rules over all of them; results in the order given. */
export async function lintFiles(filePaths: string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const lang = options.lang ?? 'zh';
  const linter = linterFor(options);
  // The config over `cwd` decides the cross-report rules.
  const root = await linter.configFor(resolve(options.cwd ?? '.', 'xxgk-probe.txt'));
  const crossReport = options.crossReport !== false && root.loaded.config.crossReport !== false && root.repo.rules.length > 0 && filePaths.length >= 2;
  const needs = crossReport ? neededByAll(root.repo.rules.map(({ rule }) => rule.needs)) : undefined;
  const results: LintResult[] = [];
  const summaries: RepoSummary[] = [];
  for (const filePath of filePaths.map((path) => resolve(path))) {
    const { result, report } = await linter.lint(filePath);
    results.push(result);
    if (needs && report && !result.failure) summaries.push(summarizeForRepository(report, filePath, needs));
  }
  if (!needs) return results;
  const found = runRepoRules(summaries, root.repo.rules, { lang, ...(options.aliases && { aliases: options.aliases }) });
  return results.map((result) => withCrossReportFindings(result, found));
}
