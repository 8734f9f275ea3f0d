/**
 * Writes fixtures/phrasebook/phrasebook.json: sentences worded as real reports word them (docs/phrasing.md),
 * each with the claims a careful reader takes from it. Generated from phrasings × numerals × scopes with a
 * fixed seed, plus hand-written odd ones; no sentence is copied from a report. Run:
 *   npx tsx test/rules/narrative/phrasebook/generate.ts
 * fixtures/phrasebook/held-out.json is written by hand and is not made here.
 */
import { writeFileSync } from 'node:fs';
import { ODD_ONES } from './odd-ones.js';
import { claim, type PhrasebookEntry, type ExpectedClaim } from './entry.js';

type Generation = PhrasebookEntry['generation'];

/** mulberry32: the same sentences on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20241);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const int = (max: number) => Math.floor(rand() * (max + 1));

const DIGITS = '〇一二三四五六七八九';
/** 12 → 十二, 105 → 一百零五, 2 → 两 (now and then), 2 300 → 二千三百. */
function chinese(n: number, liang = false): string {
  if (n === 2 && liang) return '两';
  if (n < 10) return DIGITS[n]!;
  const units = [['千', 1000], ['百', 100], ['十', 10]] as const;
  let out = '';
  let rest = n;
  let zero = false;
  for (const [unit, size] of units) {
    const digit = Math.floor(rest / size);
    rest %= size;
    if (digit) {
      if (zero) out += '零';
      out += unit === '十' && digit === 1 && out === '' ? '十' : DIGITS[digit]! + unit;
      zero = false;
    } else if (out) zero = true;
  }
  if (rest) out += (zero ? '零' : '') + DIGITS[rest]!;
  return out;
}
const fullWidth = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const grouped = (n: number, separator: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/** A figure as people write it; the value stays the number. */
function written(n: number): string {
  const style = rand();
  if (n >= 1000 && style < 0.3) return grouped(n, ',');
  if (n >= 1000 && style < 0.45) return grouped(n, ' ');
  if (n < 100 && style < 0.2) return chinese(n, rand() < 0.5);
  if (n < 10000 && style < 0.3) return chinese(n);
  if (style < 0.4) return fullWidth(String(n));
  if (style < 0.48) return ` ${n} `;
  return String(n);
}

interface Phrasing {
  /** `{n}` is the figure with its unit. */
  text: string;
  table: ExpectedClaim['table'];
  cells: string[];
  unit?: string;
  /** Largest value the phrase plausibly counts. */
  max?: number;
}

const A = 'applications';
const R = 'reviewLitigation';
const P = 'proactive';
const L = 'legacyStats';
const SUITS = ['suitDirect:total', 'suitAfterReview:total'];
const phrase = (text: string, table: Phrasing['table'], cells: string | string[], unit = '件', max = 60): Phrasing => ({ text, table, cells: [cells].flat(), unit, max });

/** Phrasings by quantity, for gb2019 and gb2021 (table 三 and 四). */
const MODERN_RECEIVED = [
  phrase('共收到政府信息公开申请{n}', A, 'received:total'),
  phrase('全年共受理依申请公开{n}', A, 'received:total'),
  phrase('本年度新收政府信息公开申请{n}', A, 'received:total'),
  phrase('共接到政府信息公开申请{n}', A, 'received:total'),
  phrase('收到依申请公开事项{n}', A, 'received:total'),
  phrase('新增政府信息公开申请{n}', A, 'received:total'),
  phrase('受理政府信息依申请公开{n}', A, 'received:total'),
  phrase('政府信息公开申请数量为{n}', A, 'received:total'),
  phrase('共收到各类申请{n}', A, 'received:total'),
  phrase('登记受理信息公开申请{n}', A, 'received:total'),
  phrase('共收到{n}政府信息公开申请', A, 'received:total', '份'),
  phrase('收到{n}依申请公开申请', A, 'received:total'),
];
const CARRIED_OVER = [
  phrase('上年结转政府信息公开申请{n}', A, 'carriedOver:total', '件', 9),
  phrase('上一年度结转申请{n}', A, 'carriedOver:total', '件', 9),
  phrase('上年度结转{n}', A, 'carriedOver:total', '件', 9),
  phrase('{prev}年结转申请{n}', A, 'carriedOver:total', '件', 9),
  phrase('另有{n}为上年结转申请', A, 'carriedOver:total', '件', 9),
];
const CARRIED_FORWARD = [
  phrase('结转下年度继续办理{n}', A, 'carriedForward:total', '件', 9),
  phrase('{n}结转下年办理', A, 'carriedForward:total', '件', 9),
  phrase('尚有{n}申请结转至下一年度', A, 'carriedForward:total', '件', 9),
  phrase('顺延至下年度办理{n}', A, 'carriedForward:total', '件', 9),
  phrase('结转至{next}年办理{n}', A, 'carriedForward:total', '件', 9),
  phrase('{n}正在办理中', A, 'carriedForward:total', '件', 9),
];
const PROCESSED = [
  phrase('已办结申请{n}', A, 'processedTotal:total'),
  phrase('办结政府信息公开申请{n}', A, 'processedTotal:total'),
  phrase('共答复申请{n}', A, 'processedTotal:total'),
  phrase('收到的申请均已按时办结，共办结{n}', A, 'processedTotal:total'),
];
const RESULTS = [
  [phrase('予以公开{n}', A, 'granted:total'), phrase('予以公开答复{n}', A, 'granted:total'), phrase('同意公开{n}', A, 'granted:total'), phrase('全部公开{n}', A, 'granted:total'), phrase('依法予以公开的{n}', A, 'granted:total')],
  [phrase('部分公开{n}', A, 'partial:total'), phrase('部分公开答复{n}', A, 'partial:total'), phrase('予以部分公开{n}', A, 'partial:total')],
  [phrase('不予公开{n}', A, 'withheld.*:total'), phrase('不予公开答复{n}', A, 'withheld.*:total'), phrase('依法不予公开{n}', A, 'withheld.*:total')],
  [phrase('无法提供{n}', A, 'unavailable.*:total'), phrase('无法提供的{n}', A, 'unavailable.*:total')],
  [phrase('不予处理{n}', A, 'notProcessed.*:total')],
];
const SUB_ROWS = [
  phrase('属于国家秘密的{n}', A, 'withheld.stateSecret:total', '件', 5),
  phrase('属于四类过程性信息{n}', A, 'withheld.process:total', '件', 5),
  phrase('属于三类内部事务信息{n}', A, 'withheld.internal:total', '件', 5),
  phrase('保护第三方合法权益{n}', A, 'withheld.thirdParty:total', '件', 5),
  phrase('属于行政执法案卷{n}', A, 'withheld.enforcement:total', '件', 5),
  phrase('属于行政查询事项{n}', A, 'withheld.query:total', '件', 5),
  phrase('危及“三安全一稳定”{n}', A, 'withheld.security:total', '件', 5),
  phrase('本机关不掌握相关政府信息{n}', A, 'unavailable.notHeld:total', '件', 9),
  phrase('申请的信息不存在的{n}', A, 'unavailable.notHeld:total', '件', 9),
  phrase('没有现成信息需要另行制作{n}', A, 'unavailable.needsCreation:total', '件', 5),
  phrase('补正后申请内容仍不明确{n}', A, 'unavailable.unclear:total', '件', 5),
  phrase('信访举报投诉类申请{n}', A, 'notProcessed.complaint:total', '件', 5),
  phrase('重复申请{n}', A, 'notProcessed.repeat:total', '件', 5),
  phrase('要求提供公开出版物{n}', A, 'notProcessed.publication:total', '件', 5),
  phrase('无正当理由大量反复申请{n}', A, 'notProcessed.excessive:total', '件', 5),
];
const REVIEW = [
  phrase('因政府信息公开被申请行政复议{n}', R, 'review:total', '件', 9),
  phrase('政府信息公开类行政复议{n}', R, 'review:total', '起', 9),
  phrase('发生政府信息公开行政复议案件{n}', R, 'review:total', '件', 9),
  phrase('因政府信息公开引起的行政复议{n}', R, 'review:total', '件', 9),
];
const SUIT = [
  phrase('因政府信息公开被提起行政诉讼{n}', R, SUITS, '件', 9),
  phrase('政府信息公开行政诉讼案件{n}', R, SUITS, '起', 9),
  phrase('因政府信息公开引起的行政诉讼{n}', R, SUITS, '件', 9),
];
const GB2021_PROACTIVE = [
  phrase('制发行政规范性文件{n}', P, 'normativeDocs:issued', '件', 40),
  phrase('印发规范性文件{n}', P, 'normativeDocs:issued', '件', 40),
  phrase('废止行政规范性文件{n}', P, 'normativeDocs:repealed', '件', 20),
  phrase('现行有效行政规范性文件{n}', P, 'normativeDocs:inForce', '件', 300),
  phrase('制定政府规章{n}', P, 'rules:issued', '件', 5),
  phrase('作出行政许可决定{n}', P, 'licensing:decisions', '件', 20000),
  phrase('行政处罚决定{n}', P, 'penalty:decisions', '件', 5000),
  phrase('行政强制决定{n}', P, 'coercion:decisions', '件', 200),
];
const GB2019_PROACTIVE = [
  phrase('本年新制作规范性文件{n}', P, 'normativeDocs:made', '件', 40),
  phrase('新公开规范性文件{n}', P, 'normativeDocs:published', '件', 40),
  phrase('对外公开规范性文件总数{n}', P, 'normativeDocs:totalPublic', '件', 400),
  phrase('制作规章{n}', P, 'rules:made', '件', 5),
  phrase('行政许可处理决定{n}', P, 'licensing:decisions', '件', 20000),
  phrase('行政处罚处理决定{n}', P, 'penalty:decisions', '件', 5000),
];
const LEGACY_PHRASES = [
  phrase('主动公开政府信息{n}', L, 'proactive.total', '条', 20000),
  phrase('全年主动公开各类政府信息{n}', L, 'proactive.total', '条', 20000),
  phrase('主动公开信息{n}', L, 'proactive.total', '条', 5000),
  phrase('通过政府网站公开政府信息{n}', L, 'channel.website', '条', 5000),
  phrase('在政府网站上发布政府信息{n}', L, 'channel.website', '条', 5000),
  phrase('通过政府公报公开政府信息{n}', L, 'channel.gazette', '条', 300),
  phrase('通过政务微博发布信息{n}', L, 'channel.weibo', '条', 3000),
  phrase('通过微信公众号发布信息{n}', L, 'channel.wechat', '条', 3000),
  phrase('主动公开规范性文件{n}', L, 'proactive.normativeDocs', '件', 60),
  phrase('共收到政府信息公开申请{n}', L, 'applications.received'),
  phrase('全年共受理依申请公开{n}', L, 'applications.received'),
  phrase('共收到{n}政府信息公开申请', L, 'applications.received', '份'),
  phrase('当面申请{n}', L, 'applications.inPerson', '件', 20),
  phrase('网上申请{n}', L, 'applications.online', '件', 20),
  phrase('信函申请{n}', L, 'applications.letter', '件', 20),
  phrase('同意公开答复{n}', L, 'replies.granted', '件', 20),
  phrase('同意部分公开答复{n}', L, 'replies.partial', '件', 9),
  phrase('不同意公开答复{n}', L, 'replies.refused', '件', 9),
  phrase('申请信息不存在的{n}', L, 'replies.notExist', '件', 9),
  phrase('不属于本行政机关公开的{n}', L, 'replies.notThisBody', '件', 9),
  phrase('属于已主动公开范围的{n}', L, 'replies.alreadyPublic', '件', 9),
  phrase('因政府信息公开申请提起行政复议{n}', L, 'review.total', '起', 5),
  phrase('因政府信息公开被提起行政诉讼{n}', L, 'suit.total', '件', 5),
];

/** Figures the tables do not hold: never a claim (docs/phrasing.md, "What is not a claim"). */
// The 2008 table (as extended in 2014) has rows for press conferences, explanations, interviews and training:
// in legacy reports those are claims (the five such entries of phrasebook.json were relabelled in the seventh round).
const RESPONSE_DISTRACTORS = ['召开新闻发布会{n}场', '发布政策解读{n}篇', '开展在线访谈{n}期', '举办政务公开培训{n}次'];
const DISTRACTORS: Record<Generation, string[]> = {
  gb2021: ['全年通过政府网站发布信息{n}条', '通过微信公众号发布信息{n}条', '网上申请{n}件', '通过信函申请{n}件', '主动公开政府信息{n}条', ...RESPONSE_DISTRACTORS],
  gb2019: ['全年通过政府网站发布信息{n}条', '通过政务微博发布信息{n}条', '当面申请{n}件', ...RESPONSE_DISTRACTORS],
  legacy: ['接受政府信息公开咨询{n}人次', '网站访问量达{n}人次'],
};
const EVERYWHERE_DISTRACTORS = ['12345热线受理群众诉求{n}件，办结{m}件', '县长信箱收到来信{n}件，答复{m}件', '办理人大代表建议{n}件、政协提案{m}件', '更新办事指南{n}项'];

interface Body { name: string; /** Region word that is the body's own (全县 for a county government). */ own?: string; self: string; wider: string; other: string; part: string }
const BODIES: Body[] = [
  { name: '某县人民政府', own: '全县', self: '本机关', wider: '全市', other: '县教育局', part: '县自然资源局' },
  { name: '某市某区人民政府', own: '全区', self: '区政府', wider: '全市', other: '区卫生健康局', part: '区住房和城乡建设局' },
  { name: '某县财政局', self: '我局', wider: '全县', other: '县税务局', part: '局办公室' },
  { name: '某镇人民政府', own: '全镇', self: '我镇', wider: '全县', other: '县民政局', part: '镇社会事务办' },
  { name: '某市人力资源和社会保障局', self: '本局', wider: '全市', other: '市医疗保障局', part: '市社会保险中心' },
  { name: '某街道办事处', own: '全街道', self: '本街道', wider: '全区', other: '区司法局', part: '社区服务中心' },
];
const YEAR: Record<Generation, number> = { legacy: 2015, gb2019: 2020, gb2021: 2023 };
const OPENERS = ['', '全年', '本年度', '{year}年，', '{year}年度'];

type Scope = ExpectedClaim['scope'];
/** A subject for the sentence and the scope it gives every figure in it. */
function subject(body: Body): { words: string; scope: Scope } {
  const roll = rand();
  if (roll < 0.55) return { words: pick([...OPENERS, body.self]), scope: 'own' };
  if (roll < 0.68 && body.own) return { words: body.own, scope: 'own' };
  if (roll < 0.8) return { words: `${body.wider}各级行政机关`, scope: 'region' };
  if (roll < 0.9) return { words: body.other, scope: 'other' };
  return { words: `其中，${body.part}`, scope: 'part' };
}

function fill(template: string, value: number, unit: string, generation: Generation): string {
  const year = YEAR[generation];
  return template
    .replace('{n}', `${written(value)}${unit}`)
    .replace('{m}', `${written(int(60))}${unit}`)
    .replace('{prev}', String(year - 1))
    .replace('{next}', String(year + 1))
    .replace('{year}', String(year));
}

const entries: PhrasebookEntry[] = [];
function add(generation: Generation, body: Body, sentence: string, claims: ExpectedClaim[]): void {
  entries.push({ generation, body: body.name, sentence, claims });
}

/** One clause per phrasing: "{subject}{phrase}。" */
function single(generation: Generation, phrasings: Phrasing[], times: number): void {
  for (let i = 0; i < times; i++) {
    const body = pick(BODIES);
    const p = pick(phrasings);
    // Another body's or a part's own words only go with phrasings a subject can lead (收到、受理…).
    const who = /^(共|全年|本年度|收到|受理|新增|登记)/.test(p.text) ? subject(body) : { words: pick(OPENERS), scope: 'own' as Scope };
    const value = int(p.max ?? 60);
    const unit = p.unit ?? '件';
    const lead = fill(who.words, 0, '', generation);
    add(generation, body, `${lead}${fill(p.text, value, unit, generation)}。`, [claim(p.table, p.cells, value, unit, who.scope)]);
  }
}

/** "共收到申请12件，其中予以公开5件，部分公开2件……": a total and its 办理结果. */
function results(generation: Generation, times: number): void {
  for (let i = 0; i < times; i++) {
    const body = pick(BODIES);
    const who = subject(body);
    const received = pick(MODERN_RECEIVED.filter((p) => p.unit === '件'));
    const total = 1 + int(60);
    const parts: string[] = [];
    const claims = [claim(A, received.cells, total, '件', who.scope)];
    for (const group of RESULTS.filter(() => rand() < 0.7)) {
      const p = pick(group);
      const value = int(20);
      parts.push(fill(p.text, value, '件', generation));
      claims.push(claim(A, p.cells, value, '件', who.scope));
    }
    if (generation === 'gb2021' && rand() < 0.5) {
      const value = int(5);
      parts.push(`其他处理${written(value)}件`);
      claims.push(claim(A, ['other.*:total'], value, '件', who.scope));
    }
    const joiner = pick(['，其中', '。其中，', '，办理结果为：', '，']);
    add(generation, body, `${fill(who.words, 0, '', generation)}${fill(received.text, total, '件', generation)}${joiner}${parts.join(pick(['，', '；', '、']))}。`, claims);
  }
}

/** 本年新收 + 上年结转 = 办结 + 结转下年度, said in one sentence. */
function balance(generation: Generation, times: number): void {
  for (let i = 0; i < times; i++) {
    const body = pick(BODIES);
    const quantities = [pick(MODERN_RECEIVED.filter((p) => p.unit === '件')), pick(CARRIED_OVER), pick(PROCESSED), pick(CARRIED_FORWARD)].filter((_, k) => k === 0 || rand() < 0.75);
    const claims: ExpectedClaim[] = [];
    const clauses = quantities.map((p) => {
      const value = int(p.max ?? 60);
      claims.push(claim(p.table, p.cells, value, '件', 'own'));
      return fill(p.text, value, '件', generation);
    });
    add(generation, body, `${fill(pick(OPENERS), 0, '', generation)}${clauses.join('，')}。`, claims);
  }
}

/** "共收到申请12件，其中自然人申请10件，商业企业申请2件": the applicant columns. */
function columns(generation: Generation, times: number): void {
  const names = [['自然人', 'natural'], ['商业企业', 'commercial'], ['科研机构', 'research'], ['社会公益组织', 'nonprofit'], ['法律服务机构', 'legalService']] as const;
  for (let i = 0; i < times; i++) {
    const body = pick(BODIES);
    const total = 2 + int(40);
    const first = 1 + int(total - 1);
    const [[nameA, keyA], [nameB, keyB]] = [names[0], pick(names.slice(1))];
    const form = pick(['{name}申请{n}', '{name}提出的申请{n}', '{name}提出申请{n}']);
    const part = (name: string, value: number) => form.replace('{name}', name).replace('{n}', `${written(value)}件`);
    // Now and then the five organisation columns at once: 法人或其他组织申请N件.
    const group = rand() < 0.3;
    const cellsB = group ? ['received:commercial', 'received:research', 'received:nonprofit', 'received:legalService', 'received:otherOrg'] : [`received:${keyB}`];
    add(generation, body, `共收到政府信息公开申请${written(total)}件，其中${part(nameA, first)}，${part(group ? '法人或其他组织' : nameB, total - first)}。`, [
      claim(A, ['received:total'], total, '件', 'own'),
      claim(A, [`received:${keyA}`], first, '件', 'own'),
      claim(A, cellsB, total - first, '件', 'own'),
    ]);
  }
}

/** A run-in heading over the sentence, or a list item numbered like a heading. */
function headed(generation: Generation, times: number): void {
  for (let i = 0; i < times; i++) {
    const body = pick(BODIES);
    const p = pick(MODERN_RECEIVED.filter((q) => q.unit === '件'));
    const value = int(60);
    const granted = int(value);
    const heading = pick(['（二）依申请公开。', '（二）依申请公开情况。', '2.依申请公开情况：', '二、收到和处理政府信息公开申请情况。', '1、']);
    add(generation, body, `${heading}${fill(p.text, value, '件', generation)}，予以公开${written(granted)}件。`, [
      claim(A, p.cells, value, '件', 'own'),
      claim(A, ['granted:total'], granted, '件', 'own'),
    ]);
  }
}

function reviews(generation: Generation, times: number): void {
  for (let i = 0; i < times; i++) {
    const body = pick(BODIES);
    const review = pick(REVIEW);
    const suit = pick(SUIT);
    const a = int(9);
    const b = int(9);
    add(generation, body, `${fill(pick(OPENERS), 0, '', generation)}${fill(review.text, a, review.unit!, generation)}，${fill(suit.text, b, suit.unit!, generation)}。`, [
      claim(R, review.cells, a, review.unit!, 'own'),
      claim(R, suit.cells, b, suit.unit!, 'own'),
    ]);
  }
}

/** "予以公开或部分公开17件": two results summed. */
function joinedResults(generation: Generation, times: number): void {
  const pairs = [['予以公开', 'granted:total', '部分公开', 'partial:total'], ['不予公开', 'withheld.*:total', '无法提供', 'unavailable.*:total'], ['无法提供', 'unavailable.*:total', '不予处理', 'notProcessed.*:total']] as const;
  for (let i = 0; i < times; i++) {
    const [first, firstCells, second, secondCells] = pick(pairs);
    const value = int(30);
    add(generation, pick(BODIES), `其中${first}${pick(['或', '和', '及'])}${second}${pick(['', '的', '的共'])}${written(value)}件。`, [claim(A, [firstCells, secondCells], value, '件', 'own')]);
  }
}

function distractors(generation: Generation, times: number): void {
  for (let i = 0; i < times; i++) {
    const template = pick([...DISTRACTORS[generation], ...EVERYWHERE_DISTRACTORS]);
    add(generation, pick(BODIES), `${fill(pick(OPENERS), 0, '', generation)}${fill(template, int(3000), '', generation)}。`, []);
  }
}

for (const generation of ['gb2021', 'gb2019'] as const) {
  single(generation, [...MODERN_RECEIVED, ...CARRIED_OVER, ...CARRIED_FORWARD, ...PROCESSED], 40);
  single(generation, SUB_ROWS, generation === 'gb2021' ? 20 : 10);
  single(generation, generation === 'gb2021' ? GB2021_PROACTIVE : GB2019_PROACTIVE, 16);
  results(generation, 22);
  balance(generation, 14);
  columns(generation, 8);
  headed(generation, 8);
  reviews(generation, 10);
  joinedResults(generation, 5);
  distractors(generation, 14);
}
single('legacy', LEGACY_PHRASES, 60);
distractors('legacy', 12);
entries.push(...ODD_ONES);

writeFileSync(new URL('../../../../fixtures/phrasebook/phrasebook.json', import.meta.url), `${JSON.stringify(entries, null, 1)}\n`);
console.log(`${entries.length} sentences`);
