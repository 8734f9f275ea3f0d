import { fileFailure } from '../engine/failures.js';
import { readFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { builtinRules, repoRules } from '../../rules/index.js';
import type { Config, RuleEntry } from '../engine/config.js';
import { lintBytes, type FileLint } from '../engine/lint-file.js';
import { resolveConfig, type ResolvedConfig, type ResolvedRule } from '../engine/resolve.js';
import type { Lang, Rule } from '../engine/rule.js';
import { isRepoRule, type RepoRule } from '../repo/rule.js';
import { ConfigFinder, type LoadedConfig } from './config-loader.js';
import { loadPlugins } from './plugins.js';

export interface FileLinterOptions {
  lang: Lang;
  /** `--config FILE`: use this config for every file instead of searching. */
  configPath?: string;
  /** `--rule` entries, applied after the config. */
  ruleOverrides?: Record<string, RuleEntry>;
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

/** Config discovery, plugin loading and per-file rule resolution, cached per config file. */
export class FileLinter {
  private readonly finder: ConfigFinder;
  private readonly registries = new Map<string, Promise<Registry>>();
  private readonly resolvedByConfig = new Map<string, ConfigForFile>();

  constructor(private readonly options: FileLinterOptions) {
    this.finder = new ConfigFinder(options.configPath);
  }

  async configFor(filePath: string): Promise<ConfigForFile> {
    const loaded = await this.finder.find(dirname(filePath));
    const key = loaded.path ?? '(default)';
    let registry = this.registries.get(key);
    if (!registry) {
      registry = loadPlugins(loaded.config.plugins ?? [], loaded.directory, key).then((plugins) => ({
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
    const config: Config = { ...loaded.config, rules: { ...loaded.config.rules, ...this.options.ruleOverrides } };
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

  /** Lints one file; read errors become a failure on that file, never an exception. */
  async lint(filePath: string): Promise<FileLint> {
    const { resolved } = await this.configFor(filePath);
    let bytes: Uint8Array;
    try {
      // Synchronous: a lane reads one file at a time, and the thread pool's hops cost more than the read.
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
