import { resolve } from 'node:path';
import type { Lang } from '../engine/rule.js';
import { FileLinter } from '../host/file-linter.js';
import { parseRuleFlags } from './rule-flags.js';

/** `--list-rules`: id, default severity, generations and description of every rule. */
export async function listRules(cwd: string, lang: Lang, configPath?: string): Promise<string> {
  const linter = new FileLinter({ lang, configPath, trustedFolder: cwd });
  const { registry: fileRules, repo } = await linter.configFor(resolve(cwd, 'xxgk-probe.txt'));
  const registry = [...fileRules, ...repo.registry];
  const width = registry.reduce((widest, rule) => Math.max(widest, rule.meta.id.length), 0);
  const severity = { 1: 'warn', 2: 'error', off: 'off' } as const;
  return registry
    .map((rule) => `${rule.meta.id.padEnd(width)}  ${severity[rule.meta.recommended].padEnd(5)}  ${rule.meta.generations.join(',').padEnd(20)}  ${rule.meta.description[lang]}`)
    .join('\n') + '\n';
}

/** `--print-config FILE`: the rules and settings that apply to that file after config, overrides and --rule. */
export async function printConfig(file: string, configPath: string | undefined, ruleFlags: string[]): Promise<string> {
  const linter = new FileLinter({ lang: 'zh', configPath, ruleOverrides: parseRuleFlags(ruleFlags), trustedFolder: process.cwd() });
  const { loaded, resolved, repo } = await linter.configFor(resolve(file));
  const severity = { 1: 'warn', 2: 'error' } as const;
  return JSON.stringify(
    {
      configFile: loaded.path ?? null,
      settings: resolved.settings,
      rules: Object.fromEntries([...resolved.rules, ...repo.rules].map(({ rule, severity: level, options }) => [rule.meta.id, [severity[level], options]])),
    },
    null,
    2,
  ) + '\n';
}
