import { fileFailure } from '../engine/failures.js';
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { builtinRules, repoRules } from '../../rules/index.js';
import type { Config, RuleEntry } from '../engine/config.js';
import { lintBytes, sizeFailure, type FileLint } from '../engine/lint-file.js';
import { defaultSettings, resolveConfig, type ResolvedConfig, type ResolvedRule } from '../engine/resolve.js';
import type { Lang, Rule } from '../engine/rule.js';
import { isRepoRule, type RepoRule } from '../repo/rule.js';
import { ConfigFinder, type LoadedConfig } from './config-loader.js';
import { loadPlugins } from './plugins.js';
import { ignorePdfJsRejections } from './pdf-rejections.js';
import { boundPdfReading } from './pdf-time-limit.js';

export interface FileLinterOptions {
  lang: Lang;
  /** `--config FILE`: use this config for every file instead of searching. */
  configPath?: string;
  /** `--rule` entries, applied after the config. */
  ruleOverrides?: Record<string, RuleEntry>;
  /**
   * Plugins are code: they run from the config given with `--config`, from the config found from
   * `trustedFolder` (the folder the command runs in, walking up), or from any config with
   * `allowPlugins`. A config found among the reports (a folder someone sent) runs none.
   */
  allowPlugins?: boolean;
  trustedFolder?: string;
}

export interface ConfigForFile {
  loaded: LoadedConfig;
  resolved: ResolvedConfig;
  registry: Rule[];
  /** Cross-report rules: all of them, and those the config turns on (with severity and options). */
  repo: { registry: RepoRule[]; rules: Array<ResolvedRule<RepoRule>> };
}

const isRepoEntry = (entry: ResolvedRule<Rule | RepoRule>): entry is ResolvedRule<RepoRule> => isRepoRule(entry.rule);
const isFileEntry = (entry: ResolvedRule<Rule | RepoRule>): entry is ResolvedRule<Rule> => !isRepoEntry(entry);

/** Every rule a config can name: built-in and from its plugins, of both kinds. */
interface Registry {
  rules: Rule[];
  repo: RepoRule[];
}

/** Without its plugins, a config's entries for their rules name rules that do not exist: they are dropped. */
function withoutPluginRules(config: Config): Config {
  const known = new Set([...builtinRules, ...repoRules].map((rule) => rule.meta.id));
  const keep = (rules: Config['rules']) => rules && Object.fromEntries(Object.entries(rules).filter(([id]) => known.has(id)));
  return { ...config, rules: keep(config.rules), ...(config.overrides && { overrides: config.overrides.map((override) => ({ ...override, rules: keep(override.rules) })) }) };
}

/** Config discovery, plugin loading and per-file rule resolution, cached per config file. */
export class FileLinter {
  private readonly finder: ConfigFinder;
  private readonly registries = new Map<string, Promise<Registry>>();
  private readonly resolvedByConfig = new Map<string, ConfigForFile>();

  constructor(private readonly options: FileLinterOptions) {
    this.finder = new ConfigFinder(options.configPath);
    ignorePdfJsRejections();
    // Reading has the default time limit of a file: a run's configs may differ, the reader is one per thread.
    boundPdfReading(defaultSettings.limits.secondsPerFile);
  }

  async configFor(filePath: string): Promise<ConfigForFile> {
    const loaded = await this.finder.find(dirname(filePath));
    const key = loaded.path ?? '(default)';
    const refused = !(await this.mayRunPlugins(loaded));
    let registry = this.registries.get(key);
    if (!registry) {
      registry = refused
        ? Promise.resolve({ rules: builtinRules, repo: repoRules })
        : loadPlugins(loaded.config.plugins ?? [], loaded.directory, key).then((plugins) => ({
            rules: [...builtinRules, ...plugins.filter((rule): rule is Rule => !isRepoRule(rule))],
            repo: [...repoRules, ...plugins.filter(isRepoRule)],
          }));
      this.registries.set(key, registry);
    }
    // Without overrides every file under a config resolves alike: resolve once per config.
    const shared = !loaded.config.overrides?.length;
    const known = shared ? this.resolvedByConfig.get(key) : undefined;
    if (known) return known;
    const { rules, repo } = await registry;
    const own = refused ? withoutPluginRules(loaded.config) : loaded.config;
    const config: Config = { ...own, rules: { ...own.rules, ...this.options.ruleOverrides } };
    const relativePath = relative(loaded.directory, filePath).split(sep).join('/');
    // One resolution for both kinds, so a config naming a repo/ rule is valid and checked alike.
    const { rules: resolvedRules, settings } = resolveConfig<Rule | RepoRule>(config, [...rules, ...repo], relativePath, key);
    const forFile: ConfigForFile = {
      loaded,
      registry: rules,
      resolved: { rules: resolvedRules.filter(isFileEntry), settings },
      repo: { registry: repo, rules: resolvedRules.filter(isRepoEntry) },
    };
    if (shared) this.resolvedByConfig.set(key, forFile);
    return forFile;
  }

  /** Whether the plugins a config names may run (see FileLinterOptions.allowPlugins). */
  async mayRunPlugins(loaded: LoadedConfig): Promise<boolean> {
    if (!loaded.config.plugins?.length || this.options.allowPlugins || this.options.configPath) return true;
    if (this.options.trustedFolder === undefined) return false;
    return (await this.finder.find(resolve(this.options.trustedFolder))).path === loaded.path;
  }

  /** The configs (paths) above `files` whose plugins are not run: each is told to the user once. */
  async refusedConfigs(files: string[]): Promise<string[]> {
    const refused = new Set<string>();
    for (const folder of new Set(files.map((file) => dirname(file)))) {
      const loaded = await this.finder.find(folder);
      if (loaded.path && !(await this.mayRunPlugins(loaded))) refused.add(loaded.path);
    }
    return [...refused];
  }

  /** Lints one file; read errors become a failure on that file, never an exception. A file past the size limit is not read. */
  async lint(filePath: string): Promise<FileLint> {
    const { resolved } = await this.configFor(filePath);
    let bytes: Uint8Array;
    try {
      // Synchronous: a lane reads one file at a time, and the thread pool's hops cost more than the read.
      const tooLarge = sizeFailure(filePath, statSync(filePath).size, resolved, this.options.lang);
      if (tooLarge) return tooLarge;
      bytes = readFileSync(filePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return {
        result: {
          filePath,
          diagnostics: [],
          failure: code === 'ENOENT' ? fileFailure('not-found', this.options.lang) : fileFailure('unreadable', this.options.lang, code ?? (error as Error).message),
        },
      };
    }
    return lintBytes(filePath, bytes, resolved, this.options.lang);
  }
}
