import { createRequire } from 'node:module';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ConfigError } from '../engine/config.js';
import type { OptionsSchema, Rule } from '../engine/rule.js';
import { GENERATIONS, TABLE_KINDS } from '../knowledge/kinds.js';
import type { RepoRule } from '../repo/rule.js';

const template = z.object({ zh: z.string(), en: z.string() });
const pluginRuleSchema = z.object({
  meta: z.object({
    id: z.string().regex(/^[\w-]+\/[\w-]+$/, '规则 id 应为 family/name'),
    family: z.string(),
    description: template,
    recommended: z.union([z.literal(1), z.literal(2), z.literal('off')]),
    generations: z.array(z.enum(GENERATIONS)).min(1),
    messages: z.record(z.string(), template),
  }),
  // By shape, not instanceof: the plugin's zod may be another copy or version than the tool's.
  options: z.custom<OptionsSchema>((value) => typeof (value as Partial<OptionsSchema> | null)?.safeParse === 'function', '需要选项 schema（带 safeParse，如 zod schema）'),
});
const isFunction = (value: unknown) => typeof value === 'function';
const reportRuleSchema = pluginRuleSchema.extend({ check: z.custom<Rule['check']>(isFunction, '需要 check 函数') });
const crossReportRuleSchema = pluginRuleSchema.extend({
  needs: z.object({ cells: z.partialRecord(z.enum(TABLE_KINDS), z.array(z.string())).optional(), sentences: z.boolean().optional() }),
  checkRepository: z.custom<RepoRule['checkRepository']>(isFunction, '需要 checkRepository 函数'),
});

/**
 * Loads rules from plugins: an npm package name or a path relative to the config's folder,
 * whose module exports `rules` (an array of rules made with defineRule or defineRepoRule).
 */
export async function loadPlugins(specifiers: string[], directory: string, source: string): Promise<Array<Rule | RepoRule>> {
  const rules: Array<Rule | RepoRule> = [];
  for (const [index, specifier] of specifiers.entries()) {
    const where = `plugins[${index}]`;
    let module: Record<string, unknown>;
    try {
      const target = specifier.startsWith('.') || isAbsolute(specifier)
        ? pathToFileURL(resolve(directory, specifier)).href
        : pathToFileURL(createRequire(resolve(directory, 'package.json')).resolve(specifier)).href;
      module = (await import(target)) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigError(source, [{ path: where, message: `无法加载插件 cannot load plugin "${specifier}": ${(error as Error).message}` }]);
    }
    const exported = module.rules ?? (module.default as Record<string, unknown> | undefined)?.rules;
    if (!Array.isArray(exported)) throw new ConfigError(source, [{ path: where, message: `插件 "${specifier}" 没有导出 rules 数组 (export const rules = [...])` }]);
    exported.forEach((rule, i) => {
      const parsed = (typeof rule === 'object' && rule !== null && 'checkRepository' in rule ? crossReportRuleSchema : reportRuleSchema).safeParse(rule);
      if (!parsed.success) {
        throw new ConfigError(source, parsed.error.issues.map((issue) => ({ path: `${where}.rules[${i}].${issue.path.join('.')}`, message: issue.message })));
      }
      rules.push(rule as Rule | RepoRule);
    });
  }
  return rules;
}
