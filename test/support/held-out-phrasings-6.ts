import { gazetteer } from '../../src/knowledge/gazetteer.js';
import type { Defect } from './synthetic-defects.js';
import { n, pick, shortName, type Phrasings, type Rng, type SyntheticBody, type SyntheticReport } from './synthetic-report.js';

/**
 * Issue 14, a sixth phrasing bank written blind by a fifth hand, after the shapes of reports read through
 * the search tool and chosen off the beaten track: development and high-tech zones' 管委会 and their
 * offices (番禺、武汉东湖、重庆、黔江、临沂、贵阳、葫芦岛、宁波), province-level 厅 and 委 (西藏、海南) and a
 * city's 局 in 拉萨, city streets (北京通州、包头、西咸新区、成都、甘州), 乡 of 2010–2013 (江西、福建) and of
 * 2021–2025 (黑龙江、吉林、甘肃、内蒙古), a county office in 新疆 speaking for its county, 青海's and 四川's
 * provincial reports of 2013, and a template published with its asterisks still in. Worded here, none
 * copied; only measured (test/rules/measure-bodies.ts --bank 6), never tuned on.
 */

const placeOf = (b: SyntheticBody) => gazetteer().names[b.place]!;
/** A department's own word (财政局), empty for governments, streets and towns. */
const deptWord = (b: SyntheticBody) => (b.kind === 'department' ? b.name.slice(placeOf(b).length) : '');
/** The word a report uses for its whole area: 全乡, 全街道, 全县, 全州, 全局. */
const all = (b: SyntheticBody) => `全${b.kind === 'department' ? '局' : b.kind === 'street' ? '街道' : placeOf(b).slice(-1)}`;
/** "我镇" in the middle of a sentence, whichever of 我/本 the body uses. */
const we = (b: SyntheticBody) => b.self;
/** The place whose government the body answers to: a department its own county's, others their superior's. */
const above = (b: SyntheticBody) => (b.kind === 'department' ? placeOf(b) : b.superior);
const boss = (b: SyntheticBody) => `${above(b)}人民政府`;
/** The one character of the level above, as in 县委、县政府 (自治区 and 地区 spelt out). */
const bossChar = (b: SyntheticBody) => (above(b).endsWith('自治区') ? '自治区' : above(b).endsWith('地区') ? '地区' : above(b).slice(-1));
/** A sibling acting as a body like the report's own: 某乡, 某街道, 某县财政局. */
const twin = (b: SyntheticBody, s: string) => `${s}${deptWord(b)}`;
/** A sibling's name as a title or signature spells it. */
const twinFull = (b: SyntheticBody, s: string) =>
  b.kind === 'township' ? `${b.superior}${s}人民政府` : b.kind === 'street' ? `${s}办事处` : b.kind === 'department' ? twin(b, s) : `${s}人民政府`;

const SPECIAL: Record<string, string> = {
  北京: '北京市', 上海: '上海市', 天津: '天津市', 重庆: '重庆市', 内蒙古: '内蒙古自治区', 西藏: '西藏自治区',
  广西: '广西壮族自治区', 宁夏: '宁夏回族自治区', 新疆: '新疆维吾尔自治区', 香港: '香港特别行政区', 澳门: '澳门特别行政区',
};
/** The other province by the name its documents use. */
const elsewhere = (b: SyntheticBody) => SPECIAL[b.otherProvince] ?? `${b.otherProvince}省`;
const MOBILE: Record<string, string> = { 江西: '赣服通', 上海: '随申办', 山东: '爱山东', 福建: '闽政通', 湖北: '鄂汇办', 浙江: '浙里办', 广东: '粤省事', 重庆: '渝快办' };
const mobileOf = (b: SyntheticBody) => MOBILE[b.otherProvince] ?? `${b.otherProvince}政务`;
/** A 发文字号 prefix of the body's own: 秋政发, 剑交发. */
const docNo = (b: SyntheticBody) => `${(b.kind === 'township' || b.kind === 'street' ? shortName(b) : placeOf(b)).slice(0, 1)}${b.kind === 'department' ? deptWord(b).slice(0, 1) : '政'}发`;
const tel = (r: Rng) => `0${n(r, 850) + 140}-${String(6_100_000 + n(r, 3_800_000))}`;
/** The format notice a report of year `y` may cite (none before 2019). */
const notice = (y: number) => (y >= 2021 ? '《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）' : y >= 2019 ? '国办公开办函〔2019〕60号文件' : '国务院办公厅有关文件');

export const BANK_6: Phrasings = {
  opening: [
    (b, y) => `依照《中华人民共和国政府信息公开条例》第五十条和${notice(y)}的要求，${b.name}编制了本年度报告，现予公布。`,
    (b, _y, r) => `本报告由${b.name}办公室负责编写，电子版可在${boss(b)}门户网站查阅；对报告内容有疑问的，请拨打${tel(r)}咨询。`,
    (b, y) => `现将${b.name}${y}年度政府信息公开工作的基本情况报告如下，报告正文共分六个部分。`,
    (b) => `为保障公众知情权，${we(b)}依据《中华人民共和国政府信息公开条例》，结合工作实际，编制本报告。`,
    (b, _y, r) => `如对本报告有意见建议，可来信至${b.name}（邮编${600_000 + n(r, 99_999)}）或拨打电话${tel(r)}。`,
  ],
  period: [
    (_b, y) => `本报告所列数据的统计期限为${y}年1月1日至${y}年12月31日。`,
    (_b, y) => `报告中的数据，统计时段自${y}年1月1日起，到${y}年12月31日止。`,
    (_b, y) => `除另有说明的外，本报告所列数据的时间范围为${y}年1月1日—12月31日。`,
    (_b, y) => `报告数据统计时限：${y}年1月1日至12月31日。`,
    (_b, y) => `本报告统计口径为${y}年全年，即${y}年1月1日至${y}年12月31日。`,
  ],
  current: [
    (b, y, r) => `${y}年，${we(b)}通过门户网站专栏主动公开政府信息${n(r, 500)}条，其中政策文件${n(r, 20)}件。`,
    (b, y, r) => `${y}年度，${we(b)}依托政务公开栏和微信公众号发布惠民政策、通知公告等信息${n(r, 300)}条。`,
    (b, y, r) => `${y}年全年，${we(b)}办理政府信息公开申请${n(r, 15)}件，均在法定期限内答复。`,
    (b, y, r) => `在${y}年里，${we(b)}共更新公开指南和公开目录${n(r, 4)}次，新增公开事项${n(r, 30)}项。`,
    (b, y, r) => `${y}年，${we(b)}坚持“三审三校”，全年审核拟公开信息${n(r, 400)}条，未发生泄密或差错。`,
  ],
  ownName: [
    (b) => `${b.name}把政务公开列入年度重点工作，明确分管负责人和专职联络员各一名。`,
    (b) => `${b.name}（以下简称“${shortName(b)}”）将政府信息公开纳入日常工作，每季度研究一次。`,
    (b) => `${shortName(b)}成立了由主要负责同志任组长的政务公开领导小组，办公室具体承办。`,
    (b) => `${b.name}办公室作为政务公开的牵头科室，负责信息的汇总、审核和发布。`,
  ],
  superior: [
    (b) => `在${bossChar(b)}委、${bossChar(b)}政府的正确领导下，${we(b)}政务公开工作稳步推进。`,
    (b) => `按照${boss(b)}办公室关于政务公开工作的部署，${we(b)}逐项抓好落实。`,
    (b) => `${we(b)}认真执行${above(b)}政务公开领导小组下达的各项任务，按时报送季度统计表。`,
    (b) => `${we(b)}的年度报告经${boss(b)}政务公开办公室审核后发布。`,
  ],
  subordinates: [
    (b, _y, r) => `${we(b)}督促${b.subordinates[0]}、${b.subordinates[1]}等${n(r, 9) + 1}个单位更新公开栏内容。`,
    (b) => `对${b.subordinates[0]}和${b.subordinates[1]}的政务公开专栏开展了抽查，发现的问题均已整改。`,
    (b) => `组织${b.subordinates.slice(0, 2).join('、')}等基层单位的信息员参加业务培训。`,
  ],
  cooperation: [
    (b, _y, r) => `${we(b)}与${pick(r, b.siblings)}${deptWord(b)}互派人员交流政务公开工作经验，取长补短。`,
    (b) => `${we(b)}与${elsewhere(b)}有关单位开展对口协作，就信息公开平台建设交流做法。`,
    (b, _y, r) => `应邀赴${pick(r, b.siblings)}参加政务公开现场观摩会，学习其公开栏标准化做法。`,
    (b) => `${we(b)}派员参加了${above(b)}组织的政务公开业务培训班。`,
  ],
  comparison: [
    (_b, y, r) => `全年公开信息数较${y - 1}年增加${n(r, 80)}条。`,
    (_b, _y, r) => `主动公开的信息数量同比增长${n(r, 40)}%。`,
    (_b, _y, r) => `与上年度相比，依申请公开件数减少${n(r, 5)}件。`,
    (_b, y, r) => `比${y - 1}年多发布政策解读${n(r, 12)}篇。`,
  ],
  history: [
    (b) => `自2008年《条例》施行以来，${we(b)}未发生因信息公开引起的行政复议或行政诉讼。`,
    (b, y) => `从${y - 2}年起，${we(b)}每年均编制并公开本单位的政府信息公开指南。`,
    (b, y) => `${we(b)}在${y - 3}年建成政务公开专栏后，持续维护至今。`,
  ],
  docTitle: [
    (b, y) => `认真落实《${above(b)}${y}年政务公开工作要点》，逐项明确了责任科室和完成时限。`,
    (b, y, r) => `根据《关于做好${y}年度政府信息公开工作年度报告编制发布工作的通知》（${above(b).slice(0, 1)}政办函〔${y + 1}〕${n(r, 40)}号）编制本报告。`,
    (b, y) => `按照《${y}年政务公开重点工作任务分工方案》的要求，${we(b)}细化了本单位的任务清单。`,
    (b, y, r) => `${we(b)}印发了《${y}年政务公开工作实施方案》（${docNo(b)}〔${y}〕${n(r, 60)}号），明确全年任务。`,
  ],
  asOf: [
    (b, y, r) => `截至${y}年12月31日，${we(b)}累计公开政府信息${n(r, 3000) + 200}条。`,
    (b, y, r) => `截止到${y}年底，${we(b)}政务公开专栏共设置栏目${n(r, 20)}个。`,
    (b, y, r) => `到${y}年12月末，${all(b)}公开栏覆盖率达到100%，共设公开栏${n(r, 40)}块。`,
    (b, y, r) => `截至${y}年12月，${we(b)}现行有效的规范性文件共${n(r, 15)}件，均已公开。`,
  ],
  fee: [
    (b, y) => `${y}年，${we(b)}办理政府信息公开申请未收取任何费用。`,
    () => `本年度未收取信息处理费，也无减免费用的情形。`,
    (_b, y) => `${y}年度依申请公开不涉及收费。`,
    (b) => `${we(b)}全年未向申请人收取检索、复制、邮寄等费用。`,
  ],
  plan: [
    (b, y) => `${y + 1}年，${we(b)}将进一步规范公开栏目设置，加强政策解读。`,
    (b) => `下一步，${we(b)}将加大信息员培训力度，提高信息发布质量。`,
    (_b, y) => `${y + 1}年工作打算：一是完善公开目录，二是抓好依申请公开办理，三是加强监督考核。`,
    (b, y) => `${we(b)}计划在${y + 1}年内完成公开专栏的全面改版。`,
    () => `新的一年里，将持续做好重点领域信息公开，及时回应群众关切。`,
    (b) => `下一年度，${we(b)}要配齐信息公开工作人员，健全公开工作制度和措施。`,
  ],
  plain: [
    () => `严格执行信息发布保密审查制度，做到先审查、后公开，一事一审。`,
    () => `对已公开的失效文件进行清理，并在原发布位置作出标注。`,
    () => `公开栏内容按月更新，便于群众就近查阅。`,
    () => `对群众来电来访中反映集中的问题，及时在网站上作出答复。`,
    () => `工作人员业务能力还不强，信息公开的及时性有待提升。`,
  ],
};

type Line = keyof SyntheticReport['at'];
type Wording = (b: SyntheticBody, y: number, r: Rng, sibling: string) => string;

/** One kind of defect: one of its wordings replaces the line it names, the sibling drawn from the report's body. */
function defect(name: string, family: Defect['family'], wordings: Array<[Line, Wording]>): Defect {
  return {
    name,
    family,
    apply(report, rng) {
      const [key, write] = pick(rng, wordings);
      const at = report.at[key];
      if (!at) return undefined;
      const written = write(report.body, report.year, rng, pick(rng, report.body.siblings));
      if (written === report.lines[at - 1]) return undefined;
      const lines = report.lines.slice();
      lines[at - 1] = written;
      return { lines, line: at };
    },
  };
}

/** Placeholders for the body's short name as templates leave them. */
const blank = (b: SyntheticBody, r: Rng) => pick(r, ['XX', '××', '***', '○○', 'XXX']) + (b.kind === 'department' ? '局' : b.kind === 'street' ? '街道' : placeOf(b).slice(-1));

export const DEFECTS_6: Defect[] = [
  defect('a sibling acts where the report speaks of itself', 'content', [
    ['current', (b, y, r, s) => `${y}年，${twin(b, s)}通过门户网站专栏主动公开政府信息${n(r, 500)}条。`],
    ['current', (b, y, r, s) => `${y}年度，${twin(b, s)}共办理政府信息公开申请${n(r, 12)}件，全部按期办结。`],
    ['ownName', (b, _y, _r, s) => `${twin(b, s)}把政务公开列入年度重点工作，明确专人负责。`],
    ['asOf', (b, y, r, s) => `截至${y}年12月31日，${twin(b, s)}累计公开各类信息${n(r, 2000) + 100}条。`],
    ['fee', (b, y, _r, s) => `${y}年，${twin(b, s)}办理信息公开申请未收取任何费用。`],
  ]),
  defect("the report's own name replaced by a sibling's", 'content', [
    ['signature', (b, _y, _r, s) => twinFull(b, s)],
    ['title', (b, y, _r, s) => `${twinFull(b, s)}${y}年政府信息公开工作年度报告`],
    ['ownName', (b, _y, _r, s) => `${twinFull(b, s)}（以下简称“${s}${deptWord(b)}”）将政府信息公开纳入日常工作。`],
    ['opening', (b, y, _r, s) => `现将${twinFull(b, s)}${y}年度政府信息公开工作情况报告如下。`],
  ]),
  defect('a sibling named in passing', 'content', [
    ['plain', (b, _y, _r, s) => `严格执行${twin(b, s)}信息发布保密审查制度，做到先审查、后公开。`],
    ['opening', (b, _y, r, s) => `如对本报告有疑问，请与${twinFull(b, s)}办公室联系，电话${tel(r)}。`],
    ['plain', (b, _y, _r, s) => `制定和完善了《${s}${deptWord(b)}政府信息公开指南》和公开目录。`],
    ['period', (b, y, _r, s) => `本报告反映${s}${deptWord(b)}${y}年1月1日至12月31日的政府信息公开情况。`],
    ['plain', (_b, _y, _r, s) => `公开栏设在${s}便民服务中心一楼大厅，按月更新。`],
  ]),
  defect("another province's platform, site or hotline", 'content', [
    ['current', (b, y, r) => `${y}年，${we(b)}通过${elsewhere(b)}政务服务网发布办事指南${n(r, 60)}项。`],
    ['plain', (b) => `群众可通过“${mobileOf(b)}”移动端查询本单位公开事项。`],
    ['opening', (b) => `本报告电子版可在${elsewhere(b)}人民政府门户网站下载。`],
    ['plain', (b) => `按照《${elsewhere(b)}政府信息公开规定》，对依申请公开实行登记台账管理。`],
    ['plain', (b) => `群众诉求可通过${elsewhere(b)}12345政务服务便民热线反映。`],
  ]),
  defect('a placeholder left in', 'content', [
    ['current', (b, y, r) => `${y}年，${blank(b, r)}主动公开政府信息**条，其中政策文件*件。`],
    ['signature', () => `（单位名称）`],
    ['signature', (b, _y, r) => `${blank(b, r)}${b.kind === 'department' ? '' : b.kind === 'street' ? '办事处' : '人民政府'}`],
    ['opening', () => `如对本报告有疑问，请与【联系部门】联系，电话：＿＿＿＿。`],
    ['asOf', () => `截至XXXX年X月X日，累计公开政府信息XX条。`],
    ['fee', () => `本年度收取信息处理费XX元，减免XX元。`],
    ['plain', () => `（此处填写存在的主要问题，不少于两条）`],
    ['current', (b) => `****年度，${we(b)}新收政府信息公开申请*件。`],
    ['ownName', () => `由XXX同志任组长、某某同志任副组长的政务公开领导小组负责日常工作。`],
  ]),
  defect('a statistics period of the previous year', 'meta', [
    ['period', (_b, y) => `本报告所列数据的统计期限为${y - 1}年1月1日至${y - 1}年12月31日。`],
    ['period', (_b, y) => `报告中的数据，统计时段自${y - 1}年1月1日起，到${y - 1}年12月31日止。`],
    ['period', (_b, y) => `报告数据统计时限：${y - 1}年1月1日至12月31日。`],
    ['period', (_b, y) => `本报告统计口径为${y - 1}年全年。`],
    ['opening', (b, y) => `本报告涵盖${b.name}${y - 1}年1月1日至12月31日期间的政府信息公开工作情况。`],
  ]),
  defect("last year's work told as this year's", 'meta', [
    ['current', (b, y, r) => `${y - 1}年，${we(b)}通过门户网站专栏主动公开政府信息${n(r, 500)}条。`],
    ['current', (b, y, r) => `${y - 1}年度，${we(b)}办理政府信息公开申请${n(r, 12)}件，均在法定期限内答复。`],
    ['current', (b, y, r) => `在${y - 1}年里，${we(b)}新增公开事项${n(r, 30)}项，更新公开目录${n(r, 4)}次。`],
    ['current', (b, y, r) => `${y - 1}年全年，${we(b)}审核拟公开信息${n(r, 400)}条，未发生差错。`],
  ]),
  defect("last year's fees told as this year's", 'meta', [
    ['fee', (b, y) => `${y - 1}年，${we(b)}办理政府信息公开申请未收取任何费用。`],
    ['fee', (_b, y) => `${y - 1}年度依申请公开不涉及收费。`],
    ['fee', (_b, y, r) => `${y - 1}年共收取信息处理费${n(r, 900)}元，无减免情形。`],
  ]),
  defect('a 截至 date after the period', 'meta', [
    ['asOf', (b, y, r) => `截至${y + 1}年${n(r, 3)}月${n(r, 28)}日，${we(b)}累计公开政府信息${n(r, 3000) + 200}条。`],
    ['asOf', (b, y, r) => `截止到${y + 1}年2月底，${we(b)}政务公开专栏共设置栏目${n(r, 20)}个。`],
    ['asOf', (b, y, r) => `截至${y + 1}年1月，${we(b)}现行有效的规范性文件共${n(r, 15)}件。`],
    ['asOf', (b, y, r) => `到${y + 1}年3月末，${all(b)}共设公开栏${n(r, 40)}块。`],
  ]),
  defect("a plan for the report's own year", 'meta', [
    ['plan', (b, y) => `${y}年，${we(b)}将进一步规范公开栏目设置，加强政策解读。`],
    ['plan', (_b, y) => `${y}年工作打算：一是完善公开目录，二是抓好依申请公开办理。`],
    ['plan', (b, y) => `${we(b)}计划在${y}年内完成公开专栏的全面改版。`],
    ['plan', (b, y) => `下一步，${we(b)}将在${y}年重点做好基层政务公开标准化工作。`],
    ['plan', (_b, y) => `${y}年重点工作安排：深化重点领域信息公开，提升依申请公开办理质量。`],
  ]),
  defect("an earlier year's 要点 or 通知 cited", 'meta', [
    ['docTitle', (b, y) => `认真落实《${above(b)}${y - 1}年政务公开工作要点》，逐项明确了责任科室。`],
    ['docTitle', (b, y, r) => `根据《关于做好${y - 1}年度政府信息公开工作年度报告编制发布工作的通知》（${above(b).slice(0, 1)}政办函〔${y}〕${n(r, 40)}号）编制本报告。`],
    ['docTitle', (_b, y) => `按照《${y - 1}年政务公开重点工作任务分工方案》的要求，细化了本单位任务清单。`],
    ['docTitle', (b, y) => `${we(b)}印发了《${y - 1}年政务公开工作实施方案》，明确全年任务。`],
  ]),
];

/** Clean sentences that name other places for good reasons; each replaces the report's last plain line. */
export const ON_PURPOSE_6: Array<(b: SyntheticBody, y: number) => string> = [
  (b) => `申请人所需信息由${twinFull(b, b.siblings[0]!)}制作保存，${we(b)}已告知其向该机关提出申请。`,
  (b) => `${we(b)}与相邻的${b.siblings[0]}${deptWord(b)}联合开展“政务公开日”宣传活动。`,
  (b) => `在${above(b)}组织的政务公开年度考评中，${we(b)}位列第${b.siblings.length % 5 + 1}名。`,
  (b) => `组织工作人员赴${elsewhere(b)}考察学习基层政务公开标准化建设经验。`,
  (b) => `收到一件来自${elsewhere(b)}的申请人提出的信息公开申请，已依法答复。`,
  (b) => `积极借鉴${elsewhere(b)}推行“一网通办”的做法，优化办事指南。`,
  (b) => `${we(b)}承担对口支援${elsewhere(b)}的任务，援助项目资金使用情况已按规定公开。`,
  (b, y) => `按照${boss(b)}办公室《关于开展${y}年政务公开培训的通知》，派员参加了集中培训。`,
  (b) => `${b.siblings[0]}${deptWord(b)}、${b.siblings[1]}${deptWord(b)}和${we(b)}共同承办了${above(b)}政务公开工作推进会。`,
  (b) => `一件依申请公开事项涉及${above(b)}有关部门的职责，已转请其一并答复。`,
];
