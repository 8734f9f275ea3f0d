import type { Position } from 'unist';
import type { Lang, MessageTemplate, OptionsOf, OptionsSchema, Rule, RuleBase } from '../engine/rule.js';
import type { Knowledge } from '../knowledge/index.js';
import type { Repository } from './repository.js';
import type { SummaryNeeds } from './summary.js';

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
  /** The format generations' tables, rows and columns, as per-report rules get them. */
  knowledge: Knowledge;
  lang: Lang;
  emit(input: RepoReportInput): void;
}

/**
 * A cross-report rule: the same meta and options as a per-report rule, but it checks the
 * summaries of every report of a run at once (`checkRepository`, not `check`, so the two
 * kinds can never be mixed up). It declares what it reads of each report (`needs`): the
 * summaries carry only what the run's active rules declared.
 */
export interface RepoRule<Schema extends OptionsSchema = OptionsSchema> extends RuleBase<Schema> {
  needs: SummaryNeeds;
  checkRepository(context: RepoRuleContext<OptionsOf<Schema>>): void;
}

export function defineRepoRule<Schema extends OptionsSchema>(rule: RepoRule<Schema>): RepoRule<Schema> {
  return rule;
}

/** Which kind a rule of a registry is (a plugin may bring both). */
export function isRepoRule(rule: Rule | RepoRule): rule is RepoRule {
  return 'checkRepository' in rule;
}
