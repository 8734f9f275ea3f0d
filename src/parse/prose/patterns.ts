import { tableDefinition, type Knowledge } from '../../knowledge/index.js';
import { Memo } from '../../model/memo.js';

/**
 * The vocabulary's patterns compiled for reading prose (fillers, context words) and the applicant columns
 * of table 三 by the words reports use for them; shared by the claim reader and none-claim.
 */

// Words that may stand between the phrase and its figure: 予以公开的共4件, 办结率达100%.
export const FILLER = '(?:的)?(?:数量?|总数|总量|件数|条数)?(?:共计|共|合计|总计|累计|计|也|为|达到|达|增至|增加到|是|有|了)*\\s*';
/** Compiled patterns by source, plain and anchored: keyed by the lexicon's own strings, whose hashes V8 keeps. */
const compiled = { plain: new Map<string, RegExp>(), anchored: new Map<string, RegExp>() };
/** A lexicon pattern compiled once; `anchored`: it must end the text, fillers allowed. */
export function pattern(source: string, anchored = false): RegExp {
  const known = anchored ? compiled.anchored : compiled.plain;
  let re = known.get(source);
  if (!re) known.set(source, (re = new RegExp(anchored ? `(?:${source})${FILLER}$` : source)));
  return re;
}

/** The entry's context words are in `context` (the sentence, or it and the one before), none of its `unless` words in the sentence. */
export const sentenceFits = (sentence: string, entry: { context?: string[]; unless?: string[] }, context = sentence) =>
  (entry.context ?? []).every((p) => pattern(p).test(context)) && !(entry.unless ?? []).some((p) => pattern(p).test(sentence));

/** "公民、法人和其他组织提出的申请": people and organisations together are every applicant, the total, no column. */
const NOT_EVERY_APPLICANT = '(?<!(?:公民|自然人|个人)\\s*[、和及与]\\s*(?:法人(?:或者|和|或|及))?)';

/** The applicant columns of table 三 and their words, built once per knowledge (its format data and vocabulary). */
export const applicantColumns = new Memo((knowledge: Knowledge) => {
  const claimVocabulary = knowledge.claims;
  /**
   * Applicant columns by label (自然人 → natural), from the format data; 其他 is too vague to name one. A group
   * of columns (法人或其他组织) is keyed by the alternation of its columns, which cell patterns take as they are.
   */
  const applications = tableDefinition('gb2021', 'applications', knowledge);
  const APPLICANT_COLUMNS = (applications?.layout === 'rows' ? applications.columns : []).filter((column) => column.key !== 'total' && column.key !== 'otherOrg');
  const COLUMNS = new Map<string, string>([
    ...claimVocabulary.columnGroups.flatMap((group) => group.words.split('|').map((words) => [words, `(?:${group.columns.join('|')})`] as const)),
    ...APPLICANT_COLUMNS.map((column) => [column.label, column.key] as const),
    ...Object.entries(claimVocabulary.applicantWords),
  ]);
  /** English names of the column groups, for messages (a single column is named by its key). */
  const GROUP_NAMES = new Map<string, string>(claimVocabulary.columnGroups.map((group) => [`(?:${group.columns.join('|')})`, group.en]));
  const COLUMN_WORDS = [...COLUMNS.keys()].join('|');
  /**
   * 自然人申请4件, 法人或其他组织提出申请15件, 法律服务机构提出的有2件; 来自律师事务所的2件; a column's word alone
   * opening its clause (按申请人类型分，自然人18件), which claims only in a sentence on applications (`bare` tells).
   */
  const COLUMN_BEFORE = new RegExp(`(?:${NOT_EVERY_APPLICANT}(${COLUMN_WORDS})(?:(?:代为|代理|委托)?提出(?:的)?(?:申请)?|(?:的)?申请)(?:件)?|(?:来自|申请人为|申请人是)(${COLUMN_WORDS})(?:的)?|^\\s*(?:其中|申请人中)?[，,：:]?\\s*(?<bare>${COLUMN_WORDS}))${FILLER}$`);
  /** Any column's word: a cheap test before COLUMN_BEFORE. */
  const COLUMN_WORD = new RegExp(COLUMN_WORDS);
  /** 受理公民个人提出的公开申请0条: the column named inside the noun of applications. */
  const COLUMN_INSIDE = new RegExp(`${NOT_EVERY_APPLICANT}(${COLUMN_WORDS})(?:提出|提交|递交)的`);
  const COLUMN_AMONG = new RegExp(`^\\s*${NOT_EVERY_APPLICANT}(${COLUMN_WORDS})(?:提出|提交|递交)的[^，,；;。]{0,8}?申请(?:中|里|当中)`);
  const COLUMN_AFTER = new RegExp(`^\\s*[（(]?\\s*(?:全部|均)(?:为|是|系)(${COLUMN_WORDS})`);
  /** 8件由自然人提出: the column after a figure, of the applications before it. */
  const COLUMN_BY = new RegExp(`^\\s*(?:由|为|系|是)(${COLUMN_WORDS})(?:提出|申请|提交|递交)`);
  /** The column a COLUMN_BEFORE match names, and whether only its word stood before the figure. */
  const columnOf = (match: RegExpExecArray) => ({ key: COLUMNS.get((match[1] ?? match[2] ?? match.groups!.bare)!)!, bare: Boolean(match.groups!.bare) });
  return { COLUMNS, GROUP_NAMES, COLUMN_WORD, COLUMN_BEFORE, COLUMN_AFTER, COLUMN_AMONG, COLUMN_BY, COLUMN_INSIDE, columnOf };
});
