import { fileFailure } from '../engine/failures.js';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { ConfigError, formatPath } from '../engine/config.js';
import { countBySeverity, type Diagnostic, type LintResult } from '../engine/diagnostic.js';
import type { Lang } from '../engine/rule.js';
import { DOCS_BASE } from '../engine/findings.js';
import { readInput } from '../input/index.js';
import { displayPath } from '../output/formatter.js';
import { getChunkedFormatter } from '../output/index.js';
import { bodyAliasesSchema, type BodyAliases } from '../repo/bodies.js';
import { runRepoRules, withCrossReportFindings } from '../repo/engine.js';
import { neededByAll } from '../repo/summary.js';
import { LintCache, writeAtomically } from './cache.js';
import { expandPatterns, readIgnoreFile } from './files.js';
import { FileLinter } from '../host/file-linter.js';
import { describeFix, fixFiles } from './fix.js';
import { progressBar } from './progress.js';
import { parseRuleFlags } from './rule-flags.js';
import { VERSION } from '../host/version.js';
import { lintInLanes } from './workers.js';

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
  /** `--allow-plugins`: run the plugins of every config found, those among the reports too. */
  allowPlugins?: boolean;
  /** `--fix`: write the rules' suggested replacements into the files. */
  fix?: boolean;
  /** Version in cache keys and SARIF; tests inject another to see the cache invalidated. */
  toolVersion?: string;
  write: (text: string) => void;
  /** Warnings (stderr unless given): they never stop the run. */
  warn?: (message: string) => void;
}

/** File of renamed bodies for the cross-report rules, looked for beside the config and in the working folder. */
export const BODIES_FILE = 'xxgk.bodies.json';

/** Lints files and folders; returns the exit code (0 clean, 1 problems, 2 is thrown by the caller's error handler). */
export async function lintCommand(options: LintCommandOptions): Promise<number> {
  const formatter = getChunkedFormatter(options.format);
  const toolVersion = options.toolVersion ?? VERSION;
  const warn = options.warn ?? ((message: string) => process.stderr.write(message + '\n'));
  const linterOptions = {
    lang: options.lang,
    configPath: options.config,
    ruleOverrides: parseRuleFlags(options.rule),
    allowPlugins: options.allowPlugins === true,
    trustedFolder: options.cwd,
  };
  const linter = new FileLinter(linterOptions);
  const ignore = await readIgnoreFile(options.cwd);
  const rootConfig = await linter.configFor(resolve(options.cwd, 'xxgk-probe.txt'));
  // Summaries are kept whenever cross-report rules are on, however many files a run names, so
  // the cache key (which says what entries' summaries hold) is known before the files are.
  const keepSummaries = options.crossReport !== false && rootConfig.loaded.config.crossReport !== false && rootConfig.repo.rules.length > 0;
  const summaries = keepSummaries ? neededByAll(rootConfig.repo.rules.map(({ rule }) => rule.needs)) : undefined;
  const cache = options.cache
    ? new LintCache(
        resolve(options.cwd, options.cacheLocation ?? '.xxgk-cache'),
        `${toolVersion}\n${options.lang}\n${JSON.stringify(summaries ?? null)}`,
        async (file) => (await linter.configFor(file)).resolved,
        warn,
      )
    : undefined;
  const { files, missing, empty, roots } = await expandPatterns(options.patterns, options.cwd, [...ignore, ...(rootConfig.loaded.config.ignorePatterns ?? [])]);
  for (const path of await linter.refusedConfigs(files)) warn(pluginsRefused(path, options.lang));
  const crossReport = keepSummaries && files.length >= 2;
  const stylish = options.format === 'stylish';
  const progress = options.progress ? progressBar(files.length, process.stderr) : undefined;
  const setup = { linter: linterOptions, sources: stylish, stamps: options.fix === true, ...(summaries && { summaries }) };
  const outcomes = await lintInLanes(files, {
    setup,
    jobs: options.jobs ?? availableParallelism(),
    ...(cache && { cached: (filePath, run) => cache.lint(filePath, run) }),
    ...(progress && { onFile: progress.tick }),
  });
  progress?.done();
  await cache?.save();

  // Summaries first, dropped once the cross-report rules ran; only then are the results unpacked.
  const found = crossReport
    ? runRepoRules(outcomes.summaries(), rootConfig.repo.rules, { lang: options.lang, aliases: await readBodyAliases([rootConfig.loaded.directory, options.cwd]) })
    : new Map<string, Diagnostic[]>();
  const unpacked = (index: number) => {
    const outcome = outcomes.result(index);
    return { ...outcome, result: withCrossReportFindings(outcome.result, found) };
  };
  const failed: LintResult[] = [
    ...missing.map((pattern) => ({ filePath: resolve(options.cwd, pattern), diagnostics: [], failure: fileFailure('not-found', options.lang) })),
    ...empty.map((pattern) => ({ filePath: resolve(options.cwd, pattern), diagnostics: [], failure: fileFailure('no-reports', options.lang) })),
  ];
  const kept = (result: LintResult) => (options.quiet ? { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 2) } : result);

  const sources = new Map<string, string>();
  // Fixing rewrites files and excerpts read them: both want every result at hand.
  const resultsAtHand = async (): Promise<LintResult[]> => {
    const linted = Array.from({ length: outcomes.length }, (_, index) => unpacked(index));
    if (options.fix) {
      const fixed = await fixFiles(linted, roots);
      linted.forEach((outcome, i) => (outcome.result = fixed.results[i]!));
      warn(describeFix(fixed.report, options.lang, (filePath) => displayPath(filePath, options.cwd)));
    }
    for (const { result, source } of linted) {
      // Excerpts only for files with findings; cached results and cross-report findings come without text.
      if (stylish && kept(result).diagnostics.length > 0) {
        const text = source ?? (await sourceOf(result.filePath));
        if (text !== undefined) sources.set(result.filePath, text);
      }
    }
    return linted.map((outcome) => outcome.result);
  };
  // An output entry: a result at hand, or the index of a linted file whose result is unpacked only
  // when the formatter reaches it, so a run over a repository never holds every result at once.
  const entries: Array<LintResult | number> = [...failed, ...(options.fix || stylish ? await resultsAtHand() : files.keys())];
  const byPath = new Intl.Collator().compare;
  const pathOf = (entry: LintResult | number) => (typeof entry === 'number' ? files[entry]! : entry.filePath);
  const tally = { errors: 0, warnings: 0, failures: 0 };
  function* results(): Generator<LintResult> {
    for (const entry of entries.sort((a, b) => byPath(pathOf(a), pathOf(b)))) {
      const result = kept(typeof entry === 'number' ? unpacked(entry).result : entry);
      const { errors, warnings } = countBySeverity([result]);
      tally.errors += errors;
      tally.warnings += warnings;
      if (result.failure) tally.failures++;
      yield result;
    }
  }
  const chunks = formatter(results(), {
    lang: options.lang,
    cwd: options.cwd,
    color: options.color,
    rules: [...rootConfig.registry, ...rootConfig.repo.registry].map((rule) => rule.meta),
    sources,
    toolVersion,
    docsBaseUrl: DOCS_BASE,
  });
  let unwritable = false;
  if (options.output) {
    // An output file that cannot be written loses nothing: one message, and the output goes to stdout.
    const path = resolve(options.cwd, options.output);
    await writeAtomically(path, chunks).catch((error: NodeJS.ErrnoException) => {
      unwritable = true;
      const reason = error.code ?? error.message;
      warn(options.lang === 'zh' ? `无法写入 ${path}（${reason}），结果改为输出到标准输出` : `Cannot write ${path} (${reason}); the output follows on stdout`);
      writeEndingLine(chunks, options.write);
    });
  } else writeEndingLine(chunks, options.write);
  if (unwritable) return 2;
  return tally.errors > 0 || tally.failures > 0 || (options.maxWarnings >= 0 && tally.warnings > options.maxWarnings) ? 1 : 0;
}

function pluginsRefused(path: string, lang: Lang): string {
  return lang === 'zh'
    ? `${path}：这个配置位于被检查的文件夹中，它指定的插件（plugins）是程序代码，没有运行。确认可信后，用 --allow-plugins 运行，或用 -c 指定这个配置。`
    : `${path}: this config lies among the files being checked; the plugins it names are code and were not run. If you trust them, run with --allow-plugins or name the config with -c.`;
}

/** Writes the chunks, then a line break unless the text (when not empty) already ends with one. */
function writeEndingLine(chunks: Iterable<string>, write: (text: string) => void): void {
  let last = '';
  for (const chunk of chunks) {
    write(chunk);
    if (chunk) last = chunk;
  }
  if (last && !last.endsWith('\n')) write('\n');
}

/** The decoded text the model's positions point into (for docx: one line per paragraph). */
async function sourceOf(filePath: string): Promise<string | undefined> {
  const bytes = await readFile(filePath).catch(() => undefined);
  const read = bytes && (await readInput(filePath, bytes));
  return read && read.ok ? read.input.locator.text : undefined;
}

/** Aliases from every `xxgk.bodies.json` found in the folders (first folder wins on a conflict). */
async function readBodyAliases(folders: string[]): Promise<BodyAliases> {
  const aliases: BodyAliases = {};
  for (const folder of [...new Set(folders)].reverse()) {
    const path = resolve(folder, BODIES_FILE);
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const parsed = bodyAliasesSchema.safeParse(parseJson(text, path));
    if (!parsed.success) throw new ConfigError(path, parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })));
    Object.assign(aliases, parsed.data.aliases);
  }
  return aliases;
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(path, [{ path: '', message: `JSON 语法错误 invalid JSON: ${(error as Error).message}` }]);
  }
}
