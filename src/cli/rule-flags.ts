import { ConfigError, severitySchema, type RuleEntry } from '../engine/config.js';

/**
 * `--rule table/blank-cell:off`, `--rule 'table/balance:["warn"]'` or ESLint's
 * `--rule '{"table/blank-cell": "off"}'`; several may be given.
 */
export function parseRuleFlags(flags: string[]): Record<string, RuleEntry> {
  const entries: Record<string, RuleEntry> = {};
  for (const flag of flags) {
    if (flag.trim().startsWith('{')) {
      try {
        Object.assign(entries, JSON.parse(flag));
      } catch {
        throw new ConfigError('--rule', [{ path: flag, message: '不是合法的 JSON invalid JSON' }]);
      }
      continue;
    }
    const at = flag.lastIndexOf(':');
    const id = flag.slice(0, at);
    const value = flag.slice(at + 1);
    const severity = severitySchema.safeParse(value);
    if (at <= 0 || !severity.success) {
      throw new ConfigError('--rule', [{ path: flag, message: '应为 规则:off|warn|error，例如 table/blank-cell:off (expected rule:off|warn|error)' }]);
    }
    entries[id] = severity.data;
  }
  return entries;
}
