import { gazetteer } from '../../src/knowledge/gazetteer.js';
import type { Defect } from './synthetic-defects.js';
import { n, pick, shortName, type Phrasings, type Rng, type SyntheticBody, type SyntheticReport } from './synthetic-report.js';

/**
 * Issue 14, a fourth phrasing bank written blind: every sentence and defect worded by a writer who
 * read neither the rules nor the other banks, after the shapes of about 70 real reports found through
 * the search tool (townships, streets, banners, counties, prefectures and departments of 山东、河北、
 * 江苏、福建、湖北、湖南、四川、陕西、山西、新疆、内蒙古 and others, 2010–2025): openings that name the
 * province's own implementing rules, statistics periods worded as 区间/周期/范围/时限/涵盖, contact lines,
 * 截至/截止到 dates, 三审 and 公示栏 work, plans opened by 下一步/新的一年/针对上述不足, template
 * leftovers (**条, *件, 〔〕号, ×××, 【】, ____年__月__日, notes to the writer). Measured once
 * (test/rules/measure-bodies.ts --bank 4, seeds 400000–400199); never tune the rules on it.
 */

const places = () => gazetteer();
const ownPlace = (b: SyntheticBody) => places().names[b.place]!;
const provinceOf = (b: SyntheticBody) => places().names[places().pathOf(b.place)[0]!]!;
/** The other province's full name (浙江省, 广西壮族自治区) from the short one the body carries. */
const elsewhere = (b: SyntheticBody) => places().provinces().map((p) => places().names[p]!).find((name) => name.startsWith(b.otherProvince)) ?? `${b.otherProvince}省`;
/** The body a sibling place would have: 某县民政局 for a department, 某镇人民政府 for a town. */
const twin = (b: SyntheticBody, sibling: string) => b.name.replace(ownPlace(b), sibling);
/** How a sibling would speak where the report speaks of itself: the place, or for a department its 局. */
const twinShort = (b: SyntheticBody, sibling: string) => (b.kind === 'department' ? twin(b, sibling) : sibling);
/** The government above: a department's own county, otherwise the parent place's government. */
const upper = (b: SyntheticBody) => (b.kind === 'department' ? `${ownPlace(b)}人民政府` : `${b.superior}人民政府`);
const portal = (b: SyntheticBody) => (b.kind === 'township' || b.kind === 'street' ? `${b.superior}人民政府门户网站` : `${ownPlace(b)}人民政府门户网站`);
/** 来我镇, 来我局: the self-name as a visitor's destination. */
const here = (b: SyntheticBody) => b.self.replace(/^本/, '我');
const whole = (b: SyntheticBody) => (b.kind === 'department' ? '全系统' : b.kind === 'street' ? '全街道' : `全${ownPlace(b).slice(-1)}`);
const unitWord = (b: SyntheticBody) => (b.kind === 'department' ? '局' : b.kind === 'street' ? '街道' : ownPlace(b).slice(-1));
const prefix = (b: SyntheticBody) => ownPlace(b).slice(0, 1);
/** A sibling place's government and its leadership, as a report would write them (streets have 办事处). */
const governmentOf = (place: string) => (place.endsWith('街道') ? `${place}办事处` : `${place}人民政府`);
const leadershipOf = (place: string) => (place.endsWith('街道') ? `${place}党工委、办事处` : `${place}党委、政府`);
const phone = (r: Rng) => `0${n(r, 899) + 100}-${String(6_000_000 + n(r, 3_999_999))}`;

export const BANK_4: Phrasings = {
  opening: [
    (b) => `本年度报告依照《中华人民共和国政府信息公开条例》和《${provinceOf(b)}实施〈中华人民共和国政府信息公开条例〉办法》的要求，由${b.name}负责编制。`,
    (b, y) => `为全面反映${y}年度政府信息公开工作情况，${b.self}对全年工作进行了梳理汇总，现向社会公开本报告。`,
    (b, y) => `依据《中华人民共和国政府信息公开条例》第五十条的规定，现发布《${b.name}${y}年政府信息公开工作年度报告》。`,
    (b) => `本报告由总体情况、主动公开政府信息情况等六个部分组成，电子版可在${portal(b)}下载。`,
    (b, _y, r) => `如对本报告有任何疑问，请与${b.name}办公室联系（电话：${phone(r)}）。`,
  ],
  period: [
    (_b, y) => `本年度报告中所列数据的统计区间从${y}年1月1日到12月31日止。`,
    (_b, y) => `报告所列各项数据的统计周期为${y}年1月1日至${y}年12月31日。`,
    (_b, y) => `报告数据统计范围为${y}年1月1日至${y}年12月31日。`,
    (b, y) => `本报告内容涵盖${y}年1月1日至12月31日期间${b.self}的政府信息公开工作情况。`,
    (_b, y) => `报告中所列数据统计时限自${y}年1月1日始，至${y}年12月31日止。`,
  ],
  current: [
    (b, y) => `${y}年，${b.self}坚持把政务公开作为转变作风、服务群众的重要抓手，各项工作有序推进。`,
    (b, y, r) => `${y}年度，${b.self}通过政府网站、微信公众号和公示栏等渠道发布各类信息${n(r, 500)}条。`,
    (b, y) => `${y}年以来，${b.self}严格执行信息发布“三审”制度，全年未发生泄密事件。`,
    (b, y, r) => `${y}年${b.self}共受理政府信息公开申请${n(r, 9)}件，均在法定期限内办结。`,
    (b, y, r) => `在${y}年，${b.self}新制作并公开行政规范性文件${n(r, 5)}件。`,
  ],
  ownName: [
    (b) => `${shortName(b)}党政班子高度重视信息公开工作，明确由分管领导牵头、党政办具体承办。`,
    (b) => `${b.name}始终把信息公开列入重要议事日程，定期研究部署相关工作。`,
    (b) => `${shortName(b)}依托政务服务中心窗口，为群众提供政府信息现场查阅服务。`,
    (b) => `年内，${b.name}调整了政务公开工作领导小组成员，确保人员变动不影响工作。`,
  ],
  superior: [
    (b) => `在${b.superior}政务公开办公室的精心指导下，${b.self}逐项落实年度工作任务。`,
    (b, _y, r) => `${b.self}积极参加${b.superior}组织的政务公开业务培训，全年参训${n(r, 20)}人次。`,
    (b) => `按照${upper(b)}办公室的统一安排，${b.self}按时报送政务公开统计数据。`,
    (b) => `依托${portal(b)}政务公开专栏，${b.self}集中发布财政预决算等信息。`,
  ],
  subordinates: [
    (b) => `向${b.subordinates[0]}、${b.subordinates[1]}派出工作人员，现场指导公开目录编制。`,
    (b) => `${b.subordinates[0]}和${b.subordinates[1]}的政务公开专区已于年内建成并投入使用。`,
    (b) => `组织${b.subordinates.slice(0, 3).join('、')}的信息员参加集中业务轮训。`,
    (b, _y, r) => `对${b.subordinates[0]}等乡镇（街道）的公开栏目开展季度抽查，通报问题${n(r, 30)}个。`,
  ],
  cooperation: [
    (b) => `${b.siblings[0]}工作人员来${here(b)}交流基层政务公开标准化建设做法。`,
    (b, _y, r) => `与${b.siblings[0]}联合举办“政务公开日”宣传活动，现场发放资料${n(r, 900)}份。`,
    (b) => `赴${b.siblings[0]}实地学习政务公开专区建设经验。`,
    (b) => `同${b.siblings[0]}、${b.siblings[1]}建立政务服务“跨域通办”协作机制。`,
    (b) => `邀请${b.siblings[1]}党政办负责同志为${b.self}信息员讲授公文公开属性认定。`,
  ],
  comparison: [
    (_b, y, r) => `全年主动公开政府信息${n(r, 900)}条，比${y - 1}年多出${n(r, 80)}条。`,
    (_b, y, r) => `依申请公开数量较${y - 1}年下降${n(r, 30)}%。`,
    (_b, _y, r) => `与上年度相比，政务新媒体发布量同比增长${n(r, 60)}%。`,
    (_b, y, r) => `${y}年受理申请${n(r, 40)}件，${y - 1}年同期为${n(r, 40)}件。`,
  ],
  docTitle: [
    (b, y) => `认真对照《${upper(b)}办公室关于印发${y}年政务公开工作要点的通知》，逐条细化任务清单。`,
    (_b, y) => `根据《关于做好${y}年度政府信息公开工作年度报告编制发布工作的通知》要求，按时完成本报告编制。`,
    (_b, y, r) => `全面落实《国务院办公厅关于印发${y}年政务公开工作要点的通知》（国办发〔${y}〕${n(r, 30)}号）部署。`,
    (b, y, r) => `印发《${ownPlace(b)}${y}年政务公开工作实施方案》（${prefix(b)}政办发〔${y}〕${n(r, 90)}号），明确责任分工。`,
  ],
  asOf: [
    (b, y, r) => `截至${y}年12月31日，${b.self}政府信息公开目录共收录信息${n(r, 900)}条。`,
    (_b, y, r) => `截止到${y}年底，政务公开专区累计接待查询群众${n(r, 400)}人次。`,
    (b, y, r) => `截至${y}年12月，${b.self}网站专栏共设置一级栏目${n(r, 12)}个。`,
    (_b, y, r) => `截至${y}年11月30日，已完成全部${n(r, 200)}项公共服务事项的办事指南更新。`,
    () => '截至年底，现行有效的行政规范性文件已全部在专栏集中公开。',
  ],
  fee: [
    (b, y) => `${y}年，${b.self}未向任何申请人收取信息处理费。`,
    (_b, y) => `本年度（${y}年）依申请提供政府信息均未收费，也无减免情况。`,
    (_b, y) => `${y}年度政府信息公开工作无收费，未发生减免事项。`,
    () => '全年未收取检索费、复制费等任何费用。',
  ],
  history: [
    (b, _y, r) => `${b.self}政府信息公开专栏自${2008 + Math.floor(r() * 5)}年开通，至今运行平稳。`,
    (b, y) => `${y - 2}年、${y - 1}年两年间，${b.self}均未发生政府信息公开行政诉讼。`,
    (b) => `自《条例》2008年5月1日施行以来，${b.self}已连续多年按时发布年度报告。`,
    (_b, y) => (y >= 2020 ? '自2019年5月15日修订后的《条例》施行以来，依申请公开办理流程不断规范。' : '自2008年以来，公开指南和公开目录已先后修订多次。'),
    (_b, y) => (y >= 2022 ? '按照《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制统计表格。' : '按照国务院办公厅政府信息与政务公开办公室规定的格式编制统计表格。'),
  ],
  plan: [
    (b, y) => `${y + 1}年，${b.self}将着力拓宽公开渠道，加大政策解读力度。`,
    (b, y) => `针对上述不足，${b.self}将在${y + 1}年重点抓好信息员队伍培训。`,
    (b) => `下一步，${b.self}将持续完善公开目录，提高信息更新频率。`,
    (b) => `新的一年里，${b.self}将把基层政务公开标准目录落实到位。`,
    (_b, y) => `${y + 1}年重点做好三项工作：一是规范依申请公开办理；二是丰富公开载体；三是强化监督考核。`,
  ],
  plain: [
    () => '信息公开的内容还不够全面，更新频率有待提高。',
    () => '个别栏目信息更新滞后，政策解读形式较为单一。',
    () => '严格落实“先审查、后公开”要求，确保公开信息准确无误。',
    () => '工作人员多为兼职，业务能力仍需提升。',
    () => '建立信息公开台账，做到每条信息有据可查。',
  ],
};

type Line = keyof SyntheticReport['at'] | 'date';
type Wording = (b: SyntheticBody, y: number, rng: Rng, sibling: string) => string;

/** The report's line for `key` (the date is the line two below the signature). */
const lineOf = (report: SyntheticReport, key: Line) => (key === 'date' ? report.at.signature + 2 : report.at[key]);

/** A defect that writes one of `wordings` over the line it names; a sibling is drawn for each. */
const defect = (name: string, family: Defect['family'], wordings: Array<[Line, Wording]>): Defect => ({
  name,
  family,
  apply(report, rng) {
    const [key, word] = pick(rng, wordings);
    const line = lineOf(report, key);
    const lines = [...report.lines];
    const text = word(report.body, report.year, rng, pick(rng, report.body.siblings));
    if (!line || lines[line - 1] === text) return undefined;
    lines[line - 1] = text;
    return { lines, line };
  },
});

export const DEFECTS_4: Defect[] = [
  defect('a sibling acts where the report speaks of itself', 'content', [
    ['current', (b, y, _r, s) => `${y}年，${twinShort(b, s)}紧紧围绕中心工作，扎实推进政府信息公开各项任务。`],
    ['current', (b, y, r, s) => `${y}年度，${twinShort(b, s)}共主动公开政府信息${n(r, 400)}条，涵盖财政、民生等领域。`],
    ['current', (b, y, _r, s) => `${twinShort(b, s)}${y}年未收到政府信息公开申请。`],
    ['plain', (b, _y, r, s) => `全年${twinShort(b, s)}通过公示栏发布惠民政策${n(r, 90)}条。`],
    ['fee', (b, _y, _r, s) => `${twinShort(b, s)}本年度未收取任何政府信息公开费用。`],
  ]),
  defect("the report's own name replaced by a sibling's", 'content', [
    ['ownName', (b, _y, _r, s) => `${twin(b, s)}成立了以主要负责同志为组长的政务公开领导小组。`],
    ['ownName', (b, _y, _r, s) => `${shortName({ ...b, name: twin(b, s) })}党政办负责政府信息公开的日常工作。`],
    ['opening', (b, y, _r, s) => `现将${twin(b, s)}${y}年政府信息公开工作情况报告如下。`],
    ['signature', (b, _y, _r, s) => twin(b, s)],
    ['opening', (b, _y, r, s) => `如对本报告有疑问，请与${twin(b, s)}党政办公室联系（电话：${phone(r)}）。`],
  ]),
  defect('a sibling named in passing', 'content', [
    ['plain', (_b, _y, _r, s) => `纸质报告可在${s}便民服务中心政务公开专区查阅。`],
    ['opening', (_b, _y, _r, s) => `本报告电子版可在${governmentOf(s)}网站“信息公开”栏目下载。`],
    ['asOf', (_b, y, r, s) => `截至${y}年12月31日，${s}政务公开栏共张贴公示信息${n(r, 300)}条。`],
    ['superior', (_b, _y, _r, s) => `在${leadershipOf(s)}的正确领导下，政务公开工作稳步推进。`],
  ]),
  defect("another province's platform, site or hotline", 'content', [
    ['plain', (b, _y, r) => `通过${b.otherProvince}政务服务网发布办事指南${n(r, 300)}项。`],
    ['plain', (b) => `群众可拨打${b.otherProvince}12345政务服务便民热线咨询相关政策。`],
    ['opening', (b) => `本报告同步在${elsewhere(b)}人民政府门户网站“政务公开”专栏发布。`],
    ['superior', (b) => `按照《${elsewhere(b)}政府信息公开规定》的要求，规范依申请公开答复文书。`],
    ['asOf', (b, y, r) => `截至${y}年底，在${elsewhere(b)}政务服务平台认领办理事项${n(r, 600)}项。`],
  ]),
  defect('a placeholder left in', 'content', [
    ['current', (b, y) => `${y}年，${b.self}共主动公开政府信息**条。`],
    ['comparison', () => '全年受理依申请公开*件，办结*件。'],
    ['history', (b) => `XXXX年度，${b.self}未发生政府信息公开行政复议案件。`],
    ['superior', () => '于____年__月__日召开专题会议研究部署政务公开工作。'],
    ['docTitle', () => '印发《政务公开工作实施方案》（〔〕号），明确责任分工。'],
    ['plain', () => '（此处插入本单位主动公开情况统计表）'],
    ['opening', () => '联系人：【姓名】，联系电话：【电话】。'],
    ['ownName', () => '由×××同志具体负责信息公开日常工作。'],
    ['ownName', (b) => `××${unitWord(b)}认真贯彻落实《条例》要求，扎实推进各项工作。`],
    ['asOf', () => '全年共发布信息XX条，其中政策解读X篇。'],
    ['docTitle', () => '根据《××市人民政府办公室关于进一步做好政务公开工作的通知》要求推进工作。'],
    ['plain', () => '请在此处简述本年度存在的主要问题。'],
    ['plan', () => '（注：以上内容请结合本单位实际修改）'],
    ['date', () => 'XXXX年XX月XX日'],
    ['fee', () => '全年收取信息处理费＿＿元。'],
  ]),
  defect('a statistics period of the previous year', 'meta', [
    ['period', (_b, y) => `本报告所列数据统计期限为${y - 1}年1月1日至${y - 1}年12月31日。`],
    ['period', (_b, y) => `报告数据统计区间自${y - 1}年1月1日起至12月31日止。`],
    ['period', (_b, y) => `本年度报告统计时段：${y - 1}年1月1日—${y - 1}年12月31日。`],
    ['period', (b, y) => `本报告内容涵盖${y - 1}年1月1日至12月31日期间${b.self}的政府信息公开工作情况。`],
  ]),
  defect("last year's work told as this year's", 'meta', [
    ['current', (b, y, r) => `${y - 1}年，${b.self}持续推进政务公开标准化规范化建设，全年主动公开信息${n(r, 500)}条。`],
    ['current', (b, y, r) => `${y - 1}年度，${b.self}共受理政府信息公开申请${n(r, 20)}件。`],
    ['current', (b, y, r) => `本年度（${y - 1}年），${b.self}新增公开栏目${n(r, 9)}个。`],
    ['current', (b, y) => `${y - 1}年全年，${b.self}未发生因信息公开引起的行政复议。`],
  ]),
  defect("last year's fees told as this year's", 'meta', [
    ['fee', (b, y) => `${y - 1}年度，${b.self}未收取政府信息公开相关费用。`],
    ['fee', (_b, y) => `${y - 1}年依申请公开均未收费。`],
    ['fee', (_b, y) => `本年度（${y - 1}年）无政府信息公开收费及减免情况。`],
  ]),
  defect('a 截至 date after the period', 'meta', [
    ['asOf', (b, y, r) => `截至${y + 1}年1月${n(r, 28)}日，${b.self}政府网站专栏累计发布信息${n(r, 900)}条。`],
    ['asOf', (_b, y) => `截止${y + 1}年2月底，全年受理的申请均已办结。`],
    ['asOf', (_b, y, r) => `截至${y + 1}年12月31日，现行有效规范性文件${n(r, 40)}件。`],
  ]),
  defect("a plan for the report's own year", 'meta', [
    ['plan', (b, y) => `${y}年，${b.self}将重点抓好政策解读和回应关切工作。`],
    ['plan', (b, y) => `下一步，${b.self}计划于${y}年内完成公开目录全面梳理。`],
    ['plan', (_b, y) => `${y}年将从以下方面改进：一是加强培训；二是丰富载体。`],
    ['plan', (b, y) => `针对上述问题，${b.self}将在${y}年着力补齐短板。`],
  ]),
  defect("an earlier year's 要点 or 通知 cited", 'meta', [
    ['docTitle', (_b, y) => `认真落实《国务院办公厅关于印发${y - 1}年政务公开工作要点的通知》各项部署。`],
    ['docTitle', (b, y) => `对照《${upper(b)}办公室关于印发${y - 1}年政务公开工作要点的通知》逐项推进。`],
    ['docTitle', (_b, y) => `根据《关于做好${y - 1}年度政府信息公开工作年度报告编制发布工作的通知》要求编制本报告。`],
    ['docTitle', (b, y, r) => `按照《${ownPlace(b)}${y - 1}年政务公开工作实施方案》（${prefix(b)}政办发〔${y - 1}〕${n(r, 90)}号）要求推进工作。`],
  ]),
];

/** Clean sentences that name other places on purpose; each is written over a plain line of a clean report. */
export const ON_PURPOSE_4: Array<(b: SyntheticBody, y: number) => string> = [
  (b) => `${b.superior}政务公开办公室对${b.self}专栏开展了两次抽查，反馈的问题均已整改。`,
  (b) => `指导${b.subordinates[0] ?? '所辖村（社区）'}规范设置政务公开栏。`,
  (b) => `${b.siblings[0]}考察组来${here(b)}调研政务服务“一窗通办”工作。`,
  (b) => `年内从${b.siblings[0]}调入一名同志充实信息公开工作力量。`,
  (b) => `与${b.siblings[0]}、${b.siblings[1]}共同开展政务公开进社区联合宣传。`,
  (b) => `在${b.superior}组织的年度政务公开考核中，${b.self}与${b.siblings[0]}并列第二名。`,
  (b) => `${b.self}政务公开考核成绩位居前列，仅次于${b.siblings[1]}。`,
  (b) => `选派信息员参加在${b.siblings[0]}举办的政务公开业务培训班。`,
  (b) => `学习借鉴${b.siblings[1]}“政务公开日”的做法，在便民服务中心设置开放体验区。`,
  (b) => `组织赴${elsewhere(b)}考察学习数字政府建设经验。`,
  (b) => `在东西部协作框架下，与${elsewhere(b)}结对地区互派干部交流政务公开工作。`,
  (b) => `政府信息公开查阅点设在${b.superior}档案馆和${here(b)}便民服务中心。`,
  (b) => `因行政区划调整，原属${b.siblings[0]}的两个村划归${b.kind === 'department' ? ownPlace(b) : here(b)}管理，相关信息已同步公开。`,
  (b) => `对标${b.siblings[0]}等先进单位，查找${b.self}在政策解读方面的差距。`,
  (b) => `${b.superior}分管领导到${here(b)}督导政务公开专区建设，${whole(b)}信息员参加座谈。`,
];
