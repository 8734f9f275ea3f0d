import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { unitWords, type Knowledge } from '../../src/engine/rule-api.js';
import { Memo } from '../../src/model/memo.js';
import { bodyOf, type Body } from '../../src/parse/body.js';
import { proseUnits, sentenceEnd, sentenceStart } from '../lib/text.js';
import { namesFound, otherProvincesOf, placeNamesAround, platformsIn, type PlaceNames } from './lib/foreign-places.js';
import { GENERIC_UNIT, levelOf, unitsOf } from './lib/units.js';

/** What follows a unit's name when it acts: "(人民政府)认真…", "共收到…". */
const ACTING = '(?:人民政府|政府|办事处|党委(?:和|、)?政府|党委)?(?:\\d{4}\\s*年度?)?(?=(?:镇|乡|县|区|市)?属(?:各|单位|部门)|在[^，,。；]{0,16}?(?:公开|发布)|未收取|未收到|认真|高度重视|坚持|严格|积极|全面|紧紧围绕|深入|始终|按照|围绕|不断|继续|进一步|切实|扎实|共(?:主动)?(?:收到|公开|发布|受理)|通过|政务公开|政府信息公开工作)';
/** The body's own office or site after its name: 青石镇(人民政府)(党政办|门户网站). */
const OWN_PART = '(?:人民政府|政府)?(?:办公室|办公厅|党政办公室|党政综合办公室|党政办|政府办|办)?';
/** The patterns of a unit acting or filling a slot of its own, compiled once per knowledge (its unit words). */
/** Verbs of making the report or its figures, after 由…: 本报告由…编制. */
const COMPILED = '(?:编制|编写|起草|汇总|统计|提供|整理)';
/** What follows a report's title or a request for comments: …政府信息公开工作年度报告, 对…政务公开工作提出. */
const ITS_DISCLOSURE = '(?:人民政府|政府)?(?:\\d{4}\\s*年度?)?(?:政府信息公开|政务公开)(?:工作)?(?:年度报告|提出)';
/** A site publishing the year's information: …门户网站共发布. */
const SITE_PUBLISHED = '网站(?:共|累计|全年)?(?:发布|公开|更新)';
/** The words before a name that say who runs or houses the page or report: 主办单位：…, 地址：…. */
const RUNS = '(?:主办单位|承办单位|主办|承办|编制单位|发布单位|发布机关|地址|通讯地址|办公地址)';
/** Verbs of making a document, before its title: 制定了《…》. */
const MADE = '(?:制定|印发|出台|制发|编制)';
/** The patterns of a unit acting or filling a slot of its own, compiled once per knowledge (its unit words). */
const actingPatterns = new Memo(({ units }: Knowledge) => {
  const UNIT = `(?:${unitWords(units, (unit) => unit.nested)})`;
  /** A unit's name: a few characters ending in a unit word (青石镇, 某县); captured. */
  const NAME = `([\\u4e00-\\u9fa5]{1,8}?${UNIT})`;
  return {
    /** A unit word anywhere: every slot's name ends in one. */
    ANY_UNIT: new RegExp(UNIT),
    /** A quick look for a unit acting anywhere: most prose has none, and the full pattern is costly. */
    MAY_ACT: new RegExp(UNIT + ACTING),
    /**
     * The slot where a report names itself as the one acting: a sentence (or "2023年，") opening
     * with a unit's name and a verb of its own work — "2017年，阿猛镇按照…", "长乐镇人民政府认真…".
     * A sentence's 本年度/全年/年内 is read before the name, never as part of it (本年度青石镇共…).
     */
    SUBJECT_SLOT: new RegExp(`(?:(?:^|[。；！？])\\s*(?:(?:本年度|全年|年内)[，,]?)?|\\d{4}\\s*年度?[，,]|(?:\\d{1,2}\\s*月|以来|期间)[，,]|本年度|全年|年内)\\s*${NAME}${ACTING}`, 'g'),
    /**
     * Other slots only the report's own body fills, wherever they stand: who compiled the report
     * (本报告由…编制), whom to ask about it (请与…联系), who runs the page (主办单位：…), whose
     * document the body made (制定了《2017年…镇…计划》), and whose site published the year's
     * information (…门户网站共发布). Each has a cheap gate, its own words: most prose has none of them,
     * and a slot's pattern runs only over prose that has its words.
     */
    SELF_SLOTS: [
      { gate: new RegExp(`由[^，,。；]{1,24}${COMPILED}`), pattern: new RegExp(`由\\s*${NAME}(?=${OWN_PART}(?:负责)?${COMPILED})`, 'g') },
      { gate: /负责本报告/, pattern: new RegExp(`(?:^|[，,。；：:])\\s*${NAME}(?=${OWN_PART}负责本报告)`, 'g') },
      { gate: /(?:政府信息公开|政务公开)(?:工作)?(?:年度报告|提出)/, pattern: new RegExp(`(?:^|[，,。；：:]|对)\\s*${NAME}(?=${ITS_DISCLOSURE})`, 'g') },
      { gate: /请与|请联系|请向|联系单位/, pattern: new RegExp(`(?:请与|请联系|请向|联系单位[：:]?)\\s*${NAME}(?=${OWN_PART}(?:联系|咨询|反映|[。，,]))`, 'g') },
      { gate: new RegExp(RUNS), pattern: new RegExp(`${RUNS}\\s*[：:]\\s*${NAME}`, 'g') },
      { gate: new RegExp(`${MADE}了?《`), pattern: new RegExp(`${MADE}(?:了)?《(?:\\d{4}\\s*年度?)?${NAME}`, 'g') },
      { gate: new RegExp(SITE_PUBLISHED), pattern: new RegExp(`(?:^|[，,。；：:]|通过|依托|利用)\\s*${NAME}(?=(?:人民政府|政府)?(?:门户|政府)?${SITE_PUBLISHED})`, 'g') },
    ],
  };
});
/**
 * Sentences that name other places on purpose: cooperation and joint work, visits, neighbours, rankings and
 * models, resettlement, services across places (跨省通办), a request sent on to the body in charge, staff
 * moving between bodies, villages moved from one town to another.
 */
const EXCUSED = /合作|协作|联合|共同|携手|两地|双方|示范|试点|告知|属于[^。；]{0,24}职责范围|对口|帮扶|结对|考察|学习|交流|调研|参观|观摩|赴|来访|到访|互访|友好|支援|援建|共建|兄弟|相邻|毗邻|邻近|周边|交界|接壤|联动|一体化|通办|跨省|跨市|跨县|跨区|异地|排名|位列|位居|并列|名次|评为|表彰|先进|经验|借鉴|移民|搬迁|转来|转交|转送|移送|交叉|互查|互评|调入|调出|调任|调往|划归|划入|划出|划转|区划调整|撤并|原属|分别|等(?:[\d一二三四五六七八九十]+个)?(?:县|镇|乡|区|市|地)/;

/** A guest of the body's (邀请…党政办负责同志授课) or the place of an event it took part in (参加在…举办的培训班). */
const INVITED = '(?:邀请|特邀|聘请|约请)';
const INVITED_BEFORE = new RegExp(`${INVITED}$`);
/** A subject slot's name that starts with an invitation is a guest: 特邀某镇专干授课. */
const INVITED_FIRST = new RegExp(`^${INVITED}`);
const VENUE_BEFORE = /(?:在|于|赴|到)$/;
const HELD_AFTER = /^[^，,。；;]{0,16}?(?:举办|召开|举行|开办|组织)的/;
function guestOrVenue(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 2), index);
  return INVITED_BEFORE.test(before) || (VENUE_BEFORE.test(before) && HELD_AFTER.test(text.slice(index + length, index + length + 24)));
}

/**
 * Words the name pattern may take in front of a generic unit: 在全市…考评中, 现将我市…报告如下, 根据县政务公开办…
 * name no body. Only a name whose rest is generic is passed over (和平镇 stays 和平镇).
 */
const LEADING_WORDS = /^(?:根据|按照|依据|依照|遵照|结合|围绕|通过|现将|经过|[在对向从经于据按为把被与和同受将现特])+/;

/** Another body's name left in the text: from the report it was copied from. */
export default defineRule({
  meta: {
    id: 'content/foreign-body',
    family: 'content',
    description: {
      zh: '正文出现了另一个同级单位（同县的另一个镇、同市的另一个县、别省的平台）的名称（套用别的报告未改）',
      en: 'Another unit of the same level (a town of the same county, a county of the same prefecture, another province\'s platform) named in the text (copied from its report)',
    },
    recommended: 2,
    generations: ['legacy', 'gb2019', 'gb2021'],
    messages: {
      foreign: {
        zh: '此处以“{name}”为主语，而本报告是{body}的报告：可能是从别的报告抄来未改',
        en: '"{name}" acts here, but this is the report of {body}: probably left from another report',
      },
      elsewhere: {
        zh: '出现了“{name}”（{place}），而本报告是{body}（{own}）的报告：可能是从别的报告抄来未改',
        en: '"{name}" ({place}) is named, but this is the report of {body} ({own}): probably left from another report',
      },
      platform: {
        zh: '“{name}”属于另一个省（平台、网站、热线或规定），而本报告是{body}（{own}）的报告：可能是从别的报告抄来未改',
        en: '"{name}" belongs to another province (a platform, site, hotline or regulation), but this is the report of {body} ({own}): probably left from another report',
      },
      own: { zh: '本报告的机关：{body}', en: 'this report\'s body: {body}' },
    },
  },
  options: z
    .object({
      /** Other names the body goes by (old names, short names), never reported. */
      aliases: z.array(z.string()).default([]),
    })
    .strict(),
  check({ report, options, knowledge, emit }) {
    const body = bodyOf(report);
    if (!body) return;
    const related = [{ messageId: 'own', data: { body: body.name }, ...(body.position && { position: body.position }) }];
    const ownNames = [body.name, ...(body.speaksFor ? [body.speaksFor] : []), ...options.aliases];
    const names = body.place && placeNamesAround(body.place, knowledge);
    const otherProvinces = body.place && otherProvincesOf(body.place, knowledge);
    const own = body.place?.path.join('') ?? body.name;
    const slots = slotsOf(body, ownNames, knowledge);
    for (const unit of proseUnits(report)) {
      // Spans reported as acting: a name inside one (金碧镇 in 大姚县金碧镇) is not reported again.
      const reported: Array<[number, number]> = [];
      for (const { name, index } of slots ? subjectSlots(unit.text, slots) : []) {
        reported.push([index, index + name.length]);
        emit({ messageId: 'foreign', data: { name, body: body.name }, position: unit.locate(index, index + name.length), related });
      }
      if (names) {
        for (const { name, index, place } of foreignNamesIn(unit.text, names)) {
          if (reported.some(([from, to]) => index >= from && index < to) || options.aliases.includes(name)) continue;
          emit({ messageId: 'elsewhere', data: { name, place, body: body.name, own }, position: unit.locate(index, index + name.length), related });
        }
      }
      for (const { name, index } of otherProvinces ? platformsIn(unit.text, otherProvinces) : []) {
        emit({ messageId: 'platform', data: { name, body: body.name, own }, position: unit.locate(index, index + name.length), related });
      }
    }
  },
});

/** What the slot search needs of a report, worked out once per report rather than once per paragraph. */
interface Slots {
  patterns: ReturnType<typeof actingPatterns.get>;
  body: Body;
  ownNames: string[];
  /** The innermost unit of the body's own name. */
  own: string;
  knowledge: Knowledge;
}

function slotsOf(body: Body, ownNames: string[], knowledge: Knowledge): Slots | undefined {
  // The gazetteer's name when the body is placed: 新市区自然资源局 is 新市区's, not a 新市's.
  const own = body.place?.name ?? unitsOf(body.identity, knowledge).at(-1);
  return own ? { patterns: actingPatterns.get(knowledge), body, ownNames, own, knowledge } : undefined;
}

/** Units of the body's level acting as the subject of a sentence or filling a slot of its own, whatever the gazetteer knows. */
function subjectSlots(text: string, { patterns, body, ownNames, own, knowledge }: Slots): Array<{ name: string; index: number }> {
  const found: Array<{ name: string; index: number }> = [];
  // Every slot's name ends in a unit word: most headings and table notes have none.
  if (!patterns.ANY_UNIT.test(text)) return found;
  const { MAY_ACT, SUBJECT_SLOT, SELF_SLOTS } = patterns;
  const slots = MAY_ACT.test(text) ? [SUBJECT_SLOT] : [];
  for (const { gate, pattern } of SELF_SLOTS) if (gate.test(text)) slots.push(pattern);
  const seen = new Set<number>();
  for (const slot of slots) {
    // exec over the shared global pattern: matchAll would clone it for every paragraph.
    slot.lastIndex = 0;
    for (let match = slot.exec(text); match; match = slot.exec(text)) {
      const name = match[1]!;
      if (GENERIC_UNIT.test(name) || GENERIC_UNIT.test(name.replace(LEADING_WORDS, '')) || INVITED_FIRST.test(name) || ownNames.some((known) => known.includes(name) || name.includes(own))) continue;
      // A superior in the slot ("在乌鲁木齐市政务公开办公室的指导下") is no other body; one before a sibling (浦城县九牧镇) is its address.
      if (body.place?.path.some((step) => name.endsWith(step))) continue;
      const innermost = unitsOf(name, knowledge).at(-1);
      if (!innermost || levelOf(innermost) !== levelOf(own) || innermost === own) continue;
      const index = match.index + match[0].lastIndexOf(name);
      if (seen.has(index)) continue;
      seen.add(index);
      if (EXCUSED.test(text.slice(sentenceStart(text, index), sentenceEnd(text, index)))) continue;
      found.push({ name, index });
    }
  }
  return found;
}

/** Foreign names in sentences that give no reason to name another place (a single name, no cooperation). */
function* foreignNamesIn(text: string, names: PlaceNames): Generator<{ name: string; index: number; place: string }> {
  let excusedUntil = -1;
  for (const { name, index } of namesFound(text, names)) {
    const foreign = names.foreign.get(name)!;
    if (index < excusedUntil) continue;
    const start = sentenceStart(text, index);
    const end = sentenceEnd(text, index);
    const sentence = text.slice(start, end);
    const others = namesFound(sentence, names).filter((found) => found.name !== name);
    if (EXCUSED.test(sentence) || others.length || guestOrVenue(text, index, name.length)) {
      excusedUntil = end;
      continue;
    }
    yield { name, index, place: foreign };
  }
}
