import type { Position } from 'unist';
import { gazetteer, type PlaceLevel } from '../knowledge/gazetteer.js';
import { Memo } from '../model/memo.js';
import { paragraphsOf } from '../model/query.js';
import { locate } from '../model/block.js';
import { locatorOf } from '../model/source.js';
import type { Paragraph, Report } from '../model/types.js';

/** What sort of body writes the report. */
export type BodyKind = 'government' | 'office' | 'department' | 'township' | 'street' | 'vertical';

/** Where a body names itself (`text`: the government the text names most, when the title does not). */
export type BodySource = 'title' | 'signature' | 'opening' | 'text';

export interface Place {
  name: string;
  level: PlaceLevel;
  /** GB/T 2260 (6 digits) or township (9 digits) code. */
  code: string;
  /** Outermost first, the place itself last: 宁夏回族自治区 › 中卫市 › 海原县 › 西安镇. */
  path: string[];
  /** The place's index in the gazetteer (for siblings and subordinates). */
  index: number;
}

/** The body that wrote the report, as the title, signature (落款) and opening name it. */
export interface Body {
  /** As the report names itself: 海原县西安镇人民政府. */
  name: string;
  kind: BodyKind;
  /** The level it works at: its place's level (a county's 局 is county-level). */
  level: PlaceLevel | undefined;
  place?: Place;
  /** The government an office writes for (…办公厅代表市政府…): the report is that government's. */
  speaksFor?: string;
  /** One name for the body across its reports: the government an office speaks for, else its name. */
  identity: string;
  position?: Position;
  /** Every place the report names itself, in document order. */
  namings: Array<{ source: BodySource; name: string; position?: Position }>;
}

const VERTICAL = /(?:国家税务总局|税务局|海关|气象局|邮政管理局|烟草专卖局|调查队|人民银行|金融监督管理|消防救援|出入境|铁路监督管理局)/;
const OFFICE = /(?:人民政府|政府)(?:办公厅|办公室)$|^[^局委]*(?:省|市|县|区|州|旗|盟)(?:办公厅|政府办)$/;
const STREET = /街道(?:办事处)?$/;
const TOWNSHIP = /[镇乡](?:人民政府|政府)?$/;
const GOVERNMENT = /(?:省|市|县|区|州|旗|盟)(?:人民政府|政府)?$/;
/** A body's name at the end of a short line: the signature 落款, before or beside its date. */
const SIGNED = /^\s*([\u4e00-\u9fa5（）()]{3,30}?(?:人民政府|政府|办公厅|办公室|办事处|局|委员会|委|厅|中心|院|所|管委会|管理委员会|镇|乡|街道))\s*(?:(?:19|20)\d{2}\s*年.{0,8}日?)?\s*$/;
/** "…办公厅（代表市政府）", "受县人民政府委托": the office reports for its government. */
const SPEAKS_FOR = /代表[^。，；]{0,12}?(?:人民)?政府|受[^。，；]{0,12}?(?:人民)?政府委托|(?:人民)?政府(?:的)?(?:年度报告|信息公开工作年度报告)由[^。]{0,20}办公/;
/** A government or office that says it wrote the report: "…，阿猛镇人民政府编制本报告". The name starts at its first place. */
const OPENING_SELF = /(?:人民政府办公厅|人民政府办公室|人民政府|办事处)(?=编制|发布|现将|特)/;

export function bodyKindOf(name: string): BodyKind {
  if (VERTICAL.test(name)) return 'vertical';
  if (OFFICE.test(name)) return 'office';
  if (STREET.test(name)) return 'street';
  if (TOWNSHIP.test(name)) return 'township';
  if (GOVERNMENT.test(name)) return 'government';
  return 'department';
}

const KIND_LEVEL: Partial<Record<BodyKind, PlaceLevel>> = { township: 'township', street: 'township' };

const bodies = new Memo((report: Report) => readBody(report));

/** The report's body (name, kind, level, place with its code), or undefined when it never names itself. */
export function bodyOf(report: Report): Body | undefined {
  return bodies.get(report) ?? undefined;
}

function readBody(report: Report): Body | null {
  const paragraphs = paragraphsOf(report.children);
  const namings: Body['namings'] = [];
  const { title, body: named } = report.facts;
  // The parser's body is the title's, or else the government the text names most.
  const inTitle = named && title?.position && named.position && named.position.start.line <= title.position.end.line;
  const parsed = named && { source: inTitle ? ('title' as const) : ('text' as const), name: named.value, ...(named.position && { position: named.position }) };
  if (parsed && inTitle) namings.push(parsed);
  const opening = paragraphs.slice(0, 3).map((paragraph) => selfNamed(paragraph)).find((found) => found);
  if (opening) namings.push(naming(report, 'opening', opening.paragraph, opening.from, opening.name));
  for (const paragraph of paragraphs.slice(-6)) {
    const match = paragraph.text.length <= 50 ? SIGNED.exec(paragraph.text) : null;
    if (match) namings.push(naming(report, 'signature', paragraph, paragraph.text.indexOf(match[1]!), match[1]!));
  }
  if (parsed && !inTitle) namings.push(parsed);
  const chosen = mostNamed(namings, paragraphs);
  if (!chosen) return null;
  const kind = bodyKindOf(chosen.name);
  // Placed by the names that agree with the chosen one: an outvoted title names another place.
  const place = placeOf(report, namings.filter((entry) => agree(entry.name, chosen.name)).map((entry) => entry.name));
  const government = kind === 'office' && place && speaksForGovernment(report, namings) ? `${place.name}人民政府` : undefined;
  return {
    name: chosen.name,
    kind,
    level: place?.level ?? KIND_LEVEL[kind],
    ...(place && { place }),
    ...(government && { speaksFor: government }),
    identity: government ?? chosen.name,
    ...(chosen.position && { position: chosen.position }),
    namings,
  };
}

/**
 * The first naming unless another body's is named more: a naming of another body (one that does not hold or
 * sit in the chosen one's name) wins with more namings agreeing with it or, on a tie, with more uses in the
 * text, so a title left with another body's name is outvoted by the opening and the signature, or by the
 * signature and the text. Namings of one body never compete: the title's form of the name stays.
 */
function mostNamed(namings: Body['namings'], paragraphs: Paragraph[]): Body['namings'][number] | undefined {
  const votes = (entry: Body['namings'][number]) => namings.filter((other) => agree(other.name, entry.name)).length;
  let chosen = namings[0];
  for (const entry of namings) {
    if (agree(entry.name, chosen!.name)) continue;
    const [entryVotes, chosenVotes] = [votes(entry), votes(chosen!)];
    if (entryVotes > chosenVotes || (entryVotes === chosenVotes && usesOf(entry.name, paragraphs) > usesOf(chosen!.name, paragraphs))) chosen = entry;
  }
  return chosen;
}

/** Two namings of one body: one name holds the other (青石镇, 青石镇人民政府). */
const agree = (a: string, b: string) => a.includes(b) || b.includes(a);

/** How many times the text names a body, by its name and its innermost name (桥河县青石镇人民政府: 桥河县青石镇, 青石镇). */
function usesOf(name: string, paragraphs: Paragraph[]): number {
  const full = name.replace(/(?:人民政府|政府|办事处)$/, '');
  const innermost = full.replace(/^.*[省市县区旗州盟](?=[^省市县区旗州盟]{2,}$)/, '');
  let uses = 0;
  for (const short of innermost === full ? [full] : [full, innermost]) {
    for (const { text } of paragraphs) for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) uses++;
  }
  return uses;
}

/** The body that says it wrote the report in `paragraph`, from the first place named in the 20 characters before its kind. */
function selfNamed(paragraph: Paragraph): { paragraph: Paragraph; from: number; name: string } | undefined {
  const match = OPENING_SELF.exec(paragraph.text);
  if (!match) return undefined;
  const before = paragraph.text.slice(Math.max(0, match.index - 20), match.index);
  const place = gazetteer().namesIn(before)[0];
  if (!place) return undefined;
  const from = match.index - before.length + place.index;
  return { paragraph, from, name: paragraph.text.slice(from, match.index + match[0].length) };
}

function naming(report: Report, source: BodySource, paragraph: Paragraph, from: number, name: string): Body['namings'][number] {
  return { source, name, position: locate(paragraph, locatorOf(report), from, from + name.length) };
}

/** An office speaks for its government when it says so, or when the title names the government and the signature the office. */
function speaksForGovernment(report: Report, namings: Body['namings']): boolean {
  if (namings.some((entry) => entry.source !== 'title' && bodyKindOf(entry.name) === 'government')) return true;
  return paragraphsOf(report.children).slice(0, 4).some((paragraph) => SPEAKS_FOR.test(paragraph.text));
}

/**
 * The body's place: the innermost gazetteer name of its names, among same-named places the one
 * whose outer units the names spell (海原县西安镇) or, failing that, the report's text names most.
 */
function placeOf(report: Report, names: string[]): Place | undefined {
  const places = gazetteer();
  let found: string[] = [];
  for (const name of names) if (!found.length) found = places.namesIn(name).map((entry) => entry.name);
  if (!found.length) return undefined;
  const outer = found.slice(0, -1);
  let candidates = places.placesNamed(found.at(-1)!).filter((place) => {
    const path = places.pathOf(place);
    return outer.every((unit) => path.some((step) => places.namesOf(step).includes(unit)));
  });
  if (candidates.length > 1) {
    // The places above a body are named near the top (title, opening, page header) and at the end (signature, address).
    const source = report.source;
    const ends = source.length <= 6000 ? source : `${source.slice(0, 4000)}\n${source.slice(-2000)}`;
    // Candidates share their outer steps (a province, a prefecture): each step's names are searched for once.
    const named = new Map<number, boolean>();
    const isNamed = (step: number) => {
      let found = named.get(step);
      if (found === undefined) named.set(step, (found = mentions(ends, places.namesOf(step))));
      return found;
    };
    const scores = candidates.map((place) => places.pathOf(place).slice(0, -1).filter(isNamed).length);
    const best = Math.max(...scores);
    candidates = candidates.filter((_, i) => scores[i] === best);
  }
  if (candidates.length !== 1) return undefined;
  const index = candidates[0]!;
  const path = places.pathOf(index);
  return { name: places.names[index]!, level: places.levelOf(index), code: places.codeOf(index), path: path.map((step) => places.names[step]!), index };
}

const KIND_SUFFIX = /(?:省|市|(?:壮族|回族|维吾尔)?自治区|州|地区|盟)$/;

/** A province or prefecture is often written without its kind: 云南 for 云南省, 宁夏 for 宁夏回族自治区, 嵊州 for 嵊州市. */
function mentions(text: string, names: string[]): boolean {
  return names.some((name) => {
    const stem = name.replace(KIND_SUFFIX, '');
    // The stem begins the name: where it is a name of its own, finding it finds the name too.
    return text.includes(stem.length >= 2 && stem !== name ? stem : name);
  });
}
