import type { Gazetteer, Knowledge } from '../../../src/engine/rule-api.js';
import { Memo } from '../../../src/model/memo.js';
import type { Place } from '../../../src/parse/body.js';

export interface PlaceNames {
  /** Foreign names by their last two characters (endingAt), longest first. */
  byEnding: Map<number, string[]>;
  /** The last characters foreign names end with (镇, 乡, 县 …): the scan searches for these alone. */
  finals: string[];
  /** Foreign name → the place's path (宁夏回族自治区中卫市海原县李旺镇); own names are absent. */
  foreign: Map<string, string>;
  /** Foreign name → own names holding it and where (西安镇 inside 海原县西安镇 would be no finding, were it foreign). */
  insideOwn: Map<string, Array<{ own: string; at: number }>>;
}

/** Names a unit of each level properly ends with: not 农场, 开发区, 管理处, which recur from county to county. */
const PROPER = {
  township: /(?:镇|乡|街道)$/,
  county: /(?:县|市|旗|[^发园新理范业景护验]区)$/,
  prefecture: /(?:市|州|盟|地区)$/,
  province: /(?:省|市|自治区)$/,
};
/** A name this many places share (城关镇, 城区) says nothing about which one is meant. */
const SHARED_BY = 6;

/**
 * The places a report of `own` should not name as itself: units of its level under the same
 * parent (another town of the county) and, below the province, under the same grandparent
 * (another county's towns, another prefecture's counties), and the units beside its parent
 * (another county of the prefecture, in a town's report). Its own path and subordinates are
 * listed as own names, so 海原县西安镇 never yields a shorter foreign name inside it.
 */
export function placeNamesAround(own: Place, knowledge: Knowledge): PlaceNames {
  const places = knowledge.gazetteer();
  const recent = recentOf.get(places);
  let names = recent.get(own.index);
  if (!names) {
    if (recent.size >= RECENT_PLACES) recent.delete(recent.keys().next().value!);
    recent.set(own.index, (names = namesAround(own, places)));
  }
  return names;
}

/** The names of the last places asked for, per gazetteer: a run meets one place many times (a county's departments, a body's years). */
const recentOf = new Memo((_: Gazetteer) => new Map<number, PlaceNames>());
const RECENT_PLACES = 32;

function namesAround(own: Place, places: Gazetteer): PlaceNames {
  const foreign = new Map<string, string>();
  const ownNames = new Set<string>();
  for (const place of places.pathOf(own.index)) for (const name of places.namesOf(place)) ownNames.add(name);
  for (const child of places.childrenOf(own.index)) for (const name of places.namesOf(child)) ownNames.add(name);
  const parent = parentWithName(own.index, places);
  const grandparent = parent === undefined || own.level === 'prefecture' ? undefined : parentWithName(parent, places);
  const consider = (place: number) => {
    if (place === own.index) return;
    const proper = PROPER[places.levelOf(place)];
    for (const name of places.namesOf(place)) {
      if (ownNames.has(name) || !proper.test(name) || places.placesNamed(name).length >= SHARED_BY) continue;
      if (!foreign.has(name)) foreign.set(name, places.pathOf(place).map((step) => places.names[step]).join(''));
    }
  };
  const sameLevel = (root: number) => levelDescendants(root, own.level, places);
  for (const place of parent === undefined ? sameLevel(-1) : sameLevel(parent)) consider(place);
  if (grandparent !== undefined) {
    for (const place of sameLevel(grandparent)) if (!places.within(place, parent!)) consider(place);
    for (const place of levelDescendants(grandparent, places.levelOf(parent!), places)) if (place !== parent) consider(place);
  }
  const insideOwn = new Map<string, Array<{ own: string; at: number }>>();
  for (const name of foreign.keys()) {
    for (const ownName of ownNames) {
      const at = ownName.indexOf(name);
      if (at >= 0) insideOwn.set(name, [...(insideOwn.get(name) ?? []), { own: ownName, at }]);
    }
  }
  const byEnding = new Map<number, string[]>();
  for (const name of [...foreign.keys()].sort((a, b) => b.length - a.length)) {
    const ending = endingAt(name, name.length);
    byEnding.set(ending, [...(byEnding.get(ending) ?? []), name]);
  }
  return { byEnding, finals: [...new Set([...foreign.keys()].map((name) => name.at(-1)!))], foreign, insideOwn };
}

/** The nearest ancestor that is a place of its own (a municipality's 市辖区 is skipped). */
function parentWithName(place: number, places: Gazetteer): number | undefined {
  let parent = places.parentOf(place);
  while (parent !== undefined && !places.names[parent]) parent = places.parentOf(parent);
  return parent;
}

/** The places of `level` under `root` (−1: the whole country). */
function levelDescendants(root: number, level: Place['level'], places: Gazetteer): number[] {
  const found: number[] = [];
  const visit = (place: number) => {
    if (places.levelOf(place) === level) found.push(place);
    else for (const child of places.childrenOf(place)) visit(child);
  };
  if (root < 0) for (const province of places.provinces()) visit(province);
  else for (const child of places.childrenOf(root)) visit(child);
  return found;
}

/**
 * The two characters before `end` as one small integer (no string made at each stop; 15 bits each, so
 * it stays a V8 small integer and needs no allocation). Distinct endings may share a key: every
 * candidate is checked against the text.
 */
const endingAt = (text: string, end: number) => ((text.charCodeAt(end - 2) & 0x7fff) << 15) | (text.charCodeAt(end - 1) & 0x7fff);

/**
 * Each foreign name of `names` in `text`, left to right, except where it is part of an own name.
 * The text is searched (indexOf, native) for the few characters foreign names end with, and only
 * there are names looked up: a loop over every character cost as much as the rest of the rule.
 */
export function namesFound(text: string, names: PlaceNames): Array<{ name: string; index: number }> {
  const found: Array<{ name: string; index: number }> = [];
  for (const final of names.finals) {
    for (let end = text.indexOf(final, 1); end >= 0; end = text.indexOf(final, end + 1)) {
      const after = end + 1;
      const name = names.byEnding.get(endingAt(text, after))?.find((candidate) => text.startsWith(candidate, after - candidate.length));
      if (!name) continue;
      const index = after - name.length;
      if (names.insideOwn.get(name)?.some(({ own, at }) => text.startsWith(own, index - at))) continue;
      found.push({ name, index });
    }
  }
  return names.finals.length > 1 ? found.sort((a, b) => a.index - b.index) : found;
}

/** Where a platform's name follows a province's: 浙江政务服务网, 四川省人民政府门户网站. */
/**
 * The platforms' names by the character that ends their last word (网 or 台), each with the word
 * before that character and what may follow it: 政务服务网, 政府网(站), 门户网站, 公开平台, 政务服务平台.
 */
const PLATFORM_ENDS: Record<string, Array<{ before: string; after: string }>> = {
  网: [{ before: '政务服务', after: '' }, { before: '门户', after: '站' }, { before: '政府', after: '' }],
  台: [{ before: '政务服务平', after: '' }, { before: '公开平', after: '' }],
};
/** What may stand between a platform's word and the province's kind, and the kinds, longest first. */
const BEFORE_WORD = ['人民政府', '政府信息', '人民', '政府', '政务'];
const PROVINCE_KINDS = ['维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '省', '市'];
const startsAt = (text: string, words: string[], end: number) => words.find((word) => text.startsWith(word, end - word.length));

/**
 * Other provinces' platforms in `text`: at each 网 and 台 (found by indexOf, native) that ends a
 * platform's word, the words before it are read back to a province's name. No pattern: one over
 * every paragraph cost more than all the rest of the rule.
 */
export function platformsIn(text: string, otherProvinces: OtherProvinces): Array<{ name: string; index: number }> {
  const found: Array<{ name: string; index: number }> = [];
  for (const [char, words] of Object.entries(PLATFORM_ENDS)) {
    for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) {
      const word = words.find(({ before, after }) => text.startsWith(before, at - before.length) && text.startsWith(after, at + 1));
      if (!word) continue;
      let start = at - word.before.length;
      // 政务服务网 names itself; 门户网站, 政府网 and 公开平台 may follow 人民政府, 政务 …
      if (word.before !== '政务服务' && word.before !== '政务服务平') start -= startsAt(text, BEFORE_WORD, start)?.length ?? 0;
      start -= startsAt(text, PROVINCE_KINDS, start)?.length ?? 0;
      const province = startsAt(text, provincesEndingAt(otherProvinces, text, start), start);
      if (!province) continue;
      const index = start - province.length;
      found.push({ name: text.slice(index, at + 1 + word.after.length), index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Other provinces' short names, and the same by their last character: a platform's province is read back from where its kind starts. */
export interface OtherProvinces {
  all: string[];
  byLast: Map<number, string[]>;
  longest: number;
}

/**
 * The names that may end at `end` of `text`: those ending with the character before it (in list
 * order, so the first that matches is the same), or all of them this close to the text's start.
 */
function provincesEndingAt({ all, byLast, longest }: OtherProvinces, text: string, end: number): string[] {
  return end < longest ? all : (byLast.get(text.charCodeAt(end - 1)) ?? []);
}

/** The short names of the provinces other than the report's (浙江, 宁夏, 内蒙古), once per province. */
export function otherProvincesOf(own: Place, knowledge: Knowledge): OtherProvinces {
  const places = knowledge.gazetteer();
  const others = othersOf.get(places);
  const ownProvince = places.pathOf(own.index)[0]!;
  let stems = others.get(ownProvince);
  if (!stems) {
    const all = places
      .provinces()
      .filter((province) => province !== ownProvince && places.names[province])
      .map((province) => places.names[province]!.replace(/(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$/, ''));
    const byLast = new Map<number, string[]>();
    for (const stem of all) byLast.set(stem.charCodeAt(stem.length - 1), [...(byLast.get(stem.charCodeAt(stem.length - 1)) ?? []), stem]);
    stems = { all, byLast, longest: Math.max(0, ...all.map((stem) => stem.length)) };
    others.set(ownProvince, stems);
  }
  return stems;
}

const othersOf = new Memo((_: Gazetteer) => new Map<number, OtherProvinces>());
