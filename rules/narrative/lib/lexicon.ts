import type { MessageTemplate } from '../../../src/engine/rule.js';
import type { Generation, TableKind } from '../../../src/model/types.js';

/**
 * What the prose says, as data: which phrase before a figure names which table cells.
 * Patterns are regular-expression sources; a count pattern must end the clause right
 * before the figure (fillers such as 共、为、达 may stand between), so "予以公开4件" is a
 * claim and "公开政府文件50件" is not.
 */
export interface CountEntry {
  /** Metric name, shared across generations (`received`, `granted` …). */
  id: string;
  label: MessageTemplate;
  before: string;
  table: TableKind;
  /** Cell keys summed: `{c}` is the applicant column (总计 unless the prose names one), `*` any row part. */
  cells: string[];
  generations: Generation[];
  /** Patterns the sentence must contain, where the phrase alone is ambiguous (办结 of a hotline). */
  context?: string[];
  /** Patterns the sentence must not contain. */
  unless?: string[];
  /** A 办理结果 category of table 三: category-mismatch compares these with one another. */
  category?: boolean;
  /** A body-wide total: in a 其中 clause the figure is a part's (其中县政府办公室受理申请3件). */
  total?: boolean;
}

/** A rate the prose states (办结率100%): numerator / denominator × 100, from stated figures or the table. */
export interface RateEntry {
  id: string;
  label: MessageTemplate;
  before: string;
  table: TableKind;
  numerator: string[];
  denominator: string[];
  /** Count metrics that state the same figures in the sentence (办结5件 … 受理5件). */
  statedNumerator: string;
  statedDenominator: string[];
  generations: Generation[];
  context?: string[];
}

/** A statement that something did not happen (无行政复议, 未收到申请): the cells must be 0 or blank. */
export interface NoneEntry {
  id: string;
  label: MessageTemplate;
  /** Matched anywhere in a clause. */
  pattern: string;
  /** A bare "无此类情况。" says none of what its section title names, when the title matches this. */
  titleTerm?: string;
  table: TableKind;
  cells: string[];
  generations: Generation[];
  context?: string[];
  unless?: string[];
}

const MODERN: Generation[] = ['gb2019', 'gb2021'];
const LEGACY: Generation[] = ['legacy'];

export const TABLE_NAMES: Record<TableKind, MessageTemplate> = {
  proactive: { zh: '表二', en: 'table 2' },
  applications: { zh: '表三', en: 'table 3' },
  reviewLitigation: { zh: '表四', en: 'table 4' },
  legacyStats: { zh: '统计表', en: 'the statistical table' },
};

const RECEIVED = '(?:收到|受理|新收|接收|接到).{0,16}?(?:依申请|公开申请)(?:公开)?(?:政府信息)?|(?:收到|受理|新收|接收|接到)(?:的)?(?:各类)?申请';
const PROCESSED = '(?:已)?办结(?:申请)?';
/** Counts of reviews and lawsuits about disclosure, not a county's 办理行政复议案件50件 at large. */
const ABOUT_DISCLOSURE = ['信息公开|依申请|被申请|被提起|被起诉|被诉'];
/** A sentence about applications, not a hotline's 办结 (受理咨询716件，办结率100%). */
const ABOUT_APPLICATIONS = ['申请|予以公开|部分公开|不予公开|无法提供'];
const ISSUED = '(?:制发|印发|出台|制定|新制定)(?:了)?';
const SUITS = ['suitDirect', 'suitAfterReview'];
const label = (zh: string, en: string): MessageTemplate => ({ zh, en });

export const COUNT_ENTRIES: CountEntry[] = [
  // 表三 (gb2019, gb2021)
  { id: 'received', label: label('收到申请', 'applications received'), before: RECEIVED, table: 'applications', cells: ['received:{c}'], generations: MODERN, total: true },
  { id: 'carriedOver', label: label('上年结转', 'carried over'), before: '上年(?:度)?结转(?:的)?(?:政府信息公开)?(?:申请)?', table: 'applications', cells: ['carriedOver:{c}'], generations: MODERN, total: true },
  { id: 'partial', label: label('部分公开', 'partly granted'), before: '部分公开', table: 'applications', cells: ['partial:{c}'], generations: MODERN, category: true },
  { id: 'granted', label: label('予以公开', 'granted'), before: '(?<!不)(?:予以公开|同意公开|全部公开)', table: 'applications', cells: ['granted:{c}'], generations: MODERN, category: true },
  { id: 'withheld', label: label('不予公开', 'withheld'), before: '不予(?:以)?公开', table: 'applications', cells: ['withheld.*:{c}'], generations: MODERN, category: true },
  { id: 'notHeld', label: label('本机关不掌握', 'not held'), before: '(?:本机关)?不掌握(?:相关政府信息)?', table: 'applications', cells: ['unavailable.notHeld:{c}'], generations: MODERN },
  { id: 'unavailable', label: label('无法提供', 'unavailable'), before: '无法提供', table: 'applications', cells: ['unavailable.*:{c}'], generations: MODERN, category: true },
  { id: 'notProcessed', label: label('不予处理', 'not processed'), before: '不予处理', table: 'applications', cells: ['notProcessed.*:{c}'], generations: MODERN, category: true },
  { id: 'other', label: label('其他处理', 'otherwise handled'), before: '其他处理', table: 'applications', cells: ['other:{c}', 'other.*:{c}'], generations: MODERN, category: true },
  { id: 'processed', label: label('办结', 'processed'), before: PROCESSED, table: 'applications', cells: ['processedTotal:{c}'], generations: MODERN, context: ABOUT_APPLICATIONS, total: true },
  { id: 'carriedForward', label: label('结转下年度', 'carried forward'), before: '结转(?:至|到)?下(?:一)?年(?:度)?(?:继续办理)?', table: 'applications', cells: ['carriedForward:{c}'], generations: MODERN, total: true },
  // 表四
  { id: 'review', label: label('行政复议', 'administrative reviews'), before: '行政复议(?:案件|案)?', table: 'reviewLitigation', cells: ['review:total'], generations: MODERN, total: true, context: ABOUT_DISCLOSURE },
  { id: 'suit', label: label('行政诉讼', 'lawsuits'), before: '行政诉讼(?:案件|案)?', table: 'reviewLitigation', cells: SUITS.map((g) => `${g}:total`), generations: MODERN, total: true, context: ABOUT_DISCLOSURE },
  { id: 'corrected', label: label('被纠错', 'corrected'), before: '(?:被)?(?:依法)?(?:纠错|纠正)', table: 'reviewLitigation', cells: ['review:corrected'], generations: MODERN, context: ['复议'], unless: ['诉讼'] },
  { id: 'corrected', label: label('被纠错', 'corrected'), before: '(?:被)?(?:依法)?(?:纠错|纠正)', table: 'reviewLitigation', cells: SUITS.map((g) => `${g}:corrected`), generations: MODERN, context: ['诉讼'], unless: ['复议'] },
  // 表二
  { id: 'rulesIssued', label: label('制发规章', 'rules issued'), before: `${ISSUED}(?:政府)?规章`, table: 'proactive', cells: ['rules:issued'], generations: ['gb2021'] },
  { id: 'rulesIssued', label: label('制作规章', 'rules made'), before: `${ISSUED}(?:政府)?规章`, table: 'proactive', cells: ['rules:made'], generations: ['gb2019'] },
  { id: 'normativeIssued', label: label('制发行政规范性文件', 'normative documents issued'), before: `${ISSUED}.{0,8}?(?:行政)?规范性文件`, table: 'proactive', cells: ['normativeDocs:issued'], generations: ['gb2021'] },
  { id: 'normativeIssued', label: label('制作规范性文件', 'normative documents made'), before: `${ISSUED}.{0,8}?(?:行政)?规范性文件`, table: 'proactive', cells: ['normativeDocs:made'], generations: ['gb2019'] },
  { id: 'normativeRepealed', label: label('废止行政规范性文件', 'normative documents repealed'), before: '废止(?:了)?(?:的)?(?:行政)?规范性文件', table: 'proactive', cells: ['normativeDocs:repealed'], generations: ['gb2021'] },
  { id: 'normativeInForce', label: label('现行有效行政规范性文件', 'normative documents in force'), before: '现行有效(?:的)?(?:行政)?规范性文件', table: 'proactive', cells: ['normativeDocs:inForce'], generations: ['gb2021'] },
  { id: 'licensing', label: label('行政许可', 'licensing decisions'), before: '行政许可(?:决定|案件)?', table: 'proactive', cells: ['licensing:decisions'], generations: MODERN },
  { id: 'penalty', label: label('行政处罚', 'penalty decisions'), before: '行政处罚(?:决定|案件)?', table: 'proactive', cells: ['penalty:decisions'], generations: MODERN },
  { id: 'coercion', label: label('行政强制', 'coercion decisions'), before: '行政强制(?:决定|措施|案件)?', table: 'proactive', cells: ['coercion:decisions'], generations: MODERN },
  // 旧版统计表
  { id: 'proactive', label: label('主动公开政府信息', 'information published proactively'), before: '主动公开(?:发布)?(?:各类)?政府信息', table: 'legacyStats', cells: ['proactive.total'], generations: LEGACY, total: true },
  { id: 'website', label: label('政府网站公开政府信息', 'published on the website'), before: '网站(?:上)?(?:主动)?(?:公开|发布)(?:各类)?政府信息', table: 'legacyStats', cells: ['channel.website'], generations: LEGACY },
  { id: 'gazette', label: label('政府公报公开政府信息', 'published in the gazette'), before: '政府公报[”"]?(?:上)?(?:公开|发布)(?:政府)?信息', table: 'legacyStats', cells: ['channel.gazette'], generations: LEGACY },
  { id: 'weibo', label: label('政务微博公开政府信息', 'published on Weibo'), before: '微博(?:上)?(?:公开|发布)(?:政府)?信息', table: 'legacyStats', cells: ['channel.weibo'], generations: LEGACY },
  { id: 'wechat', label: label('政府微信公开政府信息', 'published on WeChat'), before: '微信(?:公众号)?(?:上)?(?:公开|发布)(?:政府)?信息', table: 'legacyStats', cells: ['channel.wechat'], generations: LEGACY },
  { id: 'normativeProactive', label: label('主动公开规范性文件', 'normative documents published'), before: '主动公开(?:了)?规范性文件', table: 'legacyStats', cells: ['proactive.normativeDocs'], generations: LEGACY },
  { id: 'received', label: label('收到申请', 'applications received'), before: RECEIVED, table: 'legacyStats', cells: ['applications.received'], generations: LEGACY, total: true },
  { id: 'processed', label: label('申请办结', 'applications closed'), before: PROCESSED, table: 'legacyStats', cells: ['applications.closed'], generations: LEGACY, context: ABOUT_APPLICATIONS, total: true },
  { id: 'review', label: label('行政复议', 'administrative reviews'), before: '行政复议(?:案件|案)?', table: 'legacyStats', cells: ['review.total'], generations: LEGACY, total: true, context: ABOUT_DISCLOSURE },
  { id: 'suit', label: label('行政诉讼', 'lawsuits'), before: '行政诉讼(?:案件|案)?', table: 'legacyStats', cells: ['suit.total'], generations: LEGACY, total: true, context: ABOUT_DISCLOSURE },
];

export const RATE_ENTRIES: RateEntry[] = [
  {
    id: 'closureRate', label: label('办结率', 'closure rate'), before: '办结率', table: 'applications',
    numerator: ['processedTotal:total'], denominator: ['received:total', 'carriedOver:total'],
    statedNumerator: 'processed', statedDenominator: ['received', 'carriedOver'], generations: MODERN, context: ABOUT_APPLICATIONS,
  },
  {
    id: 'closureRate', label: label('办结率', 'closure rate'), before: '办结率', table: 'legacyStats',
    numerator: ['applications.closed'], denominator: ['applications.received'],
    statedNumerator: 'processed', statedDenominator: ['received'], generations: LEGACY, context: ABOUT_APPLICATIONS,
  },
];

/** 无 before a term, but not 无法 / 无正当理由. */
const NOT = '(?:无(?!法|正当|需)|没有|未发生|未有|未出现|不存在|均未|从未|暂无)';
const REVIEW_NONE = `${NOT}[^，,；;。]{0,20}?行政复议`;
const SUIT_NONE = `${NOT}[^，,；;。]{0,24}?诉讼`;
const RECEIVED_NONE = '(?:未|没有|尚未)(?:收到|接到|受理)[^，,；;。]{0,30}?申请|(?:无|没有)(?:收到)?(?:依申请公开|政府信息公开申请)';
const UPHELD = '(?:均|全部|都)(?:获|被|予以|得到)?(?:依法)?维持';

export const NONE_ENTRIES: NoneEntry[] = [
  { id: 'noReview', label: label('行政复议', 'administrative reviews'), pattern: REVIEW_NONE, titleTerm: '行政复议', table: 'reviewLitigation', cells: ['review:total'], generations: MODERN },
  { id: 'noSuit', label: label('行政诉讼', 'lawsuits'), pattern: SUIT_NONE, titleTerm: '诉讼', table: 'reviewLitigation', cells: SUITS.map((g) => `${g}:total`), generations: MODERN },
  { id: 'noApplication', label: label('收到申请', 'applications received'), pattern: RECEIVED_NONE, table: 'applications', cells: ['received:total'], generations: MODERN },
  { id: 'allUpheld', label: label('行政复议结果纠正或其他结果', 'reviews corrected or otherwise decided'), pattern: UPHELD, table: 'reviewLitigation', cells: ['review:corrected', 'review:other'], generations: MODERN, context: ['复议'] },
  { id: 'allUpheld', label: label('行政诉讼结果纠正或其他结果', 'lawsuits corrected or otherwise decided'), pattern: UPHELD, table: 'reviewLitigation', cells: SUITS.flatMap((g) => [`${g}:corrected`, `${g}:other`]), generations: MODERN, context: ['诉讼'] },
  { id: 'noReview', label: label('行政复议数量', 'administrative reviews'), pattern: REVIEW_NONE, titleTerm: '行政复议', table: 'legacyStats', cells: ['review.total'], generations: LEGACY },
  { id: 'noSuit', label: label('行政诉讼数量', 'lawsuits'), pattern: SUIT_NONE, titleTerm: '诉讼', table: 'legacyStats', cells: ['suit.total'], generations: LEGACY },
  { id: 'noApplication', label: label('收到申请数', 'applications received'), pattern: RECEIVED_NONE, table: 'legacyStats', cells: ['applications.received'], generations: LEGACY },
  { id: 'allUpheld', label: label('行政复议被依法纠错或其他情形', 'reviews corrected or otherwise decided'), pattern: UPHELD, table: 'legacyStats', cells: ['review.corrected', 'review.other'], generations: LEGACY, context: ['复议'] },
  { id: 'allUpheld', label: label('行政诉讼被依法纠错或其他情形', 'lawsuits corrected or otherwise decided'), pattern: UPHELD, table: 'legacyStats', cells: ['suit.corrected', 'suit.other'], generations: LEGACY, context: ['诉讼'] },
];
