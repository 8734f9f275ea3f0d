import { z } from 'zod';
import type { Generation } from '../model/types.js';
import type { GenerationDefinition } from './schema.js';

/**
 * What the prose says, as data: which words around a figure name which table cells. Patterns are
 * regular-expression sources. The nouns come from the tables' own row labels (予以公开, 上年结转,
 * 属于四类过程性信息 …), the verbs and synonyms from how reports word them (docs/phrasing.md).
 */
const generations = z.array(z.enum(['legacy', 'gb2019', 'gb2021'])).min(1);
const label = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const tableKind = z.enum(['proactive', 'applications', 'reviewLitigation', 'legacyStats']);

const countEntrySchema = z
  .object({
    /** Metric name, shared across generations (`received`, `granted` …). */
    id: z.string().min(1),
    label,
    /** Words that must end the clause right before the figure (fillers such as 共、为 may follow them): 予以公开4件. */
    before: z.string().optional(),
    /** The figure stands before its noun (尚有2件申请结转下年度): `lead` must end the text before it, `follows` start the text after it. */
    after: z.object({ lead: z.string().optional(), follows: z.string() }).optional(),
    table: tableKind,
    /** Cell keys summed: `{c}` is the applicant column (总计 unless the prose names one), `*` any row part. */
    cells: z.array(z.string().min(1)).min(1),
    generations,
    /** Patterns the sentence must contain, where the words alone are ambiguous (办结 of a hotline). */
    context: z.array(z.string()).optional(),
    /** Patterns the sentence must not contain. */
    unless: z.array(z.string()).optional(),
    /** The units the figure may be counted in, when not any (decisions in 件, not postings in 条). */
    units: z.array(z.string()).optional(),
    /** A 办理结果 category of table 三: category-mismatch compares these with one another. */
    category: z.boolean().optional(),
    /** Context words may also stand in the sentence before (均已按时办结，共办结5件 after a sentence on 申请). */
    contextInPrevious: z.boolean().optional(),
    /** The figure is an amount in 万元 (行政事业性收费共计12.6万元), not a count: only such entries read such figures. */
    amount: z.boolean().optional(),
    /** Cells the figure may stand for instead, where reports word both alike: it contradicts the table only if neither agrees. */
    orCells: z.array(z.string()).optional(),
    /** "62件（其中上年结转3件）": words right after the figure that make it a sum with these cells too. */
    includes: z.object({ follows: z.string(), cells: z.array(z.string()) }).optional(),
  })
  .refine((entry) => entry.before || entry.after, 'an entry needs `before` or `after`');

const rateEntrySchema = z.object({
  id: z.string(),
  label,
  before: z.string(),
  table: tableKind,
  numerator: z.array(z.string()),
  denominator: z.array(z.string()),
  /** Count metrics that state the same figures in the sentence (办结5件 … 受理5件). */
  statedNumerator: z.string(),
  statedDenominator: z.array(z.string()),
  generations,
  context: z.array(z.string()).optional(),
});

const noneEntrySchema = z.object({
  id: z.string(),
  label,
  /** Matched anywhere in a clause. */
  pattern: z.string(),
  /** A bare "无此类情况。" says none of what its section title names, when the title matches this. */
  titleTerm: z.string().optional(),
  table: tableKind,
  cells: z.array(z.string()),
  generations,
  context: z.array(z.string()).optional(),
  unless: z.array(z.string()).optional(),
});

/** Words that set a figure's scope: 全县 (a region), 其中县政府办公室 (a part), 县司法局 (another body). */
const scopeSchema = z.object({
  /** A region word right before the verb: 全县共收到…; the region's letter follows 全 (县、市、区…). */
  region: z.string(),
  /** The body speaking of itself: 本机关、我局、本单位. */
  self: z.string(),
  /** A named body: a few characters ending in one of these (县司法局, 城关镇). */
  bodyEnding: z.string(),
  /** Words after which a named body is a part of the report's own (其中、包括). */
  partLead: z.string(),
  /** A government's own level (市本级, 区政府本级): after a part's lead word, a part too. */
  level: z.string(),
  /** The body's units together (各乡镇（街道）共收到…): a part of the report's scope, not the body's own figure. */
  subordinates: z.string(),
  /** One kind of a region's places after its region word (全区各街道, 全区镇街): alone, a part of the region. */
  oneKindOfPlace: z.string(),
  /** A government's own level standing alone (市政府本级, 省政府办公厅本级), its level captured: a part in that government's report. */
  ownLevel: z.string(),
  /** A department's own organ beside its system (全州公安机关…，州局机关受理其中9件): the body itself. */
  ownOrgan: z.string(),
  /** A government's direct departments (自治区直属机关, 县直各部门): a part of its region's figures. */
  direct: z.string(),
});

/**
 * "制发行政规范性文件12件，废止2件": after a figure of a table-二 row, a column's word alone names that row's column
 * ("行政诉讼4起，其中维持3起": table 四's results likewise); "制发规章6件、行政规范性文件9件": a row's word alone
 * names that row in the same column; "行政规范性文件现行有效数为58件": the row's word, then the column's, name the cell.
 */
const columnWordSchema = z.object({ table: tableKind, column: z.string(), words: z.string(), generations });
const rowWordSchema = z.object({ table: tableKind, row: z.string(), words: z.string() });

/** "法人或其他组织申请3件": words that name several applicant columns of table 三 at once. */
const columnGroupSchema = z.object({ words: z.string(), en: z.string(), columns: z.array(z.string()).min(2) });

export const claimVocabularySchema = z.object({
  tableNames: z.record(tableKind, label),
  columnGroups: z.array(columnGroupSchema),
  /** Other words for an applicant column than its label: 律师事务所 (法律服务机构), 企业 (商业企业), 个人 (自然人). */
  applicantWords: z.record(z.string(), z.string()),
  counts: z.array(countEntrySchema),
  /** Other words for a row of table 三 than its label: 本办不掌握相关政府信息, 信息不存在. */
  rowNouns: z.record(z.string(), z.string()),
  columnWords: z.array(columnWordSchema),
  rowWords: z.array(rowWordSchema),
  rates: z.array(rateEntrySchema),
  /** Count ids whose figures a report may add up under one total word ("…，加上上年结转的1件，共计21件"). */
  sums: z.array(z.array(z.string()).min(2)),
  /** The count id whose cells every 办理结果 category adds up to ("予以公开21件；…；总计37件"). */
  categoriesTotal: z.string(),
  /**
   * Verbs joined before one figure, each claiming it ("收到并按时办结12件申请"): the words, the count ids in order, and
   * words of the sentence that make the second verb mean something else (收到并办理42件，办结41件: 办理 is the load).
   */
  jointVerbs: z.array(z.object({ words: z.string(), ids: z.array(z.string()).min(2), unless: z.array(z.string()).optional() })),
  nones: z.array(noneEntrySchema),
  scope: scopeSchema,
});

export type CountEntry = z.infer<typeof countEntrySchema> & { generations: Generation[] };
export type RateEntry = z.infer<typeof rateEntrySchema> & { generations: Generation[] };
export type NoneEntry = z.infer<typeof noneEntrySchema> & { generations: Generation[] };
export type ClaimVocabulary = z.infer<typeof claimVocabularySchema>;
export type ColumnWord = z.infer<typeof columnWordSchema> & { generations: Generation[] };
type RowWord = z.infer<typeof rowWordSchema>;

/** A label as a pattern: special characters escaped, its quotation marks optional (危及“三安全一稳定”). */
const quotesOptional = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[“”"]/g, '[“”"]?');

/**
 * 不予公开、无法提供、不予处理 and 其他处理 each split into rows whose labels reports also write
 * (属于四类过程性信息3件, 重复申请1件): one entry per such row, read from the format data itself, with
 * the vocabulary's other words for a row (`rowNouns`: 本办不掌握…, 信息不存在).
 */
function rowEntries(definition: GenerationDefinition, rowNouns: Record<string, string>): CountEntry[] {
  const generation = definition.id;
  const table = definition.tables.find((candidate) => candidate.kind === 'applications');
  if (table?.layout !== 'rows') return [];
  return table.rows
    .filter((row) => row.key.includes('.') && row.key !== 'other.other')
    .map((row) => {
      // "（四）无法提供 1.本机关不掌握相关政府信息" → "本机关不掌握相关政府信息"; its short name after · ("不掌握") too.
      const words = row.label.replace(/^.*\d[.．、]/, '').replace(/[（(].*$/, '').replace(/^属于/, '');
      const short = row.short?.split('·')[1];
      const nouns = [words, ...(short ? [short] : [])].map(quotesOptional).join('|');
      const other = rowNouns[row.key];
      // "因需对现有数据重新加工而无法提供1件": the row's reason told before its category's words.
      const category = row.short?.split('·')[0];
      const named = [`(?:属于)?(?:${nouns})`, ...(other ? [other] : [])].join('|');
      const noun = `(?:${named})(?:的)?(?:类)?(?:情形|申请|信息)?${category ? `(?:[，,]?(?:而|故|依法)?(?:予以|作)?${category}(?:的)?)?` : ''}`;
      return { id: row.key, label: { zh: row.short ?? words, en: row.key }, before: noun, table: 'applications', cells: [`${row.key}:{c}`], generations: [generation] };
    });
}

/**
 * "不予公开的5件中，4件涉及第三方合法权益": a row's figure before its noun, in a sentence that names the row's
 * category (its entry's words are the context), or the whole of which it is a part (办结的55件中，1件逾期未补正).
 */
/** "办结的55件中": the whole the figures after it are parts of. */
const OF_WHICH = '(?:办结|受理|收到|答复|办理|处理)(?:了)?的[^，,；;。]{0,8}?中';

function rowsAfter(rows: CountEntry[], counts: CountEntry[]): CountEntry[] {
  // Any 办理结果 in the sentence (1件予以公开，1件因本机关不掌握…) makes the figures around results too. A row's words
  // outside 不予公开 are an outcome on their own (逾期未补正, 信访举报投诉类) in any sentence about applications; a reason
  // for withholding (涉及第三方合法权益) may tell what was asked for and then granted.
  const results = (row: CountEntry) =>
    [...counts.filter((e) => e.category && e.table === row.table && e.before && e.generations.some((g) => row.generations.includes(g))).map((e) => e.before), ...(row.id.startsWith('withheld.') ? [] : ['申请'])].join('|');
  return rows.flatMap((row) => {
    const category = counts.find((e) => e.category && e.table === row.table && e.generations.some((g) => row.generations.includes(g)) && e.cells.some((cell) => cell.startsWith(`${row.id.split('.')[0]}.`)));
    return category?.before ? [{ ...row, before: undefined, after: { follows: `^\\s*(?:属于|涉及|系|为|因|是)?(?:${row.before})` }, context: [`${results(row)}|${OF_WHICH}`] }] : [];
  });
}

/**
 * A table-二 cell named row first, column after (行政规范性文件现行有效数为58件, 规章制发3件): one entry per cell an
 * entry names with its column's word first, read from the row and column words.
 */
function rowFirstEntries(counts: CountEntry[], rowWords: RowWord[], columnWords: ColumnWord[]): CountEntry[] {
  return rowWords.flatMap((row) =>
    columnWords.flatMap((column) =>
      column.table !== row.table ? [] : column.generations.flatMap((generation) => {
        const cell = `${row.row}:${column.column}`;
        const entry = counts.find((e) => e.table === row.table && e.generations.includes(generation) && e.cells.length === 1 && e.cells[0] === cell);
        return entry ? [{ ...entry, before: `${row.words}(?:的)?(?:${column.words})`, generations: [generation] }] : [];
      }),
    ),
  );
}

/** The vocabulary with the entries read from the format data: what `Knowledge.claims` holds. */
export type Claims = ClaimVocabulary & { counts: CountEntry[]; rates: RateEntry[]; nones: NoneEntry[]; columnWords: ColumnWord[] };

/** The vocabulary, validated when knowledge is built (a pattern that does not compile fails here, not in a rule). */
export function buildClaims(input: unknown, generations: Record<Generation, GenerationDefinition>): Claims {
  const parsed = claimVocabularySchema.parse(input);
  const rows = (['gb2019', 'gb2021'] as const).flatMap((generation) => rowEntries(generations[generation], parsed.rowNouns));
  const named = [...parsed.counts, ...rows, ...rowsAfter(rows, parsed.counts as CountEntry[])] as CountEntry[];
  const counts = [...named, ...rowFirstEntries(named, parsed.rowWords, parsed.columnWords as ColumnWord[])];
  for (const entry of counts) for (const source of [entry.before, entry.after?.lead, entry.after?.follows, entry.includes?.follows]) if (source) new RegExp(source);
  for (const joint of parsed.jointVerbs) for (const source of [joint.words, ...(joint.unless ?? [])]) new RegExp(source);
  return { ...parsed, counts, rates: parsed.rates as RateEntry[], nones: parsed.nones as NoneEntry[], columnWords: parsed.columnWords as ColumnWord[] };
}
