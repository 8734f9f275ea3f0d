import type { Position } from 'unist';
import type { z } from 'zod';
import type { Lang, MessageTemplate, RuleMeta } from '../engine/rule.js';
import type { Repository } from './repository.js';

/** A place in some report of the run: findings and their related places name their file. */
export interface RepoPlace {
  filePath: string;
  position: Position;
}

export interface RepoRelatedInput extends RepoPlace {
  messageId?: string;
  message?: MessageTemplate;
  data?: Record<string, string | number>;
}

export interface RepoReportInput extends RepoPlace {
  messageId: string;
  data?: Record<string, string | number>;
  related?: RepoRelatedInput[];
}

export interface RepoRuleContext<Options> {
  /** The run's reports that the rule's generations cover, grouped by body and year. */
  repository: Repository;
  options: Options;
  lang: Lang;
  emit(input: RepoReportInput): void;
}

/**
 * A cross-report rule: the same meta and options as a per-report rule, but it checks the
 * summaries of every report of a run at once (`checkRepository`, not `check`, so the two
 * kinds can never be mixed up).
 */
export interface RepoRule<Schema extends z.ZodType = z.ZodType> {
  meta: RuleMeta;
  options: Schema;
  checkRepository(context: RepoRuleContext<z.infer<Schema>>): void;
}

export function defineRepoRule<Schema extends z.ZodType>(rule: RepoRule<Schema>): RepoRule<Schema> {
  return rule;
}
