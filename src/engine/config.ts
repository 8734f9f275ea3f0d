import { z } from 'zod';
import { BODY_TYPES, PUBLICATION_DEADLINES } from '../knowledge/data/publication.js';

export const severitySchema = z.enum(['off', 'warn', 'error']);
export type SeverityName = z.infer<typeof severitySchema>;

/** `"error"`, or `["warn", { …options }]` as in ESLint. */
const ruleEntrySchema = z.union([severitySchema, z.tuple([severitySchema]), z.tuple([severitySchema, z.record(z.string(), z.unknown())])]);

const rulesSchema = z.record(z.string(), ruleEntrySchema);

const monthDay = z.string().regex(/^\d{2}-\d{2}$/);

export const settingsSchema = z
  .object({
    bodyType: z.enum(BODY_TYPES).optional(),
    deadlines: z
      .object({
        department: monthDay.default(PUBLICATION_DEADLINES.department),
        government: monthDay.default(PUBLICATION_DEADLINES.government),
        township: monthDay.default(PUBLICATION_DEADLINES.township),
        legacy: monthDay.default(PUBLICATION_DEADLINES.legacy),
      })
      .strict()
      .default({ ...PUBLICATION_DEADLINES }),
  })
  .strict();

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    /** Preset: `recommended` (default) or `strict` (every rule on, warnings as errors where the rule allows). */
    extends: z.enum(['recommended', 'strict']).optional(),
    rules: rulesSchema.optional(),
    settings: settingsSchema.optional(),
    /** Rule modules from outside: npm package names or paths relative to the config file. */
    plugins: z.array(z.string()).optional(),
    /** Glob patterns of files not to lint. */
    ignorePatterns: z.array(z.string()).optional(),
    /** Cross-report (repo/) rules when linting folders. */
    crossReport: z.boolean().optional(),
    overrides: z
      .array(
        z
          .object({
            files: z.array(z.string()).min(1),
            rules: rulesSchema.optional(),
            settings: settingsSchema.optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
export type RuleEntry = z.infer<typeof ruleEntrySchema>;

/** A config problem, with the path of the key (`rules["table/balance"][1].tolerance`) and what was expected. */
export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly issues: Array<{ path: string; message: string }>,
  ) {
    super(`${source}: ${issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ')}`);
  }
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : /^[A-Za-z_$][\w$]*$/.test(String(part)) ? `.${String(part)}` : `[${JSON.stringify(part)}]`)).join('').replace(/^\./, '');
}

/** Parses a config object, naming the source (file path) in every error. */
export function parseConfig(value: unknown, source: string): Config {
  const result = configSchema.safeParse(value);
  if (result.success) return result.data;
  throw new ConfigError(source, result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })));
}
