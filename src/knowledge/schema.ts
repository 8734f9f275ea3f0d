import { z } from 'zod';
import { GENERATIONS, TABLE_KINDS } from './kinds.js';

/** How a cell's number may look: counts are whole and ≥ 0, 本年增/减 may be negative, amounts may have decimals. */
export const valueKindSchema = z.enum(['count', 'signed', 'amount']);

const columnSchema = z.object({
  key: z.string().regex(/^[a-zA-Z.]+$/),
  label: z.string().min(1),
  /** English name for `--lang en` messages. */
  en: z.string().optional(),
  valueKind: valueKindSchema.default('count'),
  /** Other ways a header writes the label (regex on the normalised header cell); the label itself always matches. */
  match: z.array(z.string().min(1)).default([]),
});

const rowSchema = z.object({
  key: z.string().regex(/^[a-zA-Z.]+$/),
  /** The label as the format text writes it. */
  label: z.string().min(1),
  /** Short name for arithmetic in messages (本年新收); defaults to the label. */
  short: z.string().optional(),
  /** Regular expressions tried on the normalised label text (see normalizeLabel). */
  match: z.array(z.string().min(1)).min(1),
  /** Columns of this row when they differ from the table's (table 二 has rows of 1, 2 or 3 values). */
  columns: z.array(columnSchema).optional(),
});

/** An identity the rules check; `rule` names the rule that owns it. */
export const identitySchema = z.discriminatedUnion('kind', [
  /** For every column c: Σ left[c] = Σ right[c]. */
  z.object({ kind: z.literal('perColumn'), rule: z.string(), id: z.string(), left: z.array(z.string()).min(1), right: z.array(z.string()).min(1) }),
  /** For every row r: r[total] = Σ r[parts]. */
  z.object({ kind: z.literal('perRow'), rule: z.string(), id: z.string(), total: z.string(), parts: z.array(z.string()).min(2) }),
  /** Σ left (relation) Σ right over explicit cell keys. */
  z.object({
    kind: z.literal('cells'),
    rule: z.string(),
    id: z.string(),
    label: z.string(),
    left: z.array(z.string()).min(1),
    right: z.array(z.string()).min(1),
    relation: z.enum(['equal', 'atLeast']).default('equal'),
  }),
]);

const tableBase = {
  kind: z.enum(TABLE_KINDS),
  /** Title of the table in the format text (表三 …). */
  title: z.string(),
  /** Where a flattened table starts: a regex on a normalised cell. */
  anchor: z.string(),
  /** Header words that only this generation's version of the table uses. */
  evidence: z.array(z.string()).default([]),
  identities: z.array(identitySchema).default([]),
};

/** A table read row by row: a label, then one value per column. */
const rowsTableSchema = z.object({
  layout: z.literal('rows'),
  ...tableBase,
  columns: z.array(columnSchema),
  rows: z.array(rowSchema).min(1),
  /** Legacy statistical tables glue the number to the label on one line. */
  glued: z.boolean().default(false),
  /** Labels (regex) of in-table groupings such as 三、本年度办理结果: they look like report headings but are table rows. */
  groups: z.array(z.string()).default([]),
});

/** A table whose values come as one run after its header (table 四: 15 cells). */
const sequenceTableSchema = z.object({
  layout: z.literal('sequence'),
  ...tableBase,
  /** Header words that must follow the anchor before the values start. */
  headers: z.array(z.string()).min(1),
  cells: z.array(z.object({ key: z.string(), label: z.string() })).min(1),
});

export const tableDefinitionSchema = z.discriminatedUnion('layout', [rowsTableSchema, sequenceTableSchema]);

export const sectionDefinitionSchema = z.object({
  key: z.string(),
  title: z.string(),
  /** Key words (regex) that identify the part whatever its exact wording. */
  match: z.array(z.string()).min(1),
  /** A part that may say only 无. */
  mayBeEmpty: z.boolean().default(false),
});

export const generationDefinitionSchema = z.object({
  id: z.enum(GENERATIONS),
  years: z.object({ from: z.number().int(), to: z.number().int().optional() }),
  definedBy: z.string(),
  sections: z.array(sectionDefinitionSchema),
  tables: z.array(tableDefinitionSchema),
});

export type SectionDefinition = z.infer<typeof sectionDefinitionSchema>;
export type ValueKind = z.infer<typeof valueKindSchema>;
export type ColumnDefinition = z.infer<typeof columnSchema>;
export type RowDefinition = z.infer<typeof rowSchema>;
export type Identity = z.infer<typeof identitySchema>;
export type TableDefinition = z.infer<typeof tableDefinitionSchema>;
export type RowsTableDefinition = z.infer<typeof rowsTableSchema>;
export type SequenceTableDefinition = z.infer<typeof sequenceTableSchema>;
export type GenerationDefinition = z.infer<typeof generationDefinitionSchema>;
export type GenerationInput = z.input<typeof generationDefinitionSchema>;
