import type { Position } from 'unist';
import { tableDefinition } from '../../../src/knowledge/index.js';
import { Memo } from '../../../src/model/memo.js';
import { paragraphsOf, sectionsOf } from '../../../src/model/query.js';
import type { Lang, MessageTemplate } from '../../../src/engine/rule.js';
import type { Generation, Paragraph, Report, TableKind } from '../../../src/model/types.js';
import { claimVocabulary, type CountEntry, type RateEntry } from '../../../src/knowledge/claims.js';
import { scopeOf } from './scope.js';
import type { ClaimScope, ClaimView } from '../../../src/model/claim.js';
import { cellKeysOf } from './cells.js';
import { findFigures, isCount, type Figure } from './numbers.js';
import { clauseStart, positionIn, sentenceEnd, sentenceStart } from '../../lib/text.js';

/** A figure the prose ties to table cells: "予以公开4件" → granted:total = 4. */
export interface Claim {
  entry: CountEntry;
  /** Cell patterns summed (the entry's, and those its words add: 62件（其中上年结转3件）). */
  cells: string[];
  value: number;
  unit: string;
  approximate: boolean;
  /** Applicant column the figure is about: `total` unless the prose names one (自然人申请4件). */
  column: string;
  /** "5件（全部为自然人申请）": the figure is the total and that column at once. */
  whole: boolean;
  /** Whose figure it is; only the report's own (`own`) are compared with the tables. */
  scope: ClaimScope;
  paragraph: Paragraph;
  figure: Figure;
  /** The clause as written, up to the figure: "予以公开4件". */
  text: string;
  position: Position;
}

/** A stated rate: "办结率100%". */
export interface RateClaim {
  entry: RateEntry;
  figure: Figure;
  paragraph: Paragraph;
  text: string;
  position: Position;
}

/** One paragraph of prose with every figure in it and what the figures claim. */
export interface Prose {
  paragraph: Paragraph;
  figures: Figure[];
  claims: Claim[];
  rates: RateClaim[];
}

const { counts: COUNT_ENTRIES, rates: RATE_ENTRIES, tableNames: TABLE_NAMES } = claimVocabulary;
export { TABLE_NAMES };

// Words that may stand between the phrase and its figure: 予以公开的共4件, 办结率达100%.
const FILLER = '(?:的)?(?:数量?|总数|总量)?(?:共计|共|合计|总计|累计|计|为|达到|达|是|有|了)*\\s*';
/** How far past a figure its noun (尚有2件申请结转下年度) or its note (（其中上年结转3件）) may reach. */
const AFTER_REACH = 40;

/** Compiled patterns by source, plain and anchored: keyed by the lexicon's own strings, whose hashes V8 keeps. */
const compiled = { plain: new Map<string, RegExp>(), anchored: new Map<string, RegExp>() };
/** A lexicon pattern compiled once; `anchored`: it must end the text, fillers allowed. */
export function pattern(source: string, anchored = false): RegExp {
  const known = anchored ? compiled.anchored : compiled.plain;
  let re = known.get(source);
  if (!re) known.set(source, (re = new RegExp(anchored ? `(?:${source})${FILLER}$` : source)));
  return re;
}

const ANY_RATE_BEFORE = pattern(RATE_ENTRIES.map((entry) => `(?:${entry.before})`).join('|'), true);

/** The entry's context words are in `context` (the sentence, or it and the one before), none of its `unless` words in the sentence. */
export const sentenceFits = (sentence: string, entry: { context?: string[]; unless?: string[] }, context = sentence) =>
  (entry.context ?? []).every((p) => pattern(p).test(context)) && !(entry.unless ?? []).some((p) => pattern(p).test(sentence));

/**
 * Applicant columns by label (自然人 → natural), from the format data; 其他 is too vague to name one. A group
 * of columns (法人或其他组织) is keyed by the alternation of its columns, which cell patterns take as they are.
 */
const applications = tableDefinition('gb2021', 'applications');
const APPLICANT_COLUMNS = (applications?.layout === 'rows' ? applications.columns : []).filter((column) => column.key !== 'total' && column.key !== 'otherOrg');
const COLUMNS = new Map<string, string>([
  ...claimVocabulary.columnGroups.flatMap((group) => group.words.split('|').map((words) => [words, `(?:${group.columns.join('|')})`] as const)),
  ...APPLICANT_COLUMNS.map((column) => [column.label, column.key] as const),
]);
/** English names of the column groups, for messages (a single column is named by its key). */
const GROUP_NAMES = new Map<string, string>(claimVocabulary.columnGroups.map((group) => [`(?:${group.columns.join('|')})`, group.en]));
const COLUMN_WORDS = [...COLUMNS.keys()].join('|');
const COLUMN_BEFORE = new RegExp(`(${COLUMN_WORDS})(?:提出)?(?:的)?申请(?:件)?${FILLER}$`);
const COLUMN_AFTER = new RegExp(`^\\s*[（(]?\\s*(?:全部|均)(?:为|是|系)(${COLUMN_WORDS})`);

/** Where a metric sits, for messages: 表三“予以公开”总计 / table 3 "granted" (total). */
export function whereOf(entry: { table: TableKind; label: MessageTemplate }, column: string, lang: Lang): string {
  const table = TABLE_NAMES[entry.table][lang];
  if (lang === 'en') return `${table} "${entry.label.en}"${entry.table === 'applications' ? ` (${GROUP_NAMES.get(column) ?? column})` : ''}`;
  const label = [...COLUMNS].find(([, key]) => key === column)?.[0];
  return `${table}“${entry.label.zh}”${entry.table === 'applications' ? (label ? `${label}列` : '总计') : ''}`;
}

/**
 * A figure and its clause, placed in the source only when a rule reports it: most figures never are.
 * The position is a getter of the class, not one defined on each object: a getter defined per object
 * gives each object its own hidden class, which V8 keeps in the old generation with the report it
 * closes over.
 */
class PlacedFigure {
  readonly #report: Report;

  constructor(report: Report, readonly paragraph: Paragraph, readonly figure: Figure, readonly text: string) {
    this.#report = report;
  }

  get position(): Position {
    return positionIn(this.#report, this.paragraph, this.figure.start, this.figure.end);
  }
}

const proseOfReport = new Memo((report: Report) => [...paragraphsOf(report.children), ...headingsWithFigures(report)].map((paragraph) => read(report, paragraph)));

/** A list item numbered like a heading (1、全年共收到申请5件，予以公开3件) is prose too: its figures are read as a paragraph's. */
const FIGURE_IN_HEADING = /[0-9０-９零〇一二两三四五六七八九十百千]\s*(?:件|条|项|份|起|宗|%|％)/;

function headingsWithFigures(report: Report): Paragraph[] {
  return sectionsOf(report).flatMap((section) => {
    const start = section.headingPosition?.start.offset;
    const end = section.headingPosition?.end.offset;
    if (start === undefined || end === undefined || !FIGURE_IN_HEADING.test(section.title)) return [];
    const text = report.source.slice(start, end);
    return [{ type: 'paragraph', text, spans: [{ start: 0, offset: start, length: text.length }], position: section.headingPosition }];
  });
}

/** Every paragraph's figures and claims, computed once per report for all narrative rules. */
export const proseOf = (report: Report): Prose[] => proseOfReport.get(report);

export const claimsOf = (report: Report): Claim[] => proseOf(report).flatMap((p) => p.claims);

/** A claim compared with the tables: the report's own figure, written exactly. */
export const isChecked = (claim: Claim) => claim.scope === 'own' && !claim.approximate;

/** The claims as `inspect` shows them: place, figure, the cells spelled out, scope. */
export function claimViews(report: Report): ClaimView[] {
  return claimsOf(report).map((claim) => {
    const { start, end } = claim.position;
    const { table } = claim.entry;
    return {
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      text: claim.text.trim(),
      value: claim.value,
      unit: claim.unit,
      table,
      cells: cellKeysOf(report.facts.generation, table, claim.cells, claim.whole ? 'total' : claim.column),
      scope: claim.scope,
      approximate: claim.approximate,
      checked: isChecked(claim),
    };
  });
}

/** The sentence holding a figure: read only for a figure that a phrase before it may tie to the tables. */
const sentenceOf = (text: string, figure: Figure) => text.slice(sentenceStart(text, figure.from), sentenceEnd(text, figure.end));

function read(report: Report, paragraph: Paragraph): Prose {
  const { text } = paragraph;
  const { generation } = report.facts;
  const figures = findFigures(text);
  const claims: Claim[] = [];
  const rates: RateClaim[] = [];
  const filters = prefilters(generation);
  // Most figures claim nothing: one test of the words around each decides whether any reading may; what
  // only a claim needs (its sentence, its scope, its clause as written) is read once one may be made.
  for (const figure of figures) {
    const rate = figure.unit === '%';
    if (!rate && !isCount(figure)) continue;
    const from = clauseStart(text, figure.from);
    const before = text.slice(Math.max(from, figure.from - BEFORE_REACH), figure.from);
    if (rate) {
      const entry = ANY_RATE_BEFORE.test(before) ? rateEntry(before, sentenceOf(text, figure), generation) : undefined;
      if (entry) rates.push(Object.assign(new PlacedFigure(report, paragraph, figure, text.slice(from, figure.end)), { entry }));
      continue;
    }
    const after = text.slice(figure.end, figure.end + AFTER_REACH);
    const may = filters.before.test(before) || filters.after.test(after) || (claims.length > 0 && filters.continued.test(before));
    const claim = may ? claimAt(report, paragraph, figure, { from, before, after }, claims) : undefined;
    if (claim) claims.push(claim);
  }
  return { paragraph, figures, claims, rates };
}

/** Only the last characters of a clause can hold the words of a claim (the longest pattern is well under this). */
const BEFORE_REACH = 48;

/** Per generation, one pattern per way a figure may be read: before it, after it, or after another claim (其中自然人申请4件, 废止2件). */
const prefiltersOf = new Map<Generation, { entries: CountEntry[]; before: RegExp; after: RegExp; continued: RegExp }>();
function prefilters(generation: Generation) {
  let found = prefiltersOf.get(generation);
  if (!found) {
    const entries = COUNT_ENTRIES.filter((entry) => entry.generations.includes(generation));
    const union = (sources: string[]) => (sources.length ? sources.map((source) => `(?:${source})`).join('|') : '$^');
    const words = [...claimVocabulary.columnWords.filter((word) => word.generations.includes(generation)), ...claimVocabulary.rowWords].map((word) => word.words);
    found = {
      entries,
      before: pattern(union(entries.flatMap((entry) => (entry.before ? [entry.before] : []))), true),
      // The nouns after a figure all start right after it: one anchor for the union, not one per alternative.
      after: new RegExp(`^(?:${union(entries.flatMap((entry) => (entry.after ? [entry.after.follows.replace(/^\^/, '')] : [])))})`),
      continued: new RegExp(`${COLUMN_BEFORE.source}|(?:${union(words)})${FILLER}$`),
    };
    prefiltersOf.set(generation, found);
  }
  return found;
}

/** The claim a figure makes, if any: by its words, by its noun after it, or as another column of the claim before it. */
function claimAt(report: Report, paragraph: Paragraph, figure: Figure, around: { from: number; before: string; after: string }, claims: Claim[]): Claim | undefined {
  const { text } = paragraph;
  const { generation } = report.facts;
  const { from, before, after } = around;
  const sentenceFrom = sentenceStart(text, figure.from);
  const previousFrom = sentenceFrom > 0 ? sentenceStart(text, sentenceFrom - 1) : sentenceFrom;
  let sentence: string | undefined;
  const own = () => (sentence ??= sentenceOf(text, figure));
  // Context words may stand in the sentence before: "共收到申请5件。均已按时办结，共办结5件。"
  const wide = () => text.slice(previousFrom, sentenceEnd(text, figure.end));
  const make = (entry: CountEntry, column: string, whole: boolean, cells = entry.cells, end = figure.end): Claim => {
    // A sentence that opens with 其中 goes on from the one before: its figures are that sentence's subject's.
    const headFrom = /^\s*其中/.test(text.slice(sentenceFrom, sentenceFrom + 4)) ? previousFrom : sentenceFrom;
    const scope = scopeOf(text.slice(headFrom, figure.from), report);
    const placed = new PlacedFigure(report, paragraph, figure, text.slice(from, end));
    return Object.assign(placed, { entry, cells, column, whole, scope, value: figure.value, unit: figure.unit, approximate: figure.approximate });
  };
  const found = countEntry(before, after, own, wide, generation);
  if (found) {
    const { tail } = found;
    const at = figure.from - before.length + before.search(pattern(found.entry.before ?? '$^', true));
    const entry = (tail === 0 && (joined(found.entry, text, at, generation) || subRow(found.entry, before, generation))) || found.entry;
    const named = COLUMN_AFTER.exec(after);
    const included = entry.includes && pattern(entry.includes.follows).test(after) ? entry.includes.cells : [];
    // A figure before its noun is quoted with the noun: "尚有2件申请结转下年度".
    return make(entry, named ? COLUMNS.get(named[1]!)! : 'total', Boolean(named), [...entry.cells, ...included], figure.end + tail);
  }
  // "其中自然人申请4件": the column of the applications figure stated before it.
  const owner = claims.findLast((claim) => claim.cells.some((cell) => cell.includes('{c}')));
  const column = owner && COLUMN_BEFORE.exec(before);
  if (column) return make(owner.entry, COLUMNS.get(column[1]!)!, false);
  // "制发行政规范性文件12件，废止2件": another column of the table-二 row stated before it in the sentence.
  const previous = claims.at(-1);
  const sibling = previous && previous.figure.from >= sentenceFrom ? columnSibling(previous.entry, before, generation) : undefined;
  return sibling && make(sibling, 'total', false);
}

const rateEntry = (before: string, sentence: string, generation: Generation) =>
  RATE_ENTRIES.find((e) => e.generations.includes(generation) && pattern(e.before, true).test(before) && sentenceFits(sentence, e));

/** "予以公开或部分公开59件": two 办理结果 joined before one figure claim their sum. */
const JOINER = /(?:或者|以及|或|和|及|与|、)\s*$/;
const JOIN_REACH = 24;
const joinedEntries = new Map<string, CountEntry>();

function joined(second: CountEntry, text: string, at: number, generation: Generation): CountEntry | undefined {
  if (!second.category || at < 1) return undefined;
  const lead = text.slice(Math.max(0, at - JOIN_REACH), at);
  const joiner = JOINER.exec(lead);
  if (!joiner) return undefined;
  const words = lead.slice(0, joiner.index);
  const first = COUNT_ENTRIES.find((e) => e.category && e !== second && e.table === second.table && e.generations.includes(generation) && pattern(e.before!, true).test(words));
  if (!first) return undefined;
  const key = `${first.id}+${second.id}+${generation}`;
  let both = joinedEntries.get(key);
  if (!both) {
    const label = { zh: `${first.label.zh}或${second.label.zh}`, en: `${first.label.en} or ${second.label.en}` };
    joinedEntries.set(key, (both = { ...second, id: `${first.id}+${second.id}`, label, cells: [...first.cells, ...second.cells], category: false }));
  }
  return both;
}

/** The count a figure states: by the words before it (予以公开4件), else by its noun after it (2件结转下年度). */
function countEntry(before: string, after: string, sentence: () => string, context: () => string, generation: Generation): { entry: CountEntry; tail: number } | undefined {
  const fits = (e: CountEntry) => sentenceFits(sentence(), e, e.contextInPrevious ? context() : undefined);
  const filters = prefilters(generation);
  if (filters.before.test(before)) {
    const entry = filters.entries.find((e) => e.before && pattern(e.before, true).test(before) && fits(e));
    if (entry) return { entry, tail: 0 };
  }
  if (!filters.after.test(after)) return undefined;
  for (const entry of filters.entries) {
    const noun = entry.after && pattern(entry.after.follows).exec(after);
    if (noun && (!entry.after!.lead || pattern(entry.after!.lead, true).test(before)) && fits(entry)) return { entry, tail: noun[0].length };
  }
  return undefined;
}

/** "属于四类过程性信息不予公开3件": a category whose clause names one of its rows is that row's figure. */
function subRow(category: CountEntry, before: string, generation: Generation): CountEntry | undefined {
  if (!category.category) return undefined;
  const prefix = `${category.cells[0]!.split(/[.:]/)[0]}.`;
  return COUNT_ENTRIES.find((e) => e.id.startsWith(prefix) && e.generations.includes(generation) && pattern(e.before!).test(before));
}

/**
 * The entry for another cell of the table-二 row or column stated before it in the sentence, when the clause is
 * only a column's word (制发行政规范性文件12件，废止2件) or a row's (制发规章6件、行政规范性文件9件).
 */
function columnSibling(previous: CountEntry, before: string, generation: Generation): CountEntry | undefined {
  if (previous.table !== 'proactive' || previous.cells.length !== 1) return undefined;
  const [row, column] = previous.cells[0]!.split(':');
  const alone = (words: string) => pattern(`^\\s*(?:${words})`, true).test(before);
  const word = claimVocabulary.columnWords.find((w) => w.table === previous.table && w.generations.includes(generation) && alone(w.words));
  const rowWord = word ? undefined : claimVocabulary.rowWords.find((w) => w.table === previous.table && alone(w.words));
  const cell = word ? `${row}:${word.column}` : rowWord ? `${rowWord.row}:${column}` : undefined;
  return cell === undefined ? undefined : COUNT_ENTRIES.find((e) => e.table === previous.table && e.generations.includes(generation) && e.cells.length === 1 && e.cells[0] === cell);
}
