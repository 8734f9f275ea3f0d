import type { Position } from 'unist';
import { Memo } from '../../model/memo.js';
import { paragraphsOf, sectionsOf } from '../../model/query.js';
import type { Generation, Paragraph, Report } from '../../model/types.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { CountEntry, RateEntry } from '../../knowledge/claims.js';
import type { ClaimScope } from '../../model/claim.js';
import { findFigures, isAmount, isCount, NUMBER, type Figure } from './numbers.js';
import { applicantColumns, pattern, sentenceFits } from './patterns.js';
import { columnSibling, countEntry, decidedAfter, joined, madeEntry, prefilters, rowResult, subRow } from './readings.js';
import { scopeAt, scopeMarks, type ScopeMark } from './scope.js';
import { clauseStart, positionIn, sentenceEnd, sentenceStart } from '../../model/prose.js';

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
  /** Other figures the same sentence gives the same cell (unsure claims only, in `Prose.unsure`). */
  rivals?: Claim[];
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
  /**
   * Figures of the report's own that one sentence gives one cell with different values ("回复…5件，办结4件",
   * or two websites of one body): read wrong somewhere, so no claim; table-mismatch reports the one the table
   * denies only when another of them agrees with it.
   */
  unsure: Claim[];
  rates: RateClaim[];
}

/** Only the last characters of a clause can hold the words of a claim (the longest pattern is well under this). */
const BEFORE_REACH = 48;

/** How far past a figure its noun (尚有2件申请结转下年度) or its note (（其中上年结转3件）) may reach. */
const AFTER_REACH = 40;

/** Any rate's words, one pattern per knowledge. */
const anyRateBefore = new Memo(({ claims }: Knowledge) => pattern(claims.rates.map((entry) => `(?:${entry.before})`).join('|'), true));

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

/** Per report, its prose read with each set of knowledge asked for (the parser's, and any other a host gives the rules). */
const proseOfReport = new Memo((_: Report) => new Map<Knowledge, Prose[]>());

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
export function proseOf(report: Report, knowledge: Knowledge): Prose[] {
  const read = proseOfReport.get(report);
  let prose = read.get(knowledge);
  if (!prose) read.set(knowledge, (prose = [...paragraphsOf(report.children), ...headingsWithFigures(report)].map((paragraph) => readParagraph(report, paragraph, knowledge))));
  return prose;
}

export const claimsOf = (report: Report, knowledge: Knowledge): Claim[] => proseOf(report, knowledge).flatMap((p) => p.claims);

/** A claim compared with the tables: the report's own figure, written exactly. */
export const isChecked = (claim: Claim) => claim.scope === 'own' && !claim.approximate;

/** What an amount entry reads unless it says otherwise: table 二's fees, in 万元 (860元 is no figure of that table's cell; 0元 is its 0). */
const AMOUNT_UNITS = ['万元'];
/** The sentence holding a figure: read only for a figure that a phrase before it may tie to the tables. */
const sentenceOf = (text: string, figure: Figure) => text.slice(sentenceStart(text, figure.from), sentenceEnd(text, figure.end));

function readParagraph(report: Report, paragraph: Paragraph, knowledge: Knowledge): Prose {
  const { text } = paragraph;
  const { generation } = report.facts;
  const figures = findFigures(text);
  const claims: Claim[] = [];
  const rates: RateClaim[] = [];
  const filters = prefilters(generation, knowledge);
  const { COLUMN_WORD, COLUMN_BEFORE, COLUMN_BY } = applicantColumns.get(knowledge);
  const ANY_RATE_BEFORE = anyRateBefore.get(knowledge);
  // The scope words of each sentence (by where its text starts and ends), read once a figure of it claims something.
  const scopes = new Map<string, ScopeMark[]>();
  // Most figures claim nothing: one test of the words around each decides whether any reading may; what
  // only a claim needs (its sentence, its scope, its clause as written) is read once one may be made.
  // Where the figure before ends: a list of words before a figure never reaches back over another.
  let floor = 0;
  // "微博、微信发布信息分别为640条和1 120条": the entries of a list that its figures take in turn.
  const respective: CountEntry[] = [];
  // Whether the paragraph speaks of last year at all: only then are its clauses looked at for it.
  const lastYear = LAST_YEAR_WORD.test(text);
  // Whether it gives reasons at all (asked once a clause before a figure might be one): only then are they looked at.
  let reasonsAt: boolean | undefined;
  const reasons = () => (reasonsAt ??= text.includes('因') || text.includes('由于'));
  for (const figure of figures) {
    const rate = figure.unit === '%';
    const amount = isAmount(figure);
    if (!rate && !amount && !isCount(figure)) continue;
    // The clause is quoted; its words may reach back over a list before it.
    // "共受理政府信息公开申请（含网络申请）12件": a note in brackets right before the figure is read past; one that
    // leaves something out (（不含重复申请）) makes the figure another count than the table's.
    const { from, end, excluding } = pastNote(text, clauseStart(text, figure.from), figure.from, floor);
    const before = excluding ? '' : withoutLastYear(knowledge, text, from, text.slice(Math.max(listStart(text, from, floor, reasons), end - BEFORE_REACH), end));
    const previousEnd = floor;
    floor = figure.end;
    if (rate) {
      const entry = ANY_RATE_BEFORE.test(before) ? rateEntry(before, sentenceOf(text, figure), generation, knowledge) : undefined;
      if (entry) rates.push(Object.assign(new PlacedFigure(report, paragraph, figure, text.slice(from, figure.end)), { entry }));
      continue;
    }
    if (amount) {
      // An amount claims only what an amount entry names right before it (收取行政事业性收费共计12.6万元).
      const entry = filters.amountBefore.test(before) ? filters.amounts.find((e) => (figure.value === 0 || (e.units ?? AMOUNT_UNITS).includes(figure.unit)) && pattern(e.before!, true).test(before) && sentenceFits(sentenceOf(text, figure), e)) : undefined;
      if (entry) claims.push(...claimAt(report, paragraph, figure, { from, end, before, after: '', scopes, respective, entry }, claims, knowledge));
      continue;
    }
    // The clause's words up to the figure: "2021年至2024年全区累计受理…", "到目前累计主动公开…" (a running total
    // over years is no year's figure).
    const clause = text.slice(from, figure.from);
    if (RUNNING_TOTAL.test(clause) || PLANNED.test(clause) || (clause.includes('累计') && YEARS_SPANNED.test(text.slice(sentenceStart(text, figure.from), from)))) continue;
    const after = text.slice(figure.end, figure.end + AFTER_REACH);
    // The applicant columns' full pattern only where one of their words stands (most clauses name none).
    const column = COLUMN_WORD.test(before) && COLUMN_BEFORE.test(before);
    const may =
      filters.before.test(before) ||
      filters.after.test(after) ||
      column ||
      (endsShared(before) && SHARED.test(before)) ||
      (figure.value === 0 && ZERO_SHARED.test(before)) ||
      (before.includes('分别') && RESPECTIVELY.test(before)) ||
      (filters.continued.test(before) && (claims.length > 0 || bracketAt(text, from) >= 0)) ||
      // A result of table 四 after its row, which names 复议 or 诉讼 in the clause.
      (/复议|诉/.test(before) && filters.results.test(before)) ||
      (claims.length > 0 && (TOTAL_ALONE.test(before) || UNIT_ALONE.test(before) || JOINS.test(text.slice(previousEnd, figure.from)) || filters.resultsAfter.test(after) || (BARE_PART.test(before) && COLUMN_BY.test(after))));
    if (!may) continue;
    // Words since the figure before that speak of carried applications (上年结转…, 结转至…), or a clause or sentence told
    // of last year (上年度我区共受理申请70件; 去年同期，…), make the figure a carry only.
    // A clause opening with an earlier year than the report's (2016年全区受理…58件 in the 2017 report) is of that year.
    const carryOnly =
      text.slice(Math.max(from, previousEnd), figure.from).includes('结转') ||
      (lastYear && (LAST_YEAR_CLAUSE.test(clause) || LAST_YEAR_SENTENCE.test(text.slice(sentenceStart(text, figure.from), from)))) ||
      earlierYearLeads(clause, report.facts.year?.value);
    claims.push(...claimAt(report, paragraph, figure, { from, end, before, after, scopes, respective }, claims, knowledge).filter((claim) => !carryOnly || carries(claim)));
  }
  const { sure, unsure } = claims.length > 1 ? consistent(text, claims, report.facts.year?.value) : { sure: claims, unsure: NONE };
  return { paragraph, figures, claims: sure, unsure, rates };
}

const carries = (claim: Claim) => claim.cells.some((cell) => cell.startsWith('carried'));
/** A clause that opens with last year: its figures are last year's, but for what it carried over. */
const LAST_YEAR_WORD = /上一?年|去年/;
/** A sentence opening with last year as a clause of its own: 去年同期，… */
const LAST_YEAR_SENTENCE = /^\s*(?:在|于)?(?:上一?年(?:度)?|去年)(?!度)(?:同期)?(?:[，,]|[（(]20\d{2}年(?:度)?[）)])/;
const LAST_YEAR_CLAUSE = /^\s*(?:在|于)?(?:上一?年(?:度)?|去年)(?!度)(?:同期)?(?:[，,]|(?![^，,；;。]{0,4}?(?:结转|转结|转入|遗留)))/;
/** Years to years (2021年至2024年), or since a year (自2008年以来). */
const YEARS_SPANNED = /20\d{2}\s*年(?:度)?\s*(?:至|到|—|－|-|~|～)\s*20\d{2}\s*年(?!\s*(?:1|一)\s*月)|(?:19|20)\d{2}\s*年(?:度)?(?:[^，,；;。\d]{0,10}?)以来/;
/** A total over years in the clause, or up to now: 2021年至2024年…, 自2008年以来累计, 到目前累计, 截至目前共累计. */
const RUNNING_TOTAL = new RegExp(`${YEARS_SPANNED.source}|(?:到|截至|截止)(?:目前|现在|今|当前)[^，,；;。\\d]{0,6}?累计`);

/** A plan (计划制定规范性文件3件, 拟出台…): what is to be done is no figure of the year's (计划生育 is a field of work). */
const PLANNED = /(?:计划|拟|预计|准备|打算)(?!生育)[^，,；;。\d]{0,8}?(?:制定|出台|印发|制发|开展|举办|召开|公开|发布|新增|修订|清理|废止|办理|完成)/;

/** "2016年全区受理…": a clause opening with a year before the report's. */
const CLAUSE_YEAR = /^\s*(?:在|于)?(20\d{2})\s*年(?!度?(?:结转|转结|转入|遗留))/;
function earlierYearLeads(clause: string, reportYear: number | undefined): boolean {
  const year = reportYear && CLAUSE_YEAR.exec(clause);
  return Boolean(year && Number(year[1]) < reportYear!);
}

/** A clause opening with a year (2022年收到申请3件): the last one before a figure is the year its sentence tells of there. */
const YEAR_LEADS = /(?:^|[，,；;。])\s*(?:在|于)?(20\d{2})年/g;

/**
 * "通过本局网站公开信息18 200条，通过省政府网站公开96条": one sentence giving one of the report's own cells two
 * different figures is read wrong somewhere, and neither is compared; unless the others' clauses open with another
 * year than the report's ("2023年收到申请9件，2022年收到申请3件": the report's year's figure is the claim).
 */
function consistent(text: string, claims: Claim[], year: number | undefined): { sure: Claim[]; unsure: Claim[] } {
  // Most paragraphs name each cell once: their sentences are never looked for.
  const cellsOf = (claim: Claim) => `${claim.entry.table} ${claim.cells.join('+')} ${claim.column}`;
  const own = claims.filter((claim) => claim.scope === 'own');
  if (new Set(own.map(cellsOf)).size === own.length) return { sure: claims, unsure: NONE };
  const keyOf = (claim: Claim) => `${sentenceStart(text, claim.figure.from)} ${cellsOf(claim)}`;
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (claim.scope !== 'own') continue;
    const key = keyOf(claim);
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  const dropped = new Set<Claim>();
  const unsure: Claim[] = [];
  for (const group of groups.values()) {
    if (new Set(group.map((claim) => claim.value)).size < 2) continue;
    const otherYear = (claim: Claim) => {
      const told = [...text.slice(sentenceStart(text, claim.figure.from), claim.figure.from).matchAll(YEAR_LEADS)].at(-1);
      return Boolean(told && year !== undefined && Number(told[1]) !== year);
    };
    const kept = group.filter((claim) => !otherYear(claim));
    const keep = new Set(kept.map((claim) => claim.value)).size === 1 ? kept : [];
    for (const claim of group) if (!keep.includes(claim)) dropped.add(claim);
    if (keep.length === 0) for (const claim of group) unsure.push(Object.assign(claim, { rivals: group.filter((other) => other !== claim) }));
  }
  return { sure: dropped.size ? claims.filter((claim) => !dropped.has(claim)) : claims, unsure };
}
const NONE: Claim[] = [];

/** "行政复议和行政诉讼各1件", "新制作、新公开均为4件": one figure for each of two nouns joined before it. */
const SHARED = /(?:和|及|与|、)([^和及与、]{1,16})(?:各|均)(?:为|是|有)?\s*$/;
/** "被申请行政复议、提起行政诉讼的案件0件": a zero for two joined nouns (their shared noun after them) is each one's. */
const ZERO_SHARED = /(?:和|及|与|、)([^和及与、]{2,16}?)(?:的)?(?:案件|情况|事项)?(?:数量?|总数)?(?:均|都|共|为)*\s*$/;
/** 各 or 均(为) among the last characters: only then may SHARED match (tested without a scan of the clause). */
const endsShared = (before: string) => /[各均]/.test(before.slice(-4));
/** Text between two figures that only joins them ("分别收到申请11件、7件"; 640条和1 120条). */
const JOINS = /^[\s、，,和及与]*$/;
/** "微博、微信发布信息分别为640条…": a list's figures given in its order. */
const RESPECTIVELY = /分别(?:为|是|有|达)?\s*$/;
/** A clause with no verb before its figure: a unit's name, perhaps after 其中 (其中区政府本级12件). */
const UNIT_ALONE = /^\s*(?:其中)?[，,：:]?\s*[^，,；;。、\d（）()]{2,12}?(?:本级|机关)?(?:共|为|有)?(?:收到|受理|接收|办理)?(?:了)?\s*$/;
/**
 * The claim a figure's column or result words go on from: the last one, but past a 其中 part once a ； closes it
 * ("行政诉讼共8件，其中复议后起诉2件；法院判决维持3件": the 3 are of the 8).
 */
function wholeBefore(claims: Claim[], text: string, figure: Figure): Claim | undefined {
  const last = claims.at(-1);
  if (!last || !PART_OPENS.test(last.text)) return last;
  // A lawsuit's kind after 其中 (其中复议后起诉1件，法院判决驳回…2件) is closed by the next clause too.
  const closed = isSuitKind(last.entry) || /[；;]/.test(text.slice(last.figure.end, figure.from));
  return closed ? (claims.findLast((claim) => !PART_OPENS.test(claim.text)) ?? last) : last;
}

/** One kind of lawsuit alone: 未经复议直接起诉 or 复议后起诉. */
const isSuitKind = (entry: CountEntry) => entry.table === 'reviewLitigation' && entry.cells.length === 1 && /^suit(?:Direct|AfterReview):total$/.test(entry.cells[0]!);

/**
 * The entry a result or column after the claim goes on from: "未经复议直接起诉11件、复议后起诉4件，法院判决驳回诉讼请求9件":
 * after both kinds of lawsuit, a result is of all the lawsuits.
 */
function resultBase(previous: Claim, claims: Claim[], sentence: number, generation: Generation, knowledge: Knowledge): CountEntry {
  const before = claims.at(claims.indexOf(previous) - 1);
  if (!isSuitKind(previous.entry) || !before || before.figure.from < sentence || !isSuitKind(before.entry) || before.entry === previous.entry) return previous.entry;
  const cells = [...before.entry.cells, ...previous.entry.cells].sort().join(' ');
  return knowledge.claims.counts.find((e) => e.table === 'reviewLitigation' && e.generations.includes(generation) && [...e.cells].sort().join(' ') === cells) ?? previous.entry;
}
/** 其中行政复议1件被纠正; 复议1件维持 (the row's word alone, after its caseload was named). */
const PART_OPENS = /^\s*(?:其中|复议\s*$|诉讼\s*$)/;
/** A bracket right after a figure listing its parts: （含新制定2件、…）. */
const PARTS_BRACKET = /^\s*[（(]\s*(?:含|包括|其中)/;
/** Where the words after a figure stop being its own: 其中行政复议1件被纠正、… */
const CLAUSE_BREAK = /[、，,；;。]/;

/** A figure with no words of its own before it, perhaps after 其中 or a joiner: 其中8件…, 、1件…. */
const BARE_PART = /^[\s、，,]*(?:其中|另有|有)?[，,：:]?\s*$/;

/** The last joiner of a list. */
const LAST_JOINER = /(?:和|及|与|、)(?!.*(?:和|及|与|、))/;
const JOINER_ANY = /和|及|与|、/;

/** Where an open bracket before a clause starts ("规章9件（含新制定3件…"), within the reach of a note; −1 if none. */
function bracketAt(text: string, from: number): number {
  const near = text.slice(Math.max(0, from - AFTER_REACH), from);
  const open = Math.max(near.lastIndexOf('（'), near.lastIndexOf('('));
  return open < 0 || /[）)]/.test(near.slice(open)) ? -1 : from - near.length + open;
}

/**
 * The claims a figure makes (most make one; "收到并办结12件" or "复议和诉讼各1件" two): by its words, by its noun
 * after it, or as another column of the claim before it.
 */
function claimAt(
  report: Report,
  paragraph: Paragraph,
  figure: Figure,
  around: { from: number; end: number; before: string; after: string; scopes: Map<string, ScopeMark[]>; respective: CountEntry[]; entry?: CountEntry },
  claims: Claim[],
  knowledge: Knowledge,
): Claim[] {
  const { COLUMNS, COLUMN_AFTER, COLUMN_AMONG, COLUMN_BEFORE, COLUMN_BY, COLUMN_INSIDE, columnOf } = applicantColumns.get(knowledge);
  const { text } = paragraph;
  const { generation } = report.facts;
  const { from, before, after, scopes, respective } = around;
  // Where the sentence and the one before it start: scanned only once something needs them.
  let starts: { sentence: number; previous: number } | undefined;
  const start = () => {
    if (!starts) {
      const sentence = sentenceStart(text, figure.from);
      starts = { sentence, previous: sentence > 0 ? sentenceStart(text, sentence - 1) : sentence };
    }
    return starts;
  };
  let sentence: string | undefined;
  const own = () => (sentence ??= sentenceOf(text, figure));
  // Context words may stand in the sentence before: "共收到申请5件。均已按时办结，共办结5件。"
  const wide = () => text.slice(start().previous, sentenceEnd(text, figure.end));
  const make = (entry: CountEntry, column: string, whole: boolean, cells = entry.cells, end = figure.end): Claim => {
    // A sentence that opens with 其中 goes on from the one before: its figures are that sentence's subject's.
    const { sentence: sentenceFrom, previous } = start();
    const headFrom = /^\s*其中/.test(text.slice(sentenceFrom, sentenceFrom + 4)) ? previous : sentenceFrom;
    const headTo = sentenceEnd(text, figure.end);
    const key = `${headFrom} ${headTo}`;
    let marks = scopes.get(key);
    if (!marks) scopes.set(key, (marks = scopeMarks(text.slice(headFrom, headTo), report, knowledge)));
    const scope = scopeAt(marks, figure.from - headFrom);
    const placed = new PlacedFigure(report, paragraph, figure, text.slice(from, end));
    return Object.assign(placed, { entry, cells, column, whole, scope, value: figure.value, unit: figure.unit, approximate: figure.approximate });
  };
  const read = (words: string) => countEntry(words, '', own, wide, generation, knowledge)?.entry;
  if (around.entry) return [make(around.entry, 'total', false)];
  const listed = RESPECTIVELY.exec(before);
  if (listed) {
    // Each member read with the words the list shares after its last one: "政务微博(、微信)发布信息".
    // "予以公开、部分公开和不予公开的分别为…": any number of members, each read with the last one's shared words.
    const members = before.slice(0, listed.index).split(JOINER_ANY);
    const last = members.pop()!;
    const entries: CountEntry[] = [];
    const lastEntry = members.length > 0 ? read(last) : undefined;
    for (const member of lastEntry ? members : []) {
      // The longest tail of the last member that, after this one, names another entry than the others
      // (行政许可、行政处罚决定: 行政许可 + 决定, not 行政许可 + 处罚决定).
      let entry: CountEntry | undefined;
      for (let cut = 1; !entry && cut < last.length; cut++) {
        const found = read(member + last.slice(cut));
        if (found && found !== lastEntry && !entries.includes(found)) entry = found;
      }
      if (!entry) break;
      entries.push(entry);
    }
    if (lastEntry && entries.length === members.length && new Set([...entries, lastEntry]).size === members.length + 1) {
      respective.splice(0, respective.length, ...entries.slice(1), lastEntry);
      return [make(entries[0]!, 'total', false)];
    }
  }
  for (const shared of [SHARED.exec(before), figure.value === 0 ? ZERO_SHARED.exec(before) : null]) {
    if (!shared) continue;
    const first = read(before.slice(0, shared.index));
    const second = first && (read(shared[1]!) ?? columnSibling(first, shared[1]!, generation, knowledge));
    if (!first || !second || first === second) continue;
    // "行政许可、行政处罚和行政强制决定均为0件": members before the first two, each read on its own.
    const members = [first, second];
    for (let list = before.slice(0, shared.index), joiner = LAST_JOINER.exec(list); joiner; list = list.slice(0, joiner.index), joiner = LAST_JOINER.exec(list)) {
      const member = read(list.slice(0, joiner.index));
      if (!member || members.includes(member)) break;
      members.unshift(member);
    }
    return members.map((entry) => make(entry, 'total', false));
  }
  const found = countEntry(before, after, own, wide, generation, knowledge);
  // 行政处罚58条 among the information a site posted counts postings, not the table's decisions.
  // A bare zero (数量均为0) is none of anything, whatever the entry counts in.
  if (found?.entry.units && figure.unit !== '' && !found.entry.units.includes(figure.unit)) return [];
  if (found) {
    const { tail } = found;
    // "予以公开30件，其余56件均已依法答复": a remainder, not the whole the words after it name.
    if (tail > 0 && REMAINDER.test(before) && !found.entry.cells.some((cell) => cell.startsWith('carried'))) return [];
    const at = around.end - before.length + before.search(pattern(found.entry.before ?? '$^', true));
    // A category's row is named by its reason, before the figure or between it and the result (1件因不掌握相关信息无法提供).
    // "不予处理1件，系要求提供公开出版物": or by its reason in a clause of its own right after it.
    const reason = tail === 0 && found.entry.category ? REASON_AFTER.exec(after) : null;
    const entry =
      (tail === 0 ? joined(found.entry, text, at, generation, knowledge) || subRow(found.entry, before, generation, knowledge) : subRow(found.entry, after.slice(0, tail), generation, knowledge)) ||
      (reason ? subRow(found.entry, reason[1]!, generation, knowledge) : undefined) ||
      found.entry;
    // "其中涉及个人隐私的不予公开2件", "对涉及他人个人隐私的2件不予公开": a category qualified by a reason that names none of
    // its rows is a part of it (the reason before the category's words, or before the figure when they follow it).
    if (entry === found.entry && entry.category && QUALIFIED.test(text.slice(from, tail === 0 ? at : figure.from))) return [];
    // "公布市政府规章6件（含新制定2件、修改3件、废止1件）": a table-二 figure its bracket breaks into columns is
    // more than any one of them (the bracket's parts are read on their own).
    if (entry.table === 'proactive' && tail === 0 && PARTS_BRACKET.test(after)) return [];
    // "其中行政复议1件被纠正": a part of a caseload told by its result after the figure is that result's cell.
    const decidedHere =
      entry.table === 'reviewLitigation' && entry.cells.every((cell) => cell.endsWith(':total')) && PART_OPENS.test(text.slice(from, figure.from))
        ? decidedAfter(entry, after.split(CLAUSE_BREAK, 1)[0]!, generation, knowledge)
        : undefined;
    if (decidedHere) return [make(decidedHere, 'total', false)];
    const whole = COLUMN_AFTER.exec(after);
    // "商业企业提出的13件申请中，予以公开5件": the results of one column's applications, named as the sentence opens.
    const named = whole ?? (tail === 0 && entry.cells.some((cell) => cell.includes('{c}')) ? (COLUMN_INSIDE.exec(before) ?? (entry.category ? COLUMN_AMONG.exec(own()) : null)) : null);
    const included = entry.includes && pattern(entry.includes.follows).test(after) ? entry.includes.cells : [];
    // "收到并按时办结12件申请": two verbs joined before one figure, each its own claim.
    const verbs = knowledge.claims.jointVerbs.find((joint) => joint.ids.includes(entry.id) && pattern(joint.words).test(before) && sentenceFits(own(), joint));
    const both = verbs?.ids.map((id) => prefilters(generation, knowledge).entries.find((e) => e.id === id && sentenceFits(own(), e, e.contextInPrevious ? wide() : undefined)));
    if (both?.every(Boolean)) return both.map((e) => make(e!, 'total', false, e!.cells, figure.end + tail));
    // "被提起行政诉讼2件，均为未经复议直接起诉": all of the figure is one kind of what its words name.
    // A clause that is only a kind is read where it may narrow a sum (行政诉讼) or says what the figure is (为当面申请).
    const kind = KIND_AFTER.exec(after);
    const words = kind && (kind[1] ?? (entry.cells.length > 1 || IS_KIND.test(kind[0]) ? kind[2] : undefined));
    const narrowed = words && read(words);
    if (narrowed && narrowed.table === entry.table && narrowed.cells.length < entry.cells.length && narrowed.cells.every((cell) => entry.cells.includes(cell))) return [make(narrowed, 'total', false)];
    // "共收到申请2件，均为网上申请": a kind in another cell of the same group (the 2008 table's channels) is the figure too.
    if (narrowed && IS_KIND.test(kind![0]) && narrowed.table === entry.table && narrowed !== entry && !entry.category && narrowed.cells.every((cell) => entry.cells.some((own) => groupOf(own) === groupOf(cell)))) return [make(entry, 'total', false), make(narrowed, 'total', false)];
    // "无效及撤销申请7件": joined after words that name nothing the tables know, the figure is theirs together.
    const lead = tail === 0 && entry === found.entry ? text.slice(from, at) : '';
    const joiner = lead && COORDINATED.exec(lead);
    if (joiner && joiner.index > 0 && read(lead.slice(0, joiner.index))?.id !== entry.id) return [];
    // A figure before its noun is quoted with the noun: "尚有2件申请结转下年度".
    return [make(entry, named ? COLUMNS.get(named[1]!)! : 'total', Boolean(whole), [...entry.cells, ...included], figure.end + tail)];
  }
  // "其中行政复议结果维持4件，…，行政诉讼结果维持2件": a result after the row it is of, in its clause.
  const result = /复议|诉/.test(before) ? rowResult(before, (e) => sentenceFits(own(), e, e.contextInPrevious ? wide() : undefined), generation, knowledge) : undefined;
  if (result) return [make(result, 'total', false)];
  // "其中自然人申请4件": the column of the applications figure stated before it in the sentence (or the one its 其中
  // goes on from); with none, "收到的申请中，自然人申请21件" is a column of the applications received.
  const match = COLUMN_BEFORE.exec(before);
  const column = match && columnOf(match);
  if (column && (!column.bare || /申请/.test(own()))) {
    const { previous: from } = start();
    const owner = claims.findLast((claim) => claim.figure.from >= from && claim.cells.some((cell) => cell.includes('{c}')))?.entry ?? receivedEntry(generation, knowledge);
    return owner ? [make(owner, column.key, false)] : [];
  }
  // "其中8件由自然人提出、1件由法律服务机构提出": the column told after a figure that has no words of its own.
  const by = BARE_PART.test(before) ? COLUMN_BY.exec(after) : null;
  if (by) {
    // Applicants 提出 what was received: the received figure before it, when the sentence has one.
    const owner = claims.findLast((claim) => claim.figure.from >= start().sentence && claim.cells.some((cell) => cell.startsWith('received')))?.entry;
    return owner ? [make(owner, COLUMNS.get(by[1]!)!, false)] : [];
  }
  // "制发行政规范性文件12件，废止2件": another column of the table-二 row stated before it in the sentence.
  const previous = wholeBefore(claims, text, figure);
  const base = previous && previous.figure.from >= start().sentence ? resultBase(previous, claims, start().sentence, generation, knowledge) : undefined;
  const sibling = base && columnSibling(base, before, generation, knowledge);
  if (sibling) return [make(sibling, 'total', false)];
  // "行政诉讼有2件，其中1件目前正在法院审理中": a result after the figure, of the claim before it in the sentence.
  const decided = base && decidedAfter(base, after, generation, knowledge, before);
  if (decided) return [make(decided, 'total', false)];
  // "主动公开规章9件（含新制定3件、修改4件、废止2件）": a bracket lists a table-二 row's figure by its columns.
  const bracket = bracketAt(text, from);
  const part = bracket >= 0 ? bracketPart(text.slice(clauseStart(text, bracket), bracket), before, read, knowledge) : undefined;
  if (part) return [make(part, 'total', false)];
  // "分别收到申请11件、7件": after a figure its clause says 分别 of, the next one joined to it claims the same (or the list's next).
  if (previous && JOINS.test(text.slice(previous.figure.end, figure.from)) && (previous.text.includes('分别') || respective.length > 0)) {
    return [make(respective.shift() ?? previous.entry, previous.column, false)];
  }
  // "收到申请128件，其中区政府本级12件，各街道办事处37件": units named after the figure (with its verb or none) are its
  // parts; in a region's figure, the body's own ("全县共收到…63件，其中县政府办公室收到9件" in the office's report).
  // Not where the words name an entry of their own (其中市政府主要负责人出席6次).
  if (previous && previous.figure.from >= start().sentence && UNIT_ALONE.test(before) && !read(before)) {
    const claim = make(previous.entry, previous.column, false);
    if (claim.scope === 'part' || (claim.scope === 'own' && previous.scope === 'region')) return [claim];
  }
  // "新增申请20件，加上上年结转的1件，共计21件": a total word alone sums the figures stated before it in the sentence.
  const stated = TOTAL_ALONE.test(before) ? claims.filter((claim) => claim.figure.from >= start().sentence) : [];
  const sum = stated.length > 1 ? summed(stated.map((claim) => claim.entry), stated[0]!.column, generation, knowledge) : undefined;
  return sum ? [make(sum, stated[0]!.column, false)] : [];
}

/**
 * "属于行政查询事项、告知申请人通过查询渠道获取的4件": clauses joined by 、 with no figure among them name one figure
 * together, so its words reach back over them (within the clause's reach); so does a clause of its reason before it
 * (因申请人逾期未补正，不再处理的1件).
 */
function listStart(text: string, from: number, floor: number, reasons: () => boolean): number {
  let start = from;
  while (start > floor && (text[start - 1] === '、' || (COMMA.test(text[start - 1]!) && reasons() && reasonBefore(text, start, floor)))) {
    const previous = clauseStart(text, start - 1);
    if (previous < floor) break;
    start = previous;
  }
  return start;
}

const COMMA = /[，,]/;
/** Whether the clause ending at `end` (with its comma) only gives a reason: it opens with 因 or 由于. */
function reasonBefore(text: string, end: number, floor: number): boolean {
  const start = clauseStart(text, end - 1);
  return start >= floor && REASON_OPENS.has(text.charCodeAt(start)) && REASON_CLAUSE.test(text.slice(start, end));
}
const REASON_OPENS = new Set(['因'.charCodeAt(0), '由'.charCodeAt(0), ' '.charCodeAt(0)]);
/** A clause that only gives a reason, with no figure: 因申请人逾期未补正， */
const REASON_CLAUSE = /^\s*(?:因|由于)[^\d０-９]*[，,]$/;

/** Words comparing with last year (the change vocabulary's bases, rises and falls), compiled once per knowledge. */
const LAST_YEAR_WORDS = new Memo(({ changes }: Knowledge) => ({
  /** From last year's figure to this year's: 由2022年的20件增至本年的26件. */
  FROM_TO: new RegExp(`由[^，,；;。]{0,16}?(?:${changes.up}|${changes.down}|增)(?:至|到)(?:本年(?:度)?|今年)?(?:的)?\\s*$`),
  /** A change ending a clause: 较上年减少6件， */
  CHANGE_END: new RegExp(`(?:${changes.bases.join('|')})\\s*(?:${changes.up}|${changes.down})\\s*(?:了)?\\s*(?:${NUMBER})\\s*(?:${changes.countUnits}|%|％)?\\s*[，,]\\s*$`),
}));

/**
 * The words before a figure without those about last year: "由上年的20件增至本年的26件" is named by the words
 * before 由; "收到的依申请公开事项较上年减少6件，共计44件" by the clause before the change.
 */
function withoutLastYear(knowledge: Knowledge, text: string, from: number, before: string): string {
  const { FROM_TO, CHANGE_END } = LAST_YEAR_WORDS.get(knowledge);
  const moved = before.includes('由') ? FROM_TO.exec(before) : null;
  if (moved) return before.slice(0, moved.index);
  if (from < 1 || !TOTAL_ALONE.test(before)) return before;
  const clause = text.slice(clauseStart(text, from - 1), from);
  const change = CHANGE_END.exec(clause);
  return change ? clause.slice(0, change.index) + before : before;
}

/** A figure of documents ending the text before a bracket (规章9件). */
const FIGURE_END = new RegExp(`\\s*(?:${NUMBER})\\s*(?:件|条|项|份)$`);

/** The row a bracket's owner names (规章9件) with the column the clause in the bracket names (含新制定). */
function bracketPart(owner: string, before: string, read: (words: string) => CountEntry | undefined, knowledge: Knowledge): CountEntry | undefined {
  const noun = owner.replace(FIGURE_END, '');
  const row = knowledge.claims.rowWords.map((word) => pattern(`(?:${word.words})$`).exec(noun)).find(Boolean);
  return row && noun !== owner ? read(row[0] + before.replace(/^\s*(?:含|其中|包括)(?:了)?[：:]?/, '')) : undefined;
}

/** "，均为未经复议直接起诉", "，复议后起诉，": all of a figure said to be one kind, or a clause that is only its kind. */
const KIND_AFTER = /^\s*(?:件|起)?(?:[，,]?\s*(?:均|全部|都)(?:为|是|系|属于?)([^，,；;。]{2,12})|[，,]\s*(?:为|系|属于?)?([^，,；;。\d]{2,12})(?=[，,；;。]|$))/;

/** A kind told as what the figure is (均为网上申请, 为当面申请), not what was done with it (全部按时办结). */
const IS_KIND = /[为是系属]/;
/** The group of a 2008 table's cell (applications.online → applications); a gb table's row, which no other cell shares. */
const groupOf = (cell: string) => (cell.includes('.') && !cell.includes(':') ? cell.split('.')[0] : cell);

/** A clause giving a figure's reason, with no figure of its own: "，系要求提供公开出版物。" */
const REASON_AFTER = /^\s*(?:件|起)?[，,]\s*(?:均|全部)?(?:系|属于?|因)([^，,；;。\d]{2,24})(?=[，,；;。]|$)/;

/** Words of a remainder right before a figure: 其余、剩余、余下. */
const REMAINDER = /(?:其余|剩余|余下|其他)(?:的)?\s*$/;

/** A word joining two nouns at the end of the words before a claim's (not 涉及, 危及, 参与), perhaps before the second noun's verb (和被提起行政诉讼). */
const COORDINATED = /(?:或者|以及|(?<![涉危普顾论提波以])及|(?<![参给授赋])与|或|和|、)\s*(?:被)?(?:提起|申请|提出)?$/;

/**
 * Words that make a category's figure a part of it when no row of the category is named: a reason (因…, 涉及…), or
 * a clause ending in 的 before the category (…社会稳定的不予公开1件).
 */
const QUALIFIED = /因|由于|涉及|属于|系|的\s*$/;

/** How far back a note in brackets right before a figure may open. */
const NOTE_REACH = 24;

/** The clause's start and where its words end: before a closing quotation mark, or a bracketed note, right before the figure. */
function pastNote(text: string, from: number, at: number, floor: number): { from: number; end: number; excluding: boolean } {
  const close = text[at - 1];
  // “部分公开”2件: a label in quotation marks ends right before its closing mark.
  if (close === '”' || close === '"' || close === '」') return { from, end: at - 1, excluding: false };
  if (from < at - 1 || (close !== '）' && close !== ')')) return { from, end: at, excluding: false };
  const open = Math.max(text.lastIndexOf('（', at - 1), text.lastIndexOf('(', at - 1));
  if (open <= floor || at - open > NOTE_REACH) return { from, end: at, excluding: false };
  return { from: clauseStart(text, open), end: open, excluding: /^.\s*(?:不含|不包括|除)/.test(text.slice(open, at)) };
}

/** A total word alone, or the year's load (本年度需办理的申请共42件). */
const TOTAL_ALONE = /^\s*(?:(?:本年度?|今年|全年)?(?:需|应|共需)办理的?(?:申请)?(?:共计|合计|总计|共)|共计|合计|总计|两项合计|二者合计|两者合计)(?:为|是|达)?\s*$/;

/**
 * One entry for the sum of several that add up in the table's own sense (办理结果 categories, or the vocabulary's
 * `sums`: 本年新收 and 上年结转), in the total column, no cell twice; not 收到5件，办结5件，共计… .
 */
function summed(entries: CountEntry[], column: string, generation: Generation, knowledge: Knowledge): CountEntry | undefined {
  const cells = entries.flatMap((entry) => entry.cells);
  const ids = entries.map((entry) => entry.id);
  const categories = entries.every((entry) => entry.category);
  const adds = categories || knowledge.claims.sums.some((group) => ids.every((id) => group.includes(id)));
  if (!adds || new Set(entries.map((entry) => entry.table)).size > 1 || new Set(cells).size < cells.length || column !== 'total') return undefined;
  // "予以公开21件；…；其他处理1件；总计37件": every result of the table together is what it names its total.
  const { entries: known } = prefilters(generation, knowledge);
  const whole = categories && known.filter((e) => e.category && e.table === entries[0]!.table).every((e) => ids.includes(e.id));
  const total = whole ? known.find((e) => e.id === knowledge.claims.categoriesTotal && e.table === entries[0]!.table && e.before) : undefined;
  if (total) return total;
  const id = ids.join('+');
  return madeEntry(knowledge, `sum ${id}`, () => {
    const label = { zh: entries.map((entry) => entry.label.zh).join('与'), en: entries.map((entry) => entry.label.en).join(' and ') };
    return { ...entries[0]!, id, label, cells, category: false };
  });
}

/** The entry of applications received, where its cells have applicant columns (not in the 2008 table). */
const receivedEntry = (generation: Generation, knowledge: Knowledge) =>
  prefilters(generation, knowledge).entries.find((e) => e.id === 'received' && e.cells.some((cell) => cell.includes('{c}')));

const rateEntry = (before: string, sentence: string, generation: Generation, knowledge: Knowledge) =>
  knowledge.claims.rates.find((e) => e.generations.includes(generation) && pattern(e.before, true).test(before) && sentenceFits(sentence, e));

