import { random } from '../../src/bench/synth.js';
import { gazetteer } from '../../src/knowledge/gazetteer.js';

/**
 * Reports written for the tests, for bodies drawn from the whole gazetteer: one sentence per
 * paragraph, each kind of year and name in a sentence of its own, so a defect injected into a
 * sentence is expected at that sentence's line. The phrasings come from a bank (`Phrasings`),
 * shaped after real reports but worded here; the held-out bank is only measured, never tuned on.
 */
export type Rng = () => number;

/** A seeded generator (the benchmark's), so every case can be rebuilt from its seed. */
export const rngOf = (seed: number): Rng => random(seed);

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

export type SyntheticKind = 'township' | 'street' | 'county' | 'department' | 'prefecture';

export interface SyntheticBody {
  kind: SyntheticKind;
  /** As the title names it: 海原县西安镇人民政府, 砚山县教育体育局. */
  name: string;
  /** How it speaks of itself: 我镇, 本局. */
  self: string;
  /** The gazetteer place it works in, its superior's name and its place's siblings. */
  place: number;
  superior: string;
  siblings: string[];
  /** Units under it (for a county: its townships), possibly none. */
  subordinates: string[];
  /** Another province's short name (浙江), for a platform left in. */
  otherProvince: string;
}

const DEPARTMENTS = ['教育局', '民政局', '财政局', '自然资源局', '卫生健康局', '交通运输局', '农业农村局', '市场监督管理局', '司法局', '住房和城乡建设局'];
const PROPER = { township: /[镇乡]$/, street: /街道$/, county: /[县旗]$|[^发园新理范业景护验]区$/, prefecture: /市$|州$/ } as const;

/** A body of `kind` at a random place of the gazetteer with at least two proper siblings. */
export function drawBody(rng: Rng, kind: SyntheticKind): SyntheticBody {
  const places = gazetteer();
  const level = kind === 'township' || kind === 'street' ? 'township' : kind === 'prefecture' ? 'prefecture' : 'county';
  const proper = PROPER[kind === 'department' ? 'county' : kind];
  for (;;) {
    const place = Math.floor(rng() * places.names.length);
    if (places.levelOf(place) !== level || !proper.test(places.names[place]!) || places.placesNamed(places.names[place]!).length > 1) continue;
    const parent = places.parentOf(place)!;
    const siblings = places.childrenOf(parent).filter((other) => other !== place && proper.test(places.names[other]!) && places.placesNamed(places.names[other]!).length < 6).map((other) => places.names[other]!);
    const superior = places.names[parent] || places.names[places.parentOf(parent)!]!;
    if (siblings.length < 2 || !superior) continue;
    const subordinates = places.childrenOf(place).map((child) => places.names[child]!).filter((name) => /[镇乡]$|街道$/.test(name));
    const province = places.pathOf(place)[0]!;
    const others = places.provinces().filter((other) => other !== province).map((other) => places.names[other]!.replace(/(?:省|市|(?:壮族|回族|维吾尔)?自治区)$/, ''));
    const own = places.names[place]!;
    const base = { place, superior, siblings, subordinates, otherProvince: pick(rng, others) };
    switch (kind) {
      case 'township':
        return { ...base, kind, name: `${superior}${own}人民政府`, self: own.endsWith('乡') ? pick(rng, ['我乡', '本乡']) : pick(rng, ['我镇', '本镇']) };
      case 'street':
        return { ...base, kind, name: `${own}办事处`, self: pick(rng, ['我街道', '本街道']) };
      case 'county':
        return { ...base, kind, name: `${own}人民政府`, self: `我${own.slice(-1)}` };
      case 'prefecture':
        return { ...base, kind, name: `${own}人民政府`, self: `我${own.slice(-1)}` };
      case 'department':
        return { ...base, kind, name: `${own}${pick(rng, DEPARTMENTS)}`, self: pick(rng, ['我局', '本局', '本机关']) };
    }
  }
}

/** The sentences a bank can word: each takes the body, the year and the generator. */
type Sentence = (body: SyntheticBody, year: number, rng: Rng) => string;

export interface Phrasings {
  opening: Sentence[];
  /** The statistics period (统计期限) as a sentence of its own. */
  period: Sentence[];
  /** The year's work told with the year first: "2019年，我镇…". */
  current: Sentence[];
  /** The body's own name acting: "砚山县阿猛镇人民政府认真…". */
  ownName: Sentence[];
  superior: Sentence[];
  subordinates: Sentence[];
  cooperation: Sentence[];
  comparison: Sentence[];
  history: Sentence[];
  docTitle: Sentence[];
  asOf: Sentence[];
  fee: Sentence[];
  plan: Sentence[];
  /** Sentences without a year or a name. */
  plain: Sentence[];
}

export interface SyntheticReport {
  body: SyntheticBody;
  year: number;
  lines: string[];
  /** 1-based line of each kind of sentence. */
  at: Record<keyof Phrasings | 'title' | 'signature', number>;
}

/** A report of `body` for `year`, worded from `bank`. */
export function renderReport(body: SyntheticBody, year: number, bank: Phrasings, rng: Rng): SyntheticReport {
  const lines: string[] = [];
  const at = {} as SyntheticReport['at'];
  const put = (key: keyof SyntheticReport['at'] | undefined, text: string) => {
    lines.push(text, '');
    if (key) at[key] = lines.length - 1;
  };
  const say = (key: keyof Phrasings) => put(key, pick(rng, bank[key])(body, year, rng));
  put('title', `${body.name}${year}年政府信息公开工作年度报告`);
  say('opening');
  say('period');
  put(undefined, '一、总体情况');
  say('current');
  say('ownName');
  say('superior');
  if (body.subordinates.length >= 2) say('subordinates');
  say('cooperation');
  say('plain');
  put(undefined, '二、主动公开政府信息情况');
  say('comparison');
  say('docTitle');
  say('asOf');
  put(undefined, '三、收到和处理政府信息公开申请情况');
  say('fee');
  say('history');
  put(undefined, '四、政府信息公开工作存在的主要问题及改进情况');
  say('plain');
  say('plan');
  put(undefined, '五、其他需要报告的事项');
  put(undefined, `${body.self}无其他需要报告的事项。`);
  put('signature', body.name);
  put(undefined, `${year + 1}年${1 + Math.floor(rng() * 3)}月${1 + Math.floor(rng() * 28)}日`);
  return { body, year, lines, at };
}

export const text = (report: SyntheticReport) => report.lines.join('\n');

/** A count from 1 to `max`, and a body's name without its superior and its 人民政府/办事处 (for the banks). */
export const n = (rng: Rng, max = 300) => 1 + Math.floor(rng() * max);
export const shortName = (body: SyntheticBody) => body.name.replace(/人民政府$|办事处$/, '').replace(body.superior, '');

/** The development bank: the tests and the tuning use these phrasings. */
export const DEVELOPMENT: Phrasings = {
  opening: [
    (b, y) => `本报告依据《中华人民共和国政府信息公开条例》编制，现将${b.name}${y}年政府信息公开工作情况报告如下。`,
    (b, y) => `根据《中华人民共和国政府信息公开条例》规定，特向社会公布${y}年度${shortName(b)}政府信息公开工作年度报告。`,
  ],
  period: [
    (_b, y) => `本报告所列数据的统计期限为${y}年1月1日至${y}年12月31日。`,
    (_b, y) => `报告中所列数据统计期限自${y}年1月1日起至12月31日止。`,
    (_b, y) => `统计数据时间段：${y}年1月1日-${y}年12月31日。`,
  ],
  current: [
    (b, y) => `${y}年，${b.self}认真贯彻落实《条例》要求，持续推进政务公开标准化规范化建设。`,
    (b, y, r) => `${y}年度，${b.self}共主动公开政府信息${n(r)}条。`,
    (b, y) => `${y}年${b.self}坚持以公开为常态、不公开为例外，不断提升政务透明度。`,
  ],
  ownName: [
    (b) => `${shortName(b)}高度重视政府信息公开工作，成立了由主要负责同志任组长的领导小组。`,
    (b) => `${b.name}把政务公开纳入年度重点工作，明确专人负责日常发布。`,
  ],
  superior: [
    (b) => `按照${b.superior}的统一部署，${b.self}及时调整政务公开工作领导小组。`,
    (b) => `认真落实${b.superior}关于政务公开工作的各项要求。`,
  ],
  subordinates: [
    (b) => `指导${b.subordinates[0]}、${b.subordinates[1]}等单位规范公开栏目设置。`,
    (b) => `组织${b.subordinates.slice(0, 3).join('、')}开展政务公开业务培训。`,
  ],
  cooperation: [
    (b) => `组织工作人员赴${b.siblings[0]}学习交流政务公开专区建设经验。`,
    (b) => `与${b.siblings[0]}签订政务服务跨区域通办合作协议。`,
  ],
  comparison: [
    (_b, y, r) => `全年主动公开政府信息${n(r, 900)}条，较${y - 1}年增加${n(r, 50)}条。`,
    (_b, y, r) => `与${y - 1}年相比，依申请公开数量增长${n(r, 40)}%。`,
  ],
  docTitle: [
    (b, y) => `对照《${b.superior}${y}年政务公开工作要点》逐项抓好落实。`,
    (_b, y, r) => `按照《关于做好${y}年政务公开工作的通知》（政办发〔${y}〕${n(r, 60)}号）要求推进各项工作。`,
  ],
  asOf: [
    (_b, y, r) => `截至${y}年12月31日，现行有效的行政规范性文件共${n(r, 40)}件。`,
    (_b, y, r) => `截至${y}年底，累计公开政策解读材料${n(r, 60)}篇。`,
  ],
  fee: [
    (b, y) => `${y}年度，${b.self}未收取任何政府信息公开处理费。`,
    (_b, y) => `${y}年，本机关没有因政府信息公开收取费用。`,
  ],
  history: [
    (_b, _y, r) => `自${2008 + Math.floor(r() * 6)}年以来，公开目录已多次更新完善。`,
    (_b, y) => `${y - 3}—${y - 1}年连续三年未发生行政复议案件。`,
  ],
  plan: [
    (b, y) => `${y + 1}年，${b.self}将继续加强政务公开队伍建设，提升公开质量。`,
    (b, y) => `下一步，${b.self}将在${y + 1}年重点做好政策解读工作。`,
    (_b, y) => `${y + 1}年工作打算：进一步拓宽公开渠道，丰富公开形式。`,
  ],
  plain: [
    () => '工作人员业务水平有待进一步提高，信息发布的及时性仍需加强。',
    () => '持续规范公开流程，严格落实信息发布审核制度。',
  ],
};
