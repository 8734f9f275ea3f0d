import { gazetteer } from '../../src/knowledge/gazetteer.js';
import type { Defect } from './synthetic-defects.js';
import { n, pick, shortName, type Phrasings, type Rng, type SyntheticBody, type SyntheticReport } from './synthetic-report.js';

/**
 * Issue 14, the seventh held-out bank, written blind by a sixth hand: shaped after ~45 real reports read
 * through the search tool (2009–2013 reports of the first years of the 2008 条例 with their 概述/收费及减免
 * sections, 2020 reports in the new format, provincial departments and offices, 镇 of 广东/浙江/山东/甘肃,
 * 街道 of 上海, 农场/园艺场 and 林草 bodies), every sentence worded here. Only measured
 * (`npx tsx test/rules/measure-bodies.ts --bank 7`), never tuned on.
 */

const places = () => gazetteer();
const home = (b: SyntheticBody) => places().names[b.place]!;
/** 教育局 of 某县教育局; empty for a government. */
const office = (b: SyntheticBody) => (b.kind === 'department' ? b.name.slice(home(b).length) : '');
/** The body it reports to: a department to its own county's government, any other to its superior's. */
const upper = (b: SyntheticBody) => (b.kind === 'department' ? home(b) : b.superior);
const upperGov = (b: SyntheticBody) => `${upper(b)}人民政府`;
/** A sibling as a body of the same kind: 某镇人民政府, 某街道办事处, 邻县教育局. */
const peer = (b: SyntheticBody, sibling: string) =>
  b.kind === 'department' ? `${sibling}${office(b)}` : b.kind === 'street' ? `${sibling}办事处` : b.kind === 'township' ? `${b.superior}${sibling}人民政府` : `${sibling}人民政府`;
/** A sibling as it is spoken of in passing: 某镇, 邻县教育局. */
const peerShort = (b: SyntheticBody, sibling: string) => `${sibling}${office(b)}`;
const firstSibling = (b: SyntheticBody) => b.siblings[0]!;
const anySibling = (b: SyntheticBody, r: Rng) => pick(r, b.siblings);
/** The desk that answers questions about the report. */
const desk = (b: SyntheticBody) =>
  b.kind === 'department' ? `${b.name}办公室` : b.kind === 'township' || b.kind === 'street' ? `${shortName(b)}党政综合办公室` : `${home(b)}人民政府办公室`;
/** Where a township's or a department's report is published: the government website it hangs under. */
const site = (b: SyntheticBody) => `${b.kind === 'township' || b.kind === 'street' ? b.superior : home(b)}人民政府门户网站`;

const provinceFull = (short: string) => places().provinces().map((p) => places().names[p]!).find((name) => name.startsWith(short)) ?? `${short}省`;
const ownProvince = (b: SyntheticBody) => places().names[places().pathOf(b.place)[0]!]!;
const ownProvinceShort = (b: SyntheticBody) => ownProvince(b).replace(/(?:省|市|(?:壮族|回族|维吾尔)?自治区)$/, '');

const DIGITS = '〇一二三四五六七八九';
/** 二〇一九: a year in Chinese figures, as many signatures and some openings write it. */
const cn = (year: number) => [...String(year)].map((d) => DIGITS[Number(d)]).join('');
const phone = (r: Rng) => `0${n(r, 880) + 110}-${String(5_200_000 + n(r, 4_700_000))}`;
const docPrefix = (b: SyntheticBody) => `${upper(b).slice(0, 1)}政办发`;

export const BANK_7: Phrasings = {
  opening: [
    (b, y) => `依照《中华人民共和国政府信息公开条例》第五十条的规定，${b.name}编制了本机关${y}年度政府信息公开工作年度报告，现予公布。`,
    (b, y) => `本年报由${b.name}依据《中华人民共和国政府信息公开条例》（以下简称《条例》）编写，反映本机关${y}年政府信息公开工作的基本情况。`,
    (b, y) => `根据《条例》和上级有关要求，现将${b.self}${y}年度政府信息公开工作情况报告如下。`,
    (_b, y) =>
      y < 2019
        ? `本报告分概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费及减免情况，因政府信息公开申请行政复议、提起行政诉讼情况，存在的主要问题和改进措施六个部分。`
        : `本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。`,
    (b, _y, r) => `本报告电子版可在${site(b)}政府信息公开专栏查阅下载；对报告内容如有疑问，请与${desk(b)}联系（电话：${phone(r)}）。`,
    (b, y) => `按照${upperGov(b)}办公室关于编报${y}年度政府信息公开工作年度报告的部署，${b.self}对全年工作作了梳理，形成本报告。`,
    (b, y) => `《条例》第五十条要求各级行政机关每年公布上一年度的工作年度报告，据此，${b.name}向社会公布${cn(y)}年度报告。`,
  ],
  period: [
    (_b, y) => `本报告所列数据的统计期限自${y}年1月1日起至${y}年12月31日止。`,
    (_b, y) => `报告中各项数据的统计时限为：${y}年1月1日至12月31日。`,
    (_b, y) => `数据统计区间：${y}年1月1日—${y}年12月31日。`,
    (_b, y) => `本年报统计数据的时间范围，从${y}年1月1日到${y}年12月31日。`,
    (_b, y) => `文中数据的统计时段为${y}年全年（1月1日至12月31日）。`,
    (_b, y) => `${y}年1月1日至${y}年12月31日为本报告数据的统计期。`,
    (_b, y) => `报告所涉数据，起止时间为${y}年1月1日至同年12月31日。`,
  ],
  current: [
    (b, y, r) => `${y}年，${b.self}坚持以公开为常态、不公开为例外，全年主动公开政府信息${n(r)}条。`,
    (b, y, r) => `${y}年度${b.self}通过门户网站、政务公开栏等渠道发布各类政府信息${n(r)}条，其中政策文件${n(r, 30)}件。`,
    (b, y, r) =>
      y >= 2019
        ? `${y}年是${b.self}全面落实新修订《条例》的重要一年，${b.self}把政务公开纳入年度目标考核，全年公开信息${n(r)}条。`
        : `${y}年是《条例》施行的第${y - 2007}年，${b.self}在健全制度、规范程序上持续用力，全年公开信息${n(r)}条。`,
    (b, y, r) => `全年（${y}年）${b.self}共收到政府信息公开申请${n(r, 40)}件，均在法定期限内作出答复。`,
    (b, y, r) => `在${y}年里，${b.self}新增和更新政府信息公开目录${n(r, 80)}项。`,
    (b, y, r) => `${y}年1月至12月，${b.self}累计在各类平台公开政务信息${n(r)}条，政策解读${n(r, 20)}篇。`,
    (b, y, r) => `${cn(y)}年，${b.self}围绕中心工作推进决策、执行、管理、服务、结果公开，主动公开信息${n(r)}条。`,
  ],
  ownName: [
    (b) => `${b.name}高度重视政府信息公开工作，成立了由主要负责同志任组长的政务公开工作领导小组。`,
    (b, _y, r) => `为做好这项工作，${b.name}指定办公室为政府信息公开工作机构，配备专职人员${n(r, 3)}名、兼职人员${n(r, 5)}名。`,
    (b) => `年内，${b.name}及时调整充实了政务公开工作领导小组成员，明确分管领导和具体经办人。`,
    (b) => `作为政府信息公开的责任主体，${b.name}严格落实信息发布“三审三校”制度。`,
    (b) => `${b.name}将政府信息公开与业务工作同部署、同检查、同考核。`,
    (b) => `对照法定公开内容，${b.name}逐项梳理本机关职责范围内的信息，做到应公开尽公开。`,
  ],
  superior: [
    (b) => `在${upperGov(b)}的指导下，${b.self}按照统一部署有序推进政府信息公开工作。`,
    (b) => `${b.self}认真落实${upper(b)}政务公开办公室关于政务公开的各项工作要求。`,
    (b, _y, r) => `${b.self}积极参加${upper(b)}组织的政府信息公开业务培训${n(r, 4)}次。`,
    (b) => `${b.self}按季度向${upperGov(b)}办公室报送主动公开信息和依申请公开办理情况。`,
    (b) => `按照${upper(b)}关于深化政务公开的安排，${b.self}对公开专栏进行了整改完善。`,
  ],
  subordinates: [
    (b) => `全${home(b).slice(-1)}${b.subordinates.slice(0, 3).join('、')}等${b.subordinates.length}个乡镇（街道）均开设了政务公开专栏。`,
    (b, _y, r) => `对${b.subordinates[0]}、${b.subordinates[1]}的政务公开专区进行了实地检查，督促整改问题${n(r, 12)}个。`,
    (b) => `年内组织${b.subordinates.slice(0, 3).join('、')}等乡镇（街道）的信息公开工作人员集中培训。`,
    (b) => `${b.subordinates[1]}、${b.subordinates[0]}两地的村务公开栏与政务公开专区实现了同步更新。`,
  ],
  cooperation: [
    (b) => `${b.self}组织人员赴${peerShort(b, firstSibling(b))}学习基层政务公开标准化规范化建设经验。`,
    (b) => `与${b.siblings[0]}、${b.siblings[1]}建立政务公开工作交流机制，相互观摩政务公开专区建设。`,
    (b) => `${peerShort(b, firstSibling(b))}工作人员到${b.self}考察交流政务服务和政务公开工作。`,
    (b, _y, r) => `在跨区域通办方面，${b.self}与${b.siblings[0]}签订合作协议，${n(r, 40)}项事项可异地办理。`,
  ],
  plain: [
    () => `严格执行信息发布保密审查制度，坚持先审查、后公开。`,
    () => `及时清理过期失效信息，确保公开内容准确、完整、可用。`,
    () => `政府信息公开工作仍存在公开内容不够全面、解读形式较为单一等不足。`,
    () => `对照群众需求，进一步规范依申请公开办理流程，做到件件有回复。`,
    () => `工作人员业务能力有待提升，部分栏目更新还不够及时。`,
    () => `坚持“谁公开、谁审查、谁负责”，全年未发生失泄密问题。`,
    () => `政务公开栏、便民服务窗口和网站栏目之间的衔接仍需加强。`,
  ],
  comparison: [
    (_b, y, r) => `全年主动公开信息${n(r)}条，较${y - 1}年增加${n(r, 60)}条。`,
    (_b, y, r) => `与${y - 1}年相比，收到的政府信息公开申请数量下降${n(r, 40)}%。`,
    (_b, y, r) => `依申请公开件数同比（较${y - 1}年）增长${n(r, 30)}%，主要集中在征地拆迁领域。`,
    (_b, _y, r) => `比上一年多公开规范性文件${n(r, 20)}件，政策解读数量也有所增加。`,
    (_b, y, r) => `主动公开总量是${y - 1}年度的${1 + n(r, 3)}倍左右。`,
  ],
  history: [
    (b, _y, r) => `自2008年5月1日《条例》施行以来，${b.self}累计受理政府信息公开申请${n(r, 400)}件。`,
    (b) => `${b.self}自2008年起建立政府信息公开目录，此后逐年更新。`,
    (b, y) => `2008年至${y}年，${b.self}未因政府信息公开工作被申请行政复议或提起行政诉讼。`,
    (b, y) => `${y - 2}年至今，${b.self}连续三年在政务公开考核中获评优秀等次。`,
    (b, y) => (y >= 2020 ? `新修订的《条例》自2019年5月15日施行后，${b.self}重新编制了政府信息公开指南。` : `2008年以来，${b.self}坚持每年编制并公布政府信息公开工作年度报告。`),
  ],
  docTitle: [
    (b, y) => `对照《${y}年政务公开工作要点》，${b.self}逐项分解任务、明确责任科室和完成时限。`,
    (b, y) => `根据${upper(b)}印发的《关于做好${y}年政务公开工作的通知》，${b.self}细化了年度公开清单。`,
    (b, y) => `${b.self}制定了《${shortName(b)}${y}年政务公开工作任务分解表》，并在网站公开。`,
    (b, y) => `落实《${ownProvince(b)}${y}年政务公开重点工作安排》中涉及基层的各项任务。`,
    (b, y, r) => `以《关于印发${y}年政务公开工作要点的通知》（${docPrefix(b)}〔${y}〕${n(r, 90)}号）为指引，推进重点领域信息公开。`,
  ],
  asOf: [
    (b, y, r) => `截至${y}年12月31日，${b.self}累计公开政府信息${n(r, 3000)}条。`,
    (_b, y, r) => `截止${y}年底，政府信息公开目录共收录信息${n(r, 2000)}条。`,
    (_b, y, r) => `到${y}年12月末，门户网站公开专栏累计发布信息${n(r, 1500)}条。`,
    (b, y, r) => `截至本年末（${y}年12月31日），${b.self}现行有效的规范性文件共${n(r, 30)}件。`,
    (_b, y, r) => `截至${y}年11月30日，全年已办结政府信息公开申请${n(r, 40)}件，其余在办。`,
  ],
  fee: [
    (b, y) => `${y}年度，${b.self}未向申请人收取检索、复制、邮寄等任何费用。`,
    (_b, y) => `${y}年未发生政府信息公开收费及减免情况。`,
    (b, y) => `本年度（${y}年）${b.self}未收取信息处理费。`,
    (b, y) => `${y}年${b.self}依申请提供的政府信息均为免费，收费金额为0元。`,
    (_b, y) => `关于收费：${y}年全年没有收取任何与政府信息公开有关的费用。`,
  ],
  plan: [
    (b, y) => `${y + 1}年，${b.self}将继续加大重点领域信息公开力度。`,
    (b, y) => `下一步，${b.self}计划在${y + 1}年内完成政府信息公开目录的全面梳理。`,
    (_b, y) => `新的一年（${y + 1}年），重点抓好政策解读和回应社会关切。`,
    (b, y, r) => `${y + 1}年，${b.self}拟开展政务公开专题培训${n(r, 5)}次，提升工作人员业务水平。`,
    (b, y) => `展望${y + 1}年，${b.self}将把政务公开专区建设作为提升服务的重要抓手。`,
    (_b, y) => `${cn(y + 1)}年，着力规范依申请公开答复文书，提高答复质量。`,
  ],
};

type Line = keyof SyntheticReport['at'];
type Wording = (report: SyntheticReport, r: Rng) => string;

/** A defect written by one of `wordings`, each rewriting the line of its kind; undefined when the report lacks that line. */
function defect(name: string, family: Defect['family'], wordings: Array<[Line, Wording]>): Defect {
  return {
    name,
    family,
    apply(report, r) {
      const [where, write] = pick(r, wordings);
      const line = report.at[where];
      if (!line) return undefined;
      const lines = [...report.lines];
      const text = write(report, r);
      if (text === lines[line - 1]) return undefined;
      lines[line - 1] = text;
      return { lines, line };
    },
  };
}

/** The unit's own word after a placeholder: ××镇, XX局. */
const unitWord = (b: SyntheticBody) => (b.kind === 'department' ? '局' : b.kind === 'street' ? '街道' : home(b).slice(-1));
const previous = (report: SyntheticReport) => report.year - 1;

export const DEFECTS_7: Defect[] = [
  defect('a sibling acts where the report speaks of itself', 'content', [
    ['current', ({ body: b, year: y }, r) => `${y}年，${peer(b, anySibling(b, r))}认真贯彻《条例》，全年主动公开政府信息${n(r)}条。`],
    ['ownName', ({ body: b, lines, at }, r) => lines[at.ownName - 1]!.replaceAll(b.name, peer(b, anySibling(b, r)))],
    ['ownName', ({ body: b }, r) => `${peerShort(b, anySibling(b, r))}把政府信息公开列入年度重点工作，主要负责同志亲自过问。`],
    ['current', ({ body: b, year: y }, r) => `${y}年度，${peerShort(b, anySibling(b, r))}通过政务公开栏和网站发布信息${n(r)}条。`],
    ['superior', ({ body: b }, r) => `在${upperGov(b)}的指导下，${peer(b, anySibling(b, r))}有序推进政务公开各项工作。`],
  ]),
  defect('a sibling named in passing', 'content', [
    ['opening', ({ body: b }, r) => `本报告电子版可在${peerShort(b, anySibling(b, r))}政务公开专栏查阅，如有疑问请与党政办联系（电话：${phone(r)}）。`],
    ['plain', ({ body: b }, r) => `政府信息公开查阅点设在${anySibling(b, r)}便民服务中心一楼大厅。`],
    ['current', ({ body: b }, r) => `${b.self}政务新媒体“${anySibling(b, r).replace(/(?:街道|镇|乡|县|区|市|旗|州)$/, '')}发布”全年推送信息${n(r)}条。`],
    ['ownName', ({ body: b }, r) => `经${peerShort(b, anySibling(b, r))}政务公开领导小组审定，${b.self}调整了公开目录。`],
    ['plain', ({ body: b }, r) => `如对本报告有疑问，可来函至${anySibling(b, r)}党政办公室，电话${phone(r)}。`],
  ]),
  defect("the report's own name replaced by a sibling's", 'content', [
    ['title', ({ body: b, year: y }, r) => `${peer(b, anySibling(b, r))}${y}年政府信息公开工作年度报告`],
    ['signature', ({ body: b }, r) => peer(b, anySibling(b, r))],
    ['opening', ({ body: b, year: y }, r) => `本年报由${peer(b, anySibling(b, r))}依据《中华人民共和国政府信息公开条例》编写，反映${y}年政府信息公开工作情况。`],
  ]),
  defect("another province's platform, site or hotline", 'content', [
    ['plain', ({ body: b }) => `依托“${b.otherProvince}政务服务网”统一受理网上提交的政府信息公开申请。`],
    ['opening', ({ body: b }) => `本报告全文同步在${provinceFull(b.otherProvince)}人民政府门户网站公布，欢迎查阅。`],
    ['plain', ({ body: b }) => `公众也可拨打${provinceFull(b.otherProvince)}12345政务服务便民热线咨询政府信息公开事项。`],
    ['current', ({ body: b, year: y }, r) => `${y}年，${b.self}通过${provinceFull(b.otherProvince)}政府信息公开平台发布信息${n(r)}条。`],
  ]),
  defect('a placeholder left in', 'content', [
    ['current', ({ body: b, year: y }, r) => `${y}年，${b.self}共主动公开政府信息XX条，其中规范性文件${n(r, 9)}件。`],
    ['plain', () => `（此处填写本单位政府信息公开工作存在的主要问题）`],
    ['asOf', ({ year: y }, r) => `截至${y}年××月××日，累计公开政府信息${n(r, 900)}条。`],
    ['fee', ({ year: y }) => `${y}年收取政府信息公开相关费用＿＿元。`],
    ['signature', ({ body: b }) => `××${unitWord(b)}${b.kind === 'department' ? '' : b.kind === 'street' ? '办事处' : '人民政府'}`],
    ['opening', ({ year: y }) => `本报告由【单位全称】编制，反映${y}年度政府信息公开工作情况。`],
    ['plan', ({ body: b, year: y }) => `${y + 1}年X月X日前，${b.self}将完成政府信息公开指南的修订。`],
  ]),
  defect('a statistics period of the previous year', 'meta', [
    ['period', (report) => `本报告所列数据的统计期限自${previous(report)}年1月1日起至${previous(report)}年12月31日止。`],
    ['period', (report) => `数据统计区间：${previous(report)}年1月1日—${previous(report)}年12月31日。`],
    ['period', (report) => `文中数据的统计时段为${previous(report)}年全年（1月1日至12月31日）。`],
    ['period', (report) => `报告中各项数据的统计时限为${previous(report)}年1月1日至12月31日。`],
  ]),
  defect("last year's work told as this year's", 'meta', [
    ['current', (report, r) => `${previous(report)}年，${report.body.self}坚持以公开为常态、不公开为例外，全年主动公开政府信息${n(r)}条。`],
    ['current', (report, r) => `${previous(report)}年度${report.body.self}通过门户网站等渠道发布各类政府信息${n(r)}条。`],
    ['current', (report, r) => `在${previous(report)}年里，${report.body.self}新增和更新政府信息公开目录${n(r, 80)}项。`],
    ['current', (report, r) => `${cn(previous(report))}年，${report.body.self}主动公开信息${n(r)}条，收到申请${n(r, 30)}件。`],
  ]),
  defect("last year's fees told as this year's", 'meta', [
    ['fee', (report) => `${previous(report)}年度，${report.body.self}未向申请人收取检索、复制、邮寄等任何费用。`],
    ['fee', (report) => `${previous(report)}年未发生政府信息公开收费及减免情况。`],
    ['fee', (report) => `${previous(report)}年${report.body.self}依申请提供政府信息均免费，收费金额为0元。`],
  ]),
  defect('a 截至 date after the period', 'meta', [
    ['asOf', ({ body: b, year: y }, r) => `截至${y + 1}年12月31日，${b.self}累计公开政府信息${n(r, 3000)}条。`],
    ['asOf', ({ year: y }, r) => `截止${y + 1}年底，政府信息公开目录共收录信息${n(r, 2000)}条。`],
    ['asOf', ({ year: y }, r) => `截至${y + 1}年6月30日，全年已办结政府信息公开申请${n(r, 40)}件。`],
    ['asOf', ({ year: y }, r) => `到${y + 1}年12月末，门户网站公开专栏累计发布信息${n(r, 1500)}条。`],
  ]),
  defect("a plan for the report's own year", 'meta', [
    ['plan', ({ body: b, year: y }) => `${y}年，${b.self}将继续加大重点领域信息公开力度。`],
    ['plan', ({ body: b, year: y }) => `下一步，${b.self}计划在${y}年内完成政府信息公开目录的全面梳理。`],
    ['plan', ({ body: b, year: y }) => `展望${y}年，${b.self}将把政务公开专区建设作为提升服务的重要抓手。`],
    ['plan', ({ year: y }, r) => `${y}年拟开展政务公开专题培训${n(r, 5)}次。`],
  ]),
  defect("an earlier year's 要点 or 通知 cited", 'meta', [
    ['docTitle', (report) => `对照《${previous(report)}年政务公开工作要点》，${report.body.self}逐项分解任务、明确责任科室。`],
    ['docTitle', (report) => `根据${upper(report.body)}印发的《关于做好${previous(report)}年政务公开工作的通知》，细化了年度公开清单。`],
    ['docTitle', (report) => `${report.body.self}制定了《${shortName(report.body)}${previous(report)}年政务公开工作任务分解表》。`],
    ['docTitle', (report, r) => `以《关于印发${previous(report)}年政务公开工作要点的通知》（${docPrefix(report.body)}〔${previous(report)}〕${n(r, 90)}号）为指引推进公开。`],
  ]),
];

/** Clean sentences that name another place on purpose: a visit, the superior, subordinates, the own province, a partner province. */
export const ON_PURPOSE_7: Array<(b: SyntheticBody, y: number) => string> = [
  (b) => `${b.self}工作人员赴${peerShort(b, firstSibling(b))}学习政务公开专区建设经验。`,
  (b) => `在${upperGov(b)}的统一部署下，${b.self}完成了政府信息公开指南的修订。`,
  (b) => `依托“${ownProvinceShort(b)}政务服务网”受理网上提交的政府信息公开申请。`,
  (b) => (b.subordinates.length >= 2 ? `${b.subordinates.slice(0, 2).join('、')}等乡镇（街道）均已开设政务公开栏。` : `各村（社区）均已开设村务公开栏。`),
  (b, y) => `${y}年，${b.self}与${peerShort(b, b.siblings[1]!)}联合开展“政府开放日”活动。`,
  (b) => `按照东西部协作安排，${b.self}与${provinceFull(b.otherProvince)}有关方面互派干部挂职交流。`,
  (b) => `${b.self}在${site(b)}开设的信息公开专栏运行平稳。`,
];
