/**
 * `xxgk-lint/rule`: what a rule needs, for plugins and the built-in rules alike: the two ways
 * to define a rule, the context each gets, the model it reads and the helpers that query it.
 */
export { defineRule, type Lang, type MessageTemplate, type OptionsOf, type OptionsSchema, type RelatedInput, type ReportInput, type Rule, type RuleContext, type RuleFamily, type RuleMeta, type Settings } from './rule.js';
export type { Diagnostic, Severity } from './diagnostic.js';
export { defineRepoRule, type RepoPlace, type RepoRelatedInput, type RepoReportInput, type RepoRule, type RepoRuleContext } from '../repo/rule.js';
export type { Repository } from '../repo/repository.js';
export { cellOf, cellValue, columnsUnder, type RepoSummary, type SummaryNeeds } from '../repo/summary.js';
export { sentencePosition, type ProseFingerprint } from '../repo/fingerprint.js';
// Knowledge reaches a rule on its context; these name its parts and read them (a rule passes its context's).
export { cellKey, generationForYear, tableDefinition, type Knowledge } from '../knowledge/index.js';
export type { Claims, ColumnWord, CountEntry, NoneEntry, RateEntry } from '../knowledge/claims.js';
export type { ChangeVocabulary } from '../knowledge/changes.js';
export type { ColumnDefinition, GenerationDefinition, Identity, RowDefinition, RowsTableDefinition, SectionDefinition, SequenceTableDefinition, TableDefinition } from '../knowledge/schema.js';
export { unitWords, type AdministrativeUnit } from '../knowledge/data/units.js';
export type { Gazetteer, PlaceLevel } from '../knowledge/gazetteer.js';
export { parseCellNumber, type CellNumber } from '../knowledge/normalize.js';
export { GENERATIONS, TABLE_KINDS } from '../knowledge/kinds.js';
export type { Cell, Content, Generation, Located, Paragraph, Report, ReportFacts, Section, Table, TableKind } from '../model/types.js';
export { cellsByKey, paragraphsOf, partsOf, sectionsOf, tableOf, tablesOf, walk } from '../model/query.js';
export { locate } from '../model/block.js';
