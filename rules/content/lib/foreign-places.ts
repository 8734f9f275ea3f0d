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

/**
 * Names a unit of each level properly ends with: not 农场, 开发区, 管理处, which recur from county to county;
 * and something before the unit word (a place named only 街道 would be every 本街道).
 */
const PROPER = {
  township: /.(?:镇|乡|街道)$/,
  county: /(?:.[县市旗]|[^发园新理范业景护验]区)$/,
  prefecture: /.(?:市|州|盟|地区)$/,
  province: /.(?:省|市|自治区)$/,
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

/**
 * The words that end a platform's name, by their last character (found by indexOf, native): 政务服务网,
 * 门户网站, 政府网, any …平台, a 12345 hotline, a province's 政府信息公开规定 or 办法. What stands between the province and these words is the
 * platform's own description (一体化在线政务服务, 政府信息公开统一申请), at most QUALIFIER characters of prose.
 * `after` must follow; with `outside` it is not part of the name, and a closing quote may come first (“青海政务服务”APP).
 */
const PLATFORM_ENDS: Record<string, Array<{ before: string; after: string; outside?: boolean }>> = {
  网: [{ before: '政务服务', after: '' }, { before: '门户', after: '站' }, { before: '政府', after: '' }],
  台: [{ before: '平', after: '' }],
  '5': [{ before: '1234', after: '' }],
  // A province's own rules on disclosure: 《青海省政府信息公开规定》.
  定: [{ before: '信息公开规', after: '' }],
  法: [{ before: '信息公开办', after: '' }, { before: '政务公开办', after: '' }],
  // Its catalogues (…基层政务公开标准目录) and its service app by the province's name (“青海政务服务”移动端, “湖南政务”APP).
  录: [{ before: '目', after: '' }],
  务: ['政务服', '政'].flatMap((before) => ['APP', 'App', 'app', '移动端', '客户端', '小程序'].map((after) => ({ before, after, outside: true }))),
};
/** A character after a province's name that makes it part of a smaller place's (天津的河北区, 湖南路). */
const SMALLER_PLACE = /[区县镇乡街路村旗州盟]/;
/** A province's name opening an autonomous prefecture's or county's (青海的海南藏族自治州). */
const AUTONOMOUS_PLACE = /^[\u4e00-\u9fa5]{1,8}?(?:自治州|自治县|自治旗|族乡)/;
const QUALIFIER = 14;
/** What may stand right before a province's name that begins a platform's: a verb of using it, a list's mark. */
const LEADS = [
  ...['通过', '依托', '利用', '纳入', '登录', '使用', '接入', '入驻', '借助', '下载', '访问', '关注', '上线', '开通', '用好'],
  ...['对照', '参照', '按照', '依照', '根据', '执行', '落实', '推行', '在', '经', '由', '向', '于', '至', '到', '和', '与', '及', '、', '“', '"', '《'],
];
/** What may stand between a province's name and its platform's words without a description between them. */
const ADJOINING = /^(?:省|市|(?:壮族|回族|维吾尔)?自治区)?(?:人民政府|政府信息|人民|政府|政务)?$/;
const startsAt = (text: string, words: string[], end: number) => words.find((word) => text.startsWith(word, end - word.length));
const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fa5;

/**
 * Other provinces' platforms in `text`: at each word that ends a platform's name, the prose before it
 * (no punctuation, at most QUALIFIER characters) is searched for another province's name that begins
 * where a name may begin (the paragraph's start, a mark, or a verb of using it). No pattern: one over
 * every paragraph cost more than all the rest of the rule.
 */
export function platformsIn(text: string, { byFirst, services }: OtherProvinces): Array<{ name: string; index: number }> {
  const found: Array<{ name: string; index: number }> = [];
  for (const service of services) for (let at = text.indexOf(service); at >= 0; at = text.indexOf(service, at + 1)) found.push({ name: service, index: at });
  for (const [char, words] of Object.entries(PLATFORM_ENDS)) {
    for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) {
      const word = words.find(({ before, after, outside }) => text.startsWith(before, at - before.length) && (text.startsWith(after, at + 1) || (!!outside && text.startsWith(`”${after}`, at + 1))));
      if (!word) continue;
      const end = at + 1 + (word.outside ? 0 : word.after.length);
      const index = provinceBefore(text, at - word.before.length, byFirst);
      if (index !== undefined) found.push({ name: text.slice(index, end), index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Where another province's name begins in the prose just before `end` (the nearest one), if one does. */
function provinceBefore(text: string, end: number, byFirst: OtherProvinces['byFirst']): number | undefined {
  for (let start = end; start >= Math.max(0, end - QUALIFIER); start--) {
    // The description between the name and the platform's words is prose: no mark, no figure.
    if (start < end && !isHan(text.charCodeAt(start))) return undefined;
    const code = text.charCodeAt(start - 1);
    const province = byFirst.get(text.charCodeAt(start))?.find((stem) => text.startsWith(stem, start));
    if (!province || start + province.length > end || SMALLER_PLACE.test(text.charAt(start + province.length)) || AUTONOMOUS_PLACE.test(text.slice(start + province.length, end))) continue;
    // Right before the platform's words (with only 省, 人民政府 … between) a name needs no lead: 同步至四川政务服务网.
    if (start === 0 || !isHan(code) || startsAt(text, LEADS, start) || ADJOINING.test(text.slice(start + province.length, end))) return start;
  }
  return undefined;
}

export interface OtherProvinces {
  /** Their short names (浙江, 宁夏, 内蒙古) by their first character: a name is looked for at every character before a platform's words. */
  byFirst: Map<number, string[]>;
  /** Their service apps whose names do not carry the province's (浙里办). */
  services: string[];
}

/** The provinces other than the report's, once per province and knowledge. */
export function otherProvincesOf(own: Place, knowledge: Knowledge): OtherProvinces {
  const places = knowledge.gazetteer();
  const others = othersOf.get(knowledge);
  const ownProvince = places.pathOf(own.index)[0]!;
  let found = others.get(ownProvince);
  if (!found) {
    const stems = places
      .provinces()
      .filter((province) => province !== ownProvince && places.names[province])
      .map((province) => places.names[province]!.replace(/(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$/, ''));
    const byFirst = new Map<number, string[]>();
    for (const stem of stems) byFirst.set(stem.charCodeAt(0), [...(byFirst.get(stem.charCodeAt(0)) ?? []), stem]);
    found = { byFirst, services: stems.flatMap((stem) => knowledge.provincialServices[stem] ?? []) };
    others.set(ownProvince, found);
  }
  return found;
}

const othersOf = new Memo((_: Knowledge) => new Map<number, OtherProvinces>());
