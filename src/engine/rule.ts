import type { Position } from 'unist';
import type { Generation, Report } from '../model/types.js';
import type { Severity } from './diagnostic.js';
import type { Knowledge } from '../knowledge/index.js';
import type { BodyType, PUBLICATION_DEADLINES } from '../knowledge/data/publication.js';

/** The built-in families (folders under rules/); a plugin names its own. */
export type RuleFamily = 'table' | 'narrative' | 'structure' | 'meta' | 'content' | 'repo' | (string & {});

/** A message template in both languages; `{name}` placeholders are filled from report data. */
export interface MessageTemplate {
  zh: string;
  en: string;
}

export interface RuleMeta {
  /** `family/name`, equal to the module path under rules/. */
  id: string;
  family: RuleFamily;
  description: MessageTemplate;
  /** Default severity in the `recommended` preset; `off` rules only run in `strict` or when enabled. */
  recommended: Severity | 'off';
  /** Generations the rule applies to. */
  generations: Generation[];
  messages: Record<string, MessageTemplate>;
  /** Whether the rule can suggest a replacement text. */
  hasSuggestions?: boolean;
}

export type Lang = 'zh' | 'en';

export interface RelatedInput {
  messageId?: string;
  message?: MessageTemplate;
  data?: Record<string, string | number>;
  position?: Position;
}

export interface ReportInput {
  messageId: string;
  data?: Record<string, string | number>;
  position?: Position;
  related?: RelatedInput[];
  suggestion?: { text: string; position: Position; messageId: string };
}

export interface RuleContext<Options> {
  report: Report;
  options: Options;
  knowledge: Knowledge;
  /** Settings shared by all rules (body type for deadlines …), from the config. */
  settings: Settings;
  /** Language of messages; rules that build text for data (arithmetic) use it. */
  lang: Lang;
  emit(input: ReportInput): void;
}

export interface Settings {
  /** Kind of body, for publication deadlines (formats.md 'Dates and deadlines'); unset: told from the body's name. */
  bodyType?: BodyType;
  /** Deadline (MM-DD of the next year) per body type for gb2019/gb2021 reports, and for legacy ones. */
  deadlines: Record<keyof typeof PUBLICATION_DEADLINES, string>;
  /** What one file may cost (docs/reliability.md): past a limit, that file fails and the run goes on. */
  limits: Limits;
}

export interface Limits {
  /** Largest file read, in MB. */
  fileSizeMB: number;
  /** Findings listed per file; the rest are counted. */
  findingsPerFile: number;
  /** Rules stop after this long on one file. */
  secondsPerFile: number;
}

/**
 * A rule's options schema, checked by its shape: anything with zod's `safeParse` (a zod schema of
 * any version), so a plugin may bring its own copy of zod.
 */
export interface OptionsSchema<Output = unknown> {
  safeParse(value: unknown): { success: true; data: Output } | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } };
}

/** The options a schema's `safeParse` gives (defaults applied). */
export type OptionsOf<Schema> = Schema extends OptionsSchema<infer Output> ? Output : never;

/** What both kinds of rule have: metadata and an options schema. */
export interface RuleBase<Schema extends OptionsSchema = OptionsSchema> {
  meta: RuleMeta;
  /** Options schema; defaults apply before the rule runs. */
  options: Schema;
}

/** A per-report rule: it checks one report's model at a time. */
export interface Rule<Schema extends OptionsSchema = OptionsSchema> extends RuleBase<Schema> {
  check(context: RuleContext<OptionsOf<Schema>>): void;
}

export function defineRule<Schema extends OptionsSchema>(rule: Rule<Schema>): Rule<Schema> {
  return rule;
}
