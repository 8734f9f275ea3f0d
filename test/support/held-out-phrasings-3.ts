import { gazetteer } from '../../src/knowledge/gazetteer.js';
import type { Defect } from './synthetic-defects.js';
import { n, pick, shortName, type Phrasings, type Rng, type SyntheticBody, type SyntheticReport } from './synthetic-report.js';

/**
 * The third bank, written by a second hand that never read the rules (rules/content, rules/meta,
 * rules/lib): other wordings of every sentence the generator uses, other wordings of every defect,
 * and clean sentences that name other places on purpose. Shaped after about fifty real reports'
 * openings, period statements, 落款, plans, fees and 截至 totals read through the search tool
 * (towns, 乡, 苏木, streets, county and district bureaus, counties, banners, prefectures and
 * autonomous prefectures; 2009–2025), but worded here: no sentence is a real report's.
 * Measured once (test/rules/measure-bodies.ts, docs/evaluation.md); never tune the rules on it.
 */

/** The body's own place name as the gazetteer spells it: 西安镇, 砚山县. */
const ownPlace = (b: SyntheticBody) => gazetteer().names[b.place]!;
/** The same kind of body in a sibling place: 海原县关桥乡人民政府 for 海原县西安镇人民政府. */
const siblingBody = (b: SyntheticBody, sibling: string) => b.name.replace(ownPlace(b), sibling);
/** The province the body is in, by its full name (宁夏回族自治区). */
const ownProvince = (b: SyntheticBody) => gazetteer().names[gazetteer().pathOf(b.place)[0]!]!;
/** What the body's area is called in 全X (全镇, 全县, 全市…), and the level above it. */
const area = (b: SyntheticBody) => ({ township: b.self.slice(-1), street: '街道', county: b.self.slice(-1), department: '系统', prefecture: b.self.slice(-1) })[b.kind];

export const BANK_3: Phrasings = {
  opening: [
    (b, y) => `按照《中华人民共和国政府信息公开条例》第五十条的规定，${b.name}编制了${y}年度政府信息公开工作年度报告，现予公布。`,
    (b, y) => `${shortName(b)}${y}年政府信息公开工作年度报告由总体情况、主动公开情况、依申请公开办理情况、复议诉讼情况、问题及改进、其他事项六部分组成。`,
    (_b, y) => `本年报全面反映了${y}年度本机关推进政府信息公开的主要做法和数据，电子版可在本机关门户网站查阅下载。`,
    (b, y, r) => `根据${b.superior}政务公开领导小组办公室《关于做好${y}年度政府信息公开工作年度报告编制发布工作的通知》（公开办〔${y + 1}〕${n(r, 9)}号）要求，编制本报告。`,
  ],
  period: [
    (_b, y) => `本年报中使用数据的统计时间段为${y}年1月1日起至${y}年12月31日止。`,
    (_b, y) => `所列政府信息公开数据统计期限自${y}年1月1日至${y}年12月31日。`,
    (_b, y) => `报告中的统计数据涵盖${y}年1月1日至12月31日。`,
    (_b, y) => `本报告统计数据从${y}年1月1日至${y}年12月31日止。`,
    (b, y, r) => `自${y}年1月1日起至${y}年12月31日止，${b.self}经审核主动公开各类信息${n(r, 600)}条。`,
  ],
  current: [
    (b, y) => `${y}年，${b.self}在${b.superior}的指导下，把政务公开与中心工作同部署、同推进。`,
    (b, y, r) => `全年${b.self}共主动公开政府信息${n(r, 400)}条，其中政策文件${n(r, 20)}条，${y}年度未出现公开内容错误。`,
    (b, y) => `${y}年度，${b.self}将政务公开纳入年度目标考核，考核结果与评先评优挂钩。`,
    (b, y, r) => `今年以来，${b.self}共召开政务公开专题会议${n(r, 6)}次，${y}年各项任务全部完成。`,
  ],
  ownName: [
    (b) => `${b.name}由党政办公室负责政府信息公开的日常工作，配备专职人员1名、兼职人员2名。`,
    (b) => `${shortName(b)}成立了以主要负责人为组长、分管负责人为副组长的政务公开工作领导小组。`,
    (b) => `${shortName(b)}坚持“谁公开、谁审查、谁负责”，所有拟公开信息均经三级审核后发布。`,
  ],
  superior: [
    (b) => `通过${b.superior}人民政府门户网站${shortName(b)}专栏集中发布本机关信息。`,
    (b) => `积极参加${b.superior}举办的政务公开业务培训班，学习新修订条例的要求。`,
    (b) => `${b.superior}政务公开办公室对本机关的公开专栏开展了两次检查，反馈问题已全部整改。`,
  ],
  subordinates: [
    (b) => `对辖区内${b.subordinates[0]}、${b.subordinates[1]}的政务公开栏进行了实地督导。`,
    (b) => `${b.subordinates[0]}等${Math.min(b.subordinates.length, 9)}个单位均明确了政务公开联络员。`,
  ],
  cooperation: [
    (b) => `${b.siblings[0]}政务公开工作人员到${b.self}交流依申请公开办理经验。`,
    (b) => `与${b.siblings[0]}共同承办了全${area(b)}基层政务公开现场推进会。`,
    (b) => `收到${b.siblings[0]}转来的申请1件，系申请人误投，已按程序办理答复。`,
  ],
  comparison: [
    (_b, y, r) => `门户网站发布信息数较${y - 1}年增长${n(r, 30)}个百分点。`,
    (_b, _y, r) => `受理的依申请公开件数与上年基本持平，较去年减少${n(r, 5)}件。`,
    (_b, y, r) => `在全市政务公开考评中，本机关名次较${y - 1}年前进了${n(r, 4)}位。`,
  ],
  docTitle: [
    (b, y) => `严格对照《${b.superior}${y}年政务公开重点工作安排》，逐项细化落实措施。`,
    (_b, y, r) => `按照《国务院办公厅关于印发${y}年政务公开工作要点的通知》（国办发〔${y}〕${n(r, 30)}号）精神，制定了本机关任务清单。`,
    (b, y) => `制定印发了《${shortName(b)}${y}年政务公开工作任务分解表》。`,
  ],
  asOf: [
    (_b, y, r) => `截至${y}年底，本机关现行有效的行政规范性文件${n(r, 30)}件，均已在网站集中公开。`,
    (_b, y, r) => `截止${y}年12月31日，政策解读专栏累计发布解读材料${n(r, 50)}篇。`,
    (_b, y) => `截至${y}年12月，本机关政府信息公开工作运行正常，无积压申请。`,
  ],
  fee: [
    (_b, y) => `${y}年本机关对政府信息公开申请一律免费提供，未收取任何费用。`,
    (b, y) => `${y}年度，${b.self}依申请提供政府信息，未收取信息处理费，也未发生减免情况。`,
    (_b, y) => `本年度（${y}年）没有因提供政府信息收取费用。`,
  ],
  history: [
    (_b, y) => `自${y - 5}年起，每年均按时编制并公布政府信息公开工作年度报告。`,
    (_b, _y, r) => `本机关自${2008 + Math.floor(r() * 4)}年5月1日起开展政府信息公开工作。`,
    (_b, y) => `${y - 2}年至${y - 1}年，本机关政府信息公开工作连续两年考核为优秀等次。`,
  ],
  plan: [
    (b, y) => `${y + 1}年，${b.self}将着重加强政策解读，做到文件与解读同步发布。`,
    (_b, y) => `下一步，我们将在${y + 1}年内完成政府信息公开指南的修订。`,
    (_b, y) => `${y + 1}年工作思路：一是健全制度，二是拓宽渠道，三是强化培训。`,
    (_b, y) => `计划于${y + 1}年上半年组织开展一次政务公开专项自查。`,
  ],
  plain: [
    () => '政策解读的形式较为单一，图解、视频等群众喜闻乐见的方式运用不多。',
    () => '个别科室对主动公开的范围理解不够准确，信息报送不够主动。',
    () => '严格执行信息发布保密审查制度，确保上网信息不涉密、涉密信息不上网。',
  ],
};

/** `report` with line `line` (1-based) replaced by `sentence`. */
function replace(report: SyntheticReport, line: number, sentence: string) {
  const lines = [...report.lines];
  if (lines[line - 1] === sentence) return undefined;
  lines[line - 1] = sentence;
  return { lines, line };
}

type Wording = (b: SyntheticBody, y: number, rng: Rng, sibling: string) => string;
/** A defect worded in several ways, written over the line of `at`. */
const defect = (name: string, family: Defect['family'], at: (r: SyntheticReport) => number, wordings: Wording[]): Defect => ({
  name,
  family,
  apply: (report, rng) => replace(report, at(report), pick(rng, wordings)(report.body, report.year, rng, pick(rng, report.body.siblings))),
});

/** Template placeholders of several kinds (seen: ××、xx、**、____、X月X日、（单位名称）、20XX). */
const PLACEHOLDERS: Wording[] = [
  (_b, y) => `${y}年，xx镇共主动公开政府信息xx条。`,
  () => '全年累计发布信息**条，其中政策解读*条。',
  () => '本年度新收政府信息公开申请××件，办结××件。',
  () => '于20××年×月×日召开政务公开领导小组会议。',
  () => '根据×政办发〔20XX〕XX号文件精神，调整了领导小组成员。',
  () => '（单位名称）始终把政务公开摆在重要位置。',
  () => '联系人：________，联系电话：________。',
  () => '政务公开工作由【填写科室名称】具体承办。',
  () => '请在此处简要说明本单位存在的主要问题。',
  () => 'XXX同志任领导小组组长，负责统筹协调。',
  () => '全年办理人大代表建议X件、政协委员提案X件。',
  () => '××县××镇人民政府按时完成了年度报告编制。',
  () => '公开财政资金信息XX条，涉及金额XX万元。',
  () => '（此处填写本年度政务公开亮点工作）',
];

export const DEFECTS_3: Defect[] = [
  defect('a sibling acting where the report speaks of itself', 'content', (r) => r.at.current, [
    (_b, y, r, s) => `${y}年，${s}共主动公开政府信息${n(r, 400)}条。`,
    (b, y, _r, s) => `${y}年度，${siblingBody(b, s)}深入贯彻《条例》，扎实推进政务公开。`,
    (_b, _y, r, s) => `今年以来，${s}共召开政务公开专题会议${n(r, 6)}次。`,
    (b, y, _r, s) => `${y}年，${s}在${b.superior}的指导下，把政务公开与中心工作同部署。`,
  ]),
  defect("the report's own name replaced by a sibling's", 'content', (r) => r.at.ownName, [
    (b, _y, _r, s) => `${siblingBody(b, s)}由党政办公室负责政府信息公开的日常工作。`,
    (_b, _y, _r, s) => `${s}成立了以主要负责人为组长的政务公开工作领导小组。`,
    (b, _y, _r, s) => `${siblingBody(b, s)}坚持“谁公开、谁审查、谁负责”的原则。`,
  ]),
  defect('a sibling named in passing', 'content', (r) => r.at.plain, [
    (b, _y, _r, s) => `如对本报告有疑问，请与${siblingBody(b, s)}办公室联系。`,
    (_b, _y, _r, s) => `本报告电子版可在${s}政府信息公开专栏下载。`,
    (_b, _y, _r, s) => `群众可到${s}便民服务中心一楼政务公开专区查阅信息。`,
    (_b, _y, _r, s) => `全年在${s}政务微信公众号发布动态信息56条。`,
    (_b, _y, _r, s) => `现将${s}政府信息公开工作情况报告如下。`,
  ]),
  defect("another province's platform", 'content', (r) => r.at.plain, [
    (b) => `办事指南已全部同步至${b.otherProvince}政务服务网。`,
    (b) => `通过${b.otherProvince}一体化在线政务服务平台受理信息公开申请。`,
    (b) => `依申请公开事项纳入${b.otherProvince}政府信息公开统一申请平台办理。`,
    (b) => `积极利用“${b.otherProvince}12345”热线回应群众关切。`,
  ]),
  defect('a placeholder left in', 'content', (r) => r.at.plain, PLACEHOLDERS),
  defect('a statistics period of the previous year', 'meta', (r) => r.at.period, [
    (_b, y) => `本年报中使用数据的统计时间段为${y - 1}年1月1日起至${y - 1}年12月31日止。`,
    (_b, y) => `报告中的统计数据涵盖${y - 1}年1月1日至12月31日。`,
    (_b, y) => `本报告统计数据从${y - 1}年1月1日至${y - 1}年12月31日止。`,
    (_b, y) => `报告所列数据的统计期限为${y - 1}年1月1日至${y - 1}年12月31日。`,
  ]),
  defect("last year's work told as this year's", 'meta', (r) => r.at.current, [
    (b, y, r) => `${y - 1}年，${b.self}共主动公开政府信息${n(r, 400)}条，均在规定时限内发布。`,
    (b, y) => `${y - 1}年度，${b.self}将政务公开纳入年度目标考核。`,
    (_b, y, r) => `${y - 1}年，本机关共制定行政规范性文件${n(r, 5)}件，均已公开。`,
    (b, y, r) => `${y - 1}年全年，${b.self}共收到政府信息公开申请${n(r, 12)}件。`,
  ]),
  defect("last year's fees told as this year's", 'meta', (r) => r.at.fee, [
    (_b, y) => `${y - 1}年本机关对政府信息公开申请一律免费提供，未收取任何费用。`,
    (b, y) => `${y - 1}年度，${b.self}依申请提供政府信息，未收取信息处理费。`,
    (_b, y) => `本年度（${y - 1}年）没有因提供政府信息收取费用。`,
  ]),
  defect('a 截至 date after the period', 'meta', (r) => r.at.asOf, [
    (_b, y, r) => `截至${y + 1}年2月底，本机关现行有效的行政规范性文件${n(r, 30)}件。`,
    (_b, y, r) => `截止${y + 1}年1月20日，政策解读专栏累计发布解读材料${n(r, 50)}篇。`,
    (_b, y) => `截至${y + 1}年3月，本机关政府信息公开工作运行正常，无积压申请。`,
    (_b, y, r) => `截至${y + 1}年6月30日，累计公开政府信息${n(r, 900)}条。`,
  ]),
  defect("a plan for the report's own year", 'meta', (r) => r.at.plan, [
    (b, y) => `${y}年，${b.self}将着重加强政策解读，做到文件与解读同步发布。`,
    (_b, y) => `下一步，我们将在${y}年内完成政府信息公开指南的修订。`,
    (_b, y) => `${y}年工作思路：一是健全制度，二是拓宽渠道，三是强化培训。`,
    (_b, y) => `计划于${y}年上半年组织开展一次政务公开专项自查。`,
  ]),
  defect("an earlier year's 要点 / 通知 cited", 'meta', (r) => r.at.docTitle, [
    (b, y) => `严格对照《${b.superior}${y - 1}年政务公开重点工作安排》，逐项细化落实措施。`,
    (_b, y, r) => `按照《国务院办公厅关于印发${y - 1}年政务公开工作要点的通知》（国办发〔${y - 1}〕${n(r, 30)}号）精神，制定了本机关任务清单。`,
    (b, y) => `制定印发了《${shortName(b)}${y - 1}年政务公开工作任务分解表》。`,
    (_b, y) => `认真落实《${y - 1}年政务公开工作要点》确定的各项任务。`,
  ]),
];

/** Defects outside the list, measured apart: a period only half updated. */
export const EXTRA_DEFECTS_3: Defect[] = [
  defect('a statistics period half updated (one end of the previous year)', 'meta', (r) => r.at.period, [
    (_b, y) => `所列政府信息公开数据统计期限自${y - 1}年1月1日至${y}年12月31日。`,
    (_b, y) => `本报告统计数据从${y}年1月1日至${y - 1}年12月31日止。`,
  ]),
];

/** Clean sentences that name other places on purpose (superiors, subordinates, visits, transfers, rankings, own province). */
export const ON_PURPOSE_3: Array<(b: SyntheticBody, y: number) => string> = [
  (b) => `${b.superior}政务公开办公室对${b.self}公开专栏进行了季度抽查。`,
  (b) => `申请人所需信息由${b.siblings[0]}制作并保存，已告知其向该机关提出申请。`,
  (b) => `${b.siblings[0]}派员来${b.self}座谈，交流基层政务公开标准化建设做法。`,
  (b) => `在年度政务公开第三方评估中，${b.self}与${b.siblings[0]}并列第三名。`,
  (b) => `配合${b.siblings[0]}办理了一件涉及两地交界地块的政府信息公开申请。`,
  (b) => `年内一名工作人员由${b.siblings[0]}调入，充实了政务公开工作力量。`,
  (b) => `接到${b.superior}转办的政府信息公开申请2件，均按期答复。`,
  (b) => `依托${ownProvince(b)}政务服务网办理依申请公开事项。`,
  (b) => `参加${b.superior}组织的政务公开培训，${b.siblings[0]}、${b.siblings[1]}等兄弟单位同期参训。`,
  (b) => `${b.siblings[0]}的经验做法被${b.superior}推广，${b.self}组织专人学习。`,
  (b) => (b.subordinates.length ? `${b.subordinates[0]}便民服务站设置了政府信息查阅点。` : `${b.superior}档案馆设有本机关政府信息查阅点。`),
  (b, y) => `根据《${b.superior}人民政府办公室关于做好${y}年政府信息公开工作年度报告编制发布工作的通知》要求编制本报告。`,
  (b) => `因行政区划调整，原属${b.siblings[0]}的两个村划归${b.self}管辖，相关信息已同步更新。`,
  (b) => `通过${b.superior}融媒体中心转发本机关政务信息32条。`,
];
