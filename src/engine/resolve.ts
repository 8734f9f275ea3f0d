import picomatch from 'picomatch';
import { PUBLICATION_DEADLINES } from '../knowledge/data/publication.js';
import type { Rule, RuleBase, Settings } from './rule.js';
import type { Severity } from './diagnostic.js';
import { ConfigError, formatPath, type Config, type RuleEntry, type SeverityName } from './config.js';

export interface ResolvedRule<R extends RuleBase = Rule> {
  rule: R;
  severity: Severity;
  options: unknown;
}

export interface ResolvedConfig<R extends RuleBase = Rule> {
  rules: Array<ResolvedRule<R>>;
  settings: Settings;
}

const SEVERITY: Record<Exclude<SeverityName, 'off'>, Severity> = { warn: 1, error: 2 };

export const defaultSettings: Settings = {
  deadlines: { ...PUBLICATION_DEADLINES },
  limits: { fileSizeMB: 20, findingsPerFile: 1000, secondsPerFile: 60 },
};

/**
 * The rules that run on one file: the preset, then `rules`, then every override whose
 * `files` glob matches the file (path relative to the config's folder). Options are
 * validated here, once, so a typo stops the run before any file is linted.
 */
export function resolveConfig<R extends RuleBase = Rule>(config: Config, registry: R[], relativePath = '', source = 'config'): ResolvedConfig<R> {
  const byId = new Map(registry.map((rule) => [rule.meta.id, rule]));
  const entries = new Map<string, RuleEntry>();
  for (const rule of registry) {
    const preset = config.extends === 'strict' ? 'error' : rule.meta.recommended === 'off' ? 'off' : rule.meta.recommended === 2 ? 'error' : 'warn';
    entries.set(rule.meta.id, preset);
  }
  const layers: Array<{ rules?: Config['rules']; path: string }> = [{ rules: config.rules, path: 'rules' }];
  let settings = {
    ...defaultSettings,
    ...config.settings,
    deadlines: { ...defaultSettings.deadlines, ...config.settings?.deadlines },
    limits: { ...defaultSettings.limits, ...config.settings?.limits },
  };
  (config.overrides ?? []).forEach((override, i) => {
    if (!picomatch(override.files, { dot: true, basename: !override.files.some((f) => f.includes('/')) })(relativePath)) return;
    layers.push({ rules: override.rules, path: `overrides[${i}].rules` });
    settings = {
      ...settings,
      ...override.settings,
      deadlines: { ...settings.deadlines, ...override.settings?.deadlines },
      limits: { ...settings.limits, ...override.settings?.limits },
    };
  });
  for (const layer of layers) {
    for (const [id, entry] of Object.entries(layer.rules ?? {})) {
      if (!byId.has(id)) {
        throw new ConfigError(source, [{ path: `${layer.path}${formatPath([id])}`, message: `未知规则 unknown rule "${id}"; 可用 known: ${[...byId.keys()].join(', ')}` }]);
      }
      entries.set(id, entry);
    }
  }
  const rules: Array<ResolvedRule<R>> = [];
  for (const [id, entry] of entries) {
    const [severityName, rawOptions] = typeof entry === 'string' ? [entry, undefined] : [entry[0], entry[1]];
    if (severityName === 'off') continue;
    const rule = byId.get(id)!;
    const parsed = rule.options.safeParse(rawOptions ?? {});
    if (!parsed.success) {
      throw new ConfigError(
        source,
        parsed.error.issues.map((issue) => ({ path: `rules${formatPath([id])}[1]${issue.path.length ? '.' + formatPath(issue.path) : ''}`, message: issue.message })),
      );
    }
    rules.push({ rule, severity: SEVERITY[severityName], options: parsed.data });
  }
  return { rules, settings: settings as Settings };
}
