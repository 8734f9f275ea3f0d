import type { Knowledge } from '../../knowledge/index.js';
import type { ClaimScope } from '../../model/claim.js';
import { Memo } from '../../model/memo.js';
import type { Report } from '../../model/types.js';

/** A government by its level; a league's government is its 行政公署 (某盟行政公署). */
const GOVERNMENT = /(省|自治区|市|州|盟|县|区|旗|镇|乡|苏木)(?:(?:人民)?政府|行政公署)?$/;
const STREET = /街道(?:办事处)?$|办事处$/;
/** The committee that runs a zone (某经济开发区管理委员会) governs it as a 区's government does. */
const ZONE = /区(?:管理委员会|管委会)$/;

/**
 * The region the report's body governs, from what the model knows of the body: 县 for 大姚县人民政府,
 * 街道 for a 街道办事处; null for a department or an office (it governs no region); undefined when the
 * body is unknown. The one place the claims ask about the body, so a richer body model can answer here.
 */
export function governedRegion(report: Report): string | null | undefined {
  const body = report.facts.body?.value;
  if (!body) return undefined;
  const name = body.replace(/\s+/g, '');
  if (STREET.test(name)) return '街道';
  if (ZONE.test(name)) return '区';
  return GOVERNMENT.exec(name)?.[1] ?? null;
}

/** Whether a level word (县, 区) is the report's region; 区 in an autonomous region's report (某自治区人民政府) is the whole 自治区. */
const isRegionOf = (level: string, region: string | null): boolean => level === region || (region === '自治区' && level === '区');

/** Verbs a named body does to applications, reviews and documents: the body is the subject of the figure. */
const ACTS = '(?:收到|受理|接到|接收|新收|新增|登记|办理|办结|答复|发生|被申请|被提起|被起诉|制发|印发|作出|予以|不予|部分公开|无法提供|共|全年|累计|本年度|年内)';

/** The vocabulary's scope words, compiled once per knowledge. */
const scopePatterns = new Memo(({ claims: { scope } }: Knowledge) => {
  // A body's name, not the means of an act (其中通过政府网站公开…: 通过政府 is no body) nor a time (本年度街道…, 2024年街道…).
  // 政府信息 and 政府网站 are no body ending in 政府.
  // A government named by its level alone (县政府, 市政府办公室) is a body too.
  const NAMED = `((?!通过|经由|依托|利用|借助|本年|全年|今年|年内|\\d)(?:[^，,。；;：:、\\s（）()“”]{2,14}?${scope.bodyEnding}|[省市州盟县区旗镇乡]政府(?:办公室|办公厅|办)?))(?!信息|网站|门户|公报)`;
  return {
    REGION: new RegExp(scope.region, 'g'),
    REGION_BEFORE: new RegExp(`(?:${scope.region})$`),
    // A government's units are a part of its figures (区政府各部门: its departments beside its own level and lower
    // levels), but not after a region word (全县各乡镇各部门, 全县各级, 全区各单位 are the whole region again, while
    // 全区各街道 alone is one kind of its places: a part) nor after the government itself (县政府及各部门, 盟行署和各旗县).
    SUBORDINATES: new RegExp(`(?<!(?:${scope.region})(?:${scope.subordinates})*(?!(?:${scope.oneKindOfPlace})(?![乡镇街道])(?!(?:[（(][^）)]{0,6}[）)])?[、和及与]?各)))(?<!(?:${scope.region})(?:${scope.subordinates})+)(?<!(?:政府|行署|公署|本级|机关)(?:及|和|与|、))(?:${scope.subordinates})`, 'g'),
    SELF: new RegExp(scope.self),
    PART: new RegExp(`${scope.partLead}[，,：:\\s]*(?:${NAMED}|(${scope.level}))`, 'g'),
    // After 、 too: "县市场监管局、县人社局分别收到…" names two bodies.
    SUBJECT: new RegExp(`(?:^|[，,。；;：:、\\s])(?:20\\d{2}年(?:度)?[，,]?\\s*)?${NAMED}(?:本级|一家|全年|本年度|年内|依法|共计|共|分别|即|就|另外|另|还|也|20\\d{2}年(?:度)?)*${ACTS}`, 'g'),
    DIRECT: new RegExp(scope.direct, 'g'),
    /** A region word anywhere: 全县各乡镇（街道）和县直部门. */
    ANY_REGION: new RegExp(scope.region),
    LEVEL: new RegExp(scope.ownLevel, 'g'),
    OWN_ORGAN: new RegExp(scope.ownOrgan, 'g'),
    /** The body naming itself anywhere in a sentence: 本局收到3件申请. */
    SELF_ANYWHERE: new RegExp(scope.self.replace(/^\^/, ''), 'g'),
  };
});

/** 县政府办公室 in the report of 某县人民政府 or of 某县人民政府办公室 is the body itself; 本局、我办 always are. */
function isOwn(named: string, report: Report, region: string | null | undefined, self: RegExp): boolean {
  if (self.test(named)) return true;
  const body = report.facts.body?.value.replace(/人民/g, '');
  if (!body) return true;
  const plain = named.replace(/人民/g, '');
  if (body.includes(plain) || plain.includes(body) || shortFor(plain, body)) return true;
  const government = /^(省|市|州|县|区|旗|镇|乡)政府(?:办公室|办公厅|办)?$/.exec(plain);
  return Boolean(government && (government[1] === region || body.includes(`${government[1]}政府`)));
}

/**
 * A short form of the body's name: its characters in order, ending as it ends (自治区地税局 for 某自治区地方税务局,
 * 市公积金中心 for 某市住房公积金管理中心).
 */
function shortFor(named: string, body: string): boolean {
  if (named.length < 3 || named.at(-1) !== body.at(-1)) return false;
  let at = 0;
  for (const char of named) {
    at = body.indexOf(char, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** 县政府办公室 in the report of 某县人民政府办公室: the unit after 其中 is the body itself, not a part of it. */
function isBody(named: string, report: Report): boolean {
  const body = report.facts.body?.value.replace(/人民|\s+/g, '');
  return Boolean(body && !GOVERNMENT.test(body) && body.endsWith(named.replace(/人民/g, '')));
}

/** A word that sets the scope of the figures after it, and where it starts and ends. */
export interface ScopeMark {
  at: number;
  end: number;
  scope: ClaimScope;
}

/**
 * Every word of a sentence (with the one before, when it opens with 其中) that sets a scope, in order. The
 * scope of a figure is the last mark that ends before it, so in "全县共收到申请40件，本局收到3件" the 3 is the
 * bureau's own and the 40 the county's. Read once per sentence, not once per figure.
 */
export function scopeMarks(text: string, report: Report, knowledge: Knowledge): ScopeMark[] {
  const { REGION, REGION_BEFORE, SUBORDINATES, SELF, PART, SUBJECT, SELF_ANYWHERE, LEVEL, DIRECT, ANY_REGION, OWN_ORGAN } = scopePatterns.get(knowledge);
  const region = governedRegion(report);
  const marks: ScopeMark[] = [];
  const mark = (match: RegExpExecArray, at: number, scope: ClaimScope) => marks.push({ at, end: match.index + match[0].length, scope });
  const named = (match: RegExpExecArray) => match.index + match[0].indexOf((match[1] ?? match[2])!);
  // "省政府及省政府办公厅共制发…": several bodies as one subject are the body's own when each is.
  const allOwn = (names: string) => names.split(/及|和|与|、/).every((name) => isOwn(name, report, region, SELF));
  for (const match of text.matchAll(SUBJECT)) mark(match, named(match), allOwn(match[1]!) ? 'own' : 'other');
  // After 其中 a named unit is a part, even the office that writes the report for its government (listed
  // after the subjects, so that at the same name the part wins).
  for (const match of text.matchAll(PART)) mark(match, named(match), match[1] && (SELF.test(match[1]) || isBody(match[1], report)) ? 'own' : 'part');
  for (const match of text.matchAll(REGION)) mark(match, match.index, region === undefined || isRegionOf(match[1]!, region) ? 'own' : 'region');
  // 全县乡镇 in a township's report is the wider region's places: the region's, not a part of the body's own.
  for (const match of text.matchAll(SUBORDINATES)) {
    const wider = REGION_BEFORE.exec(text.slice(Math.max(0, match.index - 4), match.index));
    if (!wider || region === undefined || isRegionOf(wider[1]!, region)) mark(match, match.index, 'part');
  }
  // 县直部门 after its region (全县各乡镇和县直部门共…) is the region again, as 各… is.
  for (const match of text.matchAll(DIRECT)) if (!ANY_REGION.test(text.slice(Math.max(0, match.index - 12), match.index))) mark(match, match.index, 'part');
  // In a government's report its own level (县政府本级) is one part of what it reports beside its departments
  // and lower levels; an office's or a department's 本级 is the body itself.
  for (const match of text.matchAll(LEVEL)) if (region && isRegionOf(match[1]!, region)) mark(match, match.index, 'part');
  for (const match of text.matchAll(SELF_ANYWHERE)) mark(match, match.index, 'own');
  // A department's own organ (局机关) beside its system's figure is the body itself; a government has none.
  if (region === null) for (const match of text.matchAll(OWN_ORGAN)) mark(match, match.index, 'own');
  // A stable sort: at the same place the later-listed kind wins.
  marks.sort((a, b) => a.at - b.at);
  // "其中，县发改局受理申请11件，县公安局受理申请6件": the units named after a part go on listing parts.
  let part = false;
  for (const mark of marks) {
    if (mark.scope === 'part') part = true;
    else if (part && mark.scope === 'other') mark.scope = 'part';
  }
  return marks;
}

/** The scope at `at` of a sentence's text: its last mark that ends before it, or the body's own. */
export function scopeAt(marks: ScopeMark[], at: number): ClaimScope {
  let scope: ClaimScope = 'own';
  for (const mark of marks) if (mark.end <= at) scope = mark.scope;
  return scope;
}
