import { rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { countBySeverity, type LintResult } from '../engine/diagnostic.js';
import type { Lang } from '../engine/rule.js';
import { DOCS_BASE } from '../engine/lint.js';
import { getFormatter } from '../output/index.js';
import { expandPatterns, readIgnoreFile } from './files.js';
import { FileLinter } from './file-linter.js';
import { parseRuleFlags } from './rule-flags.js';
import { VERSION } from './version.js';

export interface LintCommandOptions {
  patterns: string[];
  cwd: string;
  format: string;
  lang: Lang;
  color: boolean;
  quiet: boolean;
  maxWarnings: number;
  rule: string[];
  config?: string;
  output?: string;
  /** `--cache`: skip files whose content, config and tool version are unchanged. */
  cache?: boolean;
  cacheLocation?: string;
  /** Progress bar on stderr (only when it is a terminal). */
  progress?: boolean;
  /** Worker threads; default: the CPU cores. */
  jobs?: number;
  /** Cross-report (repo/) rules over the whole run. */
  crossReport?: boolean;
  write: (text: string) => void;
}

/** Lints files and folders; returns the exit code (0 clean, 1 problems, 2 is thrown by the caller's error handler). */
export async function lintCommand(options: LintCommandOptions): Promise<number> {
  const formatter = getFormatter(options.format);
  const linter = new FileLinter({ lang: options.lang, configPath: options.config, ruleOverrides: parseRuleFlags(options.rule) });
  const ignore = await readIgnoreFile(options.cwd);
  const rootConfig = await linter.configFor(resolve(options.cwd, 'xxgk-probe.txt'));
  const { files, missing } = await expandPatterns(options.patterns, options.cwd, [...ignore, ...(rootConfig.loaded.config.ignorePatterns ?? [])]);
  const results: LintResult[] = missing.map((pattern) => ({
    filePath: resolve(options.cwd, pattern),
    diagnostics: [],
    failure: { reason: 'not-found', message: '没有找到匹配的文件 (no such file or no match)' },
  }));
  const sources = new Map<string, string>();
  for (const file of files) {
    const { result, report } = await linter.lint(file);
    if (report) sources.set(file, report.source);
    results.push(options.quiet ? { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 2) } : result);
  }
  results.sort((a, b) => a.filePath.localeCompare(b.filePath));
  const text = formatter(results, {
    lang: options.lang,
    cwd: options.cwd,
    color: options.color,
    rules: rootConfig.registry.map((rule) => rule.meta),
    sources,
    toolVersion: VERSION,
    docsBaseUrl: DOCS_BASE,
  });
  if (options.output) await writeAtomically(resolve(options.cwd, options.output), text);
  else options.write(text.endsWith('\n') || text === '' ? text : text + '\n');
  const { errors, warnings } = countBySeverity(results);
  const failures = results.filter((result) => result.failure).length;
  return errors > 0 || failures > 0 || (options.maxWarnings >= 0 && warnings > options.maxWarnings) ? 1 : 0;
}

/** Never leaves a half-written report file: write beside it, then rename. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}
