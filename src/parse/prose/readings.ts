import type { Knowledge } from '../../knowledge/index.js';
import type { ColumnWord, CountEntry } from '../../knowledge/claims.js';
import { Memo } from '../../model/memo.js';
import type { Generation } from '../../model/types.js';
import { FILLER, pattern, sentenceFits } from './patterns.js';
import { cellKeysOf, cellLabel } from './cell-keys.js';

/**
 * Which vocabulary entry a figure's words name: before it, after it (2件结转下年度), two results joined
 * (予以公开或部分公开), a category's named row, another cell of a table-二 row. claims.ts places the claim.
 */

/** Per knowledge and generation, one pattern per way a figure may be read: before it, after it, or after another claim (其中自然人申请4件, 废止2件). */
interface Prefilters {
  entries: CountEntry[];
  amounts: CountEntry[];
  amountBefore: RegExp;
  before: RegExp;
  after: RegExp;
  continued: RegExp;
  /** Table 四's results (维持、纠正、其他结果、尚未审结) by their words, its rows by their totals' entries, and tests for either. */
  resultWords: ColumnWord[];
  reviewRows: CountEntry[];
  results: RegExp;
  resultsAfter: RegExp;
}
const prefiltersOf = new Memo((_: Knowledge) => new Map<Generation, Prefilters>());
export function prefilters(generation: Generation, knowledge: Knowledge): Prefilters {
  const claimVocabulary = knowledge.claims;
  const known = prefiltersOf.get(knowledge);
  let found = known.get(generation);
  if (!found) {
    const all = claimVocabulary.counts.filter((entry) => entry.generations.includes(generation));
    const entries = all.filter((entry) => !entry.amount);
    const amounts = all.filter((entry) => entry.amount);
    const union = (sources: string[]) => (sources.length ? sources.map((source) => `(?:${source})`).join('|') : '$^');
    // Table 四's results, and the 2008 table's (its only column words).
    const resultWords = claimVocabulary.columnWords.filter((word) => (word.table === 'reviewLitigation' || word.table === 'legacyStats') && word.generations.includes(generation));
    const words = [...claimVocabulary.columnWords.filter((word) => word.generations.includes(generation)), ...claimVocabulary.rowWords].map((word) => word.words);
    found = {
      entries,
      amounts,
      amountBefore: pattern(union(amounts.flatMap((entry) => (entry.before ? [entry.before] : []))), true),
      before: pattern(union(entries.flatMap((entry) => (entry.before ? [entry.before] : []))), true),
      // The nouns after a figure all start right after it: one anchor for the union, not one per alternative.
      after: new RegExp(`^(?:${union(entries.flatMap((entry) => (entry.after ? [entry.after.follows.replace(/^\^/, '')] : [])))})`),
      // Another column of a table-二 row (COLUMN_BEFORE, tested before it, adds the applicant columns).
      continued: new RegExp(`(?:${union(words)})${FILLER}$`),
      // A result of table 四 ending the clause (行政复议结果维持): rowResult reads the row before it.
      resultWords,
      // Table 四's rows by their totals, and the 2008 table's (行政复议数量, 行政诉讼数量).
      reviewRows: entries.filter((e) => e.before && (e.table === 'reviewLitigation' ? e.cells.every((cell) => cell.endsWith(':total')) : e.cells.length === 1 && /^(?:review|suit)\.total$/.test(e.cells[0]!))),
      results: pattern(union(resultWords.map((word) => word.words)), true),
      resultsAfter: new RegExp(`^${RESULT_LEAD}(?:${union(resultWords.map((word) => word.words))})`),
    };
    known.set(generation, found);
  }
  return found;
}

/** What may stand between a figure and its result after it: 1件目前正在法院审理中, 2件仍在复议机关审理、尚未审结. */
const RESULT_LEAD = '\\s*(?:件|起)?[^，,；;。\\d]{0,12}?';

/** "其中1件目前正在法院审理中，1件一审判决驳回诉讼请求": a result after its figure, of the row the claim before it is of. */
export function decidedAfter(previous: CountEntry, after: string, generation: Generation, knowledge: Knowledge, before = ''): CountEntry | undefined {
  if (previous.table !== 'reviewLitigation' && !/^(?:review|suit)\./.test(previous.cells[0]!)) return undefined;
  const word = prefilters(generation, knowledge).resultWords.find((w) => pattern(`^${RESULT_LEAD}(?:${w.words})`).test(after));
  if (!word) return undefined;
  // "行政诉讼案件5件，截至年底尚有3件复议案件未审结": the words before the result name the other row.
  // "复议1件维持" after a lawsuit: the figure's own clause may name the other row before it.
  const lead = before + after.slice(0, after.search(pattern(`(?:${word.words})`)));
  const reviews = previous.cells.every((cell) => cell.startsWith('review'));
  if (reviews ? /诉/.test(lead) : /复议/.test(lead)) return undefined;
  return siblingIn(previous, previous.cells.map((cell) => cell.replace(/[^.:]+$/, word.column)), generation, knowledge);
}

/** "予以公开或部分公开59件": two 办理结果 joined before one figure claim their sum. */
const JOINER = /(?:或者|以及|或|和|及|与|、)\s*$/;
const JOIN_REACH = 24;

/**
 * Entries made from the vocabulary's own (two results joined, a sum, another cell of a row), once per
 * knowledge and key: claims hold their entry, so one object serves every report.
 */
const madeEntries = new Memo((_: Knowledge) => new Map<string, CountEntry>());
export function madeEntry(knowledge: Knowledge, key: string, make: () => CountEntry | undefined): CountEntry | undefined {
  const made = madeEntries.get(knowledge);
  let entry = made.get(key);
  if (!entry && (entry = make())) made.set(key, entry);
  return entry;
}

export function joined(second: CountEntry, text: string, at: number, generation: Generation, knowledge: Knowledge): CountEntry | undefined {
  if (!second.category || at < 1) return undefined;
  const lead = text.slice(Math.max(0, at - JOIN_REACH), at);
  const joiner = JOINER.exec(lead);
  if (!joiner) return undefined;
  const words = lead.slice(0, joiner.index);
  const first = knowledge.claims.counts.find((e) => e.category && e !== second && e.table === second.table && e.generations.includes(generation) && pattern(e.before!, true).test(words));
  if (!first) return undefined;
  return madeEntry(knowledge, `joined ${first.id}+${second.id}+${generation}`, () => {
    const label = { zh: `${first.label.zh}或${second.label.zh}`, en: `${first.label.en} or ${second.label.en}` };
    return { ...second, id: `${first.id}+${second.id}`, label, cells: [...first.cells, ...second.cells], category: false };
  });
}

/** The count a figure states: by the words before it (予以公开4件), else by its noun after it (2件结转下年度). */
export function countEntry(before: string, after: string, sentence: () => string, context: () => string, generation: Generation, knowledge: Knowledge): { entry: CountEntry; tail: number } | undefined {
  const fits = (e: CountEntry) => sentenceFits(sentence(), e, e.contextInPrevious ? context() : undefined);
  const filters = prefilters(generation, knowledge);
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

/**
 * "属于四类过程性信息不予公开3件": a category whose clause names one of its rows is that row's figure; naming
 * several (不掌握相关信息或需要另行制作无法提供的25件), their sum.
 */
export function subRow(category: CountEntry, before: string, generation: Generation, knowledge: Knowledge): CountEntry | undefined {
  if (!category.category) return undefined;
  const prefix = `${category.cells[0]!.split(/[.:]/)[0]}.`;
  const rows = prefilters(generation, knowledge).entries.filter((e) => e.id.startsWith(prefix) && e.before && pattern(e.before).test(before));
  if (rows.length < 2) return rows[0];
  const ids = [...new Set(rows.map((row) => row.id))];
  if (ids.length < 2) return rows[0];
  return madeEntry(knowledge, `rows ${generation} ${ids.join('+')}`, () => {
    const label = { zh: rows.map((row) => row.label.zh).join('或'), en: rows.map((row) => row.label.en).join(' or ') };
    return { ...rows[0]!, id: ids.join('+'), label, cells: [...new Set(rows.flatMap((row) => row.cells))], category: false };
  });
}


/**
 * "行政复议结果维持4件", "复议后起诉案件其他结果1件": a row of table 四 named before one of its results in the clause
 * (the sentence about disclosure, as the row's own entry asks).
 */
export function rowResult(before: string, fits: (entry: CountEntry) => boolean, generation: Generation, knowledge: Knowledge): CountEntry | undefined {
  const { resultWords, reviewRows } = prefilters(generation, knowledge);
  const word = resultWords.find((w) => pattern(`(?:${w.words})`, true).test(before));
  if (!word) return undefined;
  // 复议案件中维持…, 诉讼案件中，一审判决维持…: a row named short, without 行政, before its result.
  const row = reviewRows.find((e) => pattern(`(?:${e.before!.replace(/行政(复议|诉讼)/g, '(?:行政)?$1(?!后)')})(?:中[，,：:]?)?[^，,；;。\\d]{0,6}?(?:${word.words})`, true).test(before) && fits(e));
  return row && siblingIn(row, row.cells.map((cell) => cell.replace(/[^.:]+$/, word.column)), generation, knowledge);
}

/**
 * The entry for another cell of the row or column stated before it in the sentence, when the clause is only a
 * column's word (制发行政规范性文件12件，废止2件; 行政诉讼4起，其中维持3起) or a table-二 row's (制发规章6件、行政规范性文件9件).
 */
export function columnSibling(previous: CountEntry, before: string, generation: Generation, knowledge: Knowledge): CountEntry | undefined {
  const claimVocabulary = knowledge.claims;
  // "截至年底现行有效的共63件", "清理后现行有效的241件", "本年度制发7件": a time or a step before the column's word.
  const alone = (words: string) => pattern(`^\\s*(?:其中)?[，,：:]?\\s*(?:(?:截至|截止)(?:到)?[^，,；;。\\d]{0,6}?|(?:经)?清理后|目前|本年度?|今年|全年|年内)?(?:${words})`, true).test(before);
  const word = claimVocabulary.columnWords.find((w) => w.table === previous.table && w.generations.includes(generation) && alone(w.words));
  if (word) return siblingIn(previous, previous.cells.map((cell) => cell.replace(/[^.:]+$/, word.column)), generation, knowledge);
  if (previous.table !== 'proactive' || previous.cells.length !== 1) return undefined;
  const column = previous.cells[0]!.split(':')[1];
  const rowWord = claimVocabulary.rowWords.find((w) => w.table === previous.table && alone(w.words));
  return rowWord && siblingIn(previous, [`${rowWord.row}:${column}`], generation, knowledge);
}

/** The entry naming exactly these cells of the previous entry's table; one made from it when the format has them all. */
function siblingIn(previous: CountEntry, cells: string[], generation: Generation, knowledge: Knowledge): CountEntry | undefined {
  const same = (e: CountEntry) => e.table === previous.table && e.generations.includes(generation) && e.cells.length === cells.length && e.cells.every((cell, i) => cell === cells[i]);
  const found = knowledge.claims.counts.find(same);
  if (found || cells.every((cell, i) => cell === previous.cells[i])) return found;
  return madeEntry(knowledge, `sibling ${generation} ${cells.join(' ')}`, () => {
    if (cellKeysOf(generation, previous.table, cells, knowledge).length !== cells.length) return undefined;
    // "行政诉讼·结果维持" from the entry's own label and the format's label of the cell (行政诉讼／复议后起诉·结果维持).
    const name = cellLabel(generation, previous.table, cells[0]!, knowledge);
    const zh = name.includes('·') ? `${previous.label.zh.split('·')[0]}·${name.split('·')[1]}` : name;
    const label = { zh, en: `${previous.label.en.split(': ')[0]}: ${cells[0]!.split(/[.:]/).at(-1)}` };
    return { ...previous, id: `${previous.id.split(':')[0]}:${cells[0]!.split(/[.:]/).at(-1)}`, label, cells, category: false, generations: [generation] };
  });
}
