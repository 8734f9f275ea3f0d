import { gazetteer } from '../../src/knowledge/gazetteer.js';
import type { Defect } from './synthetic-defects.js';
import { n, pick, shortName, type Phrasings, type Rng, type SyntheticBody, type SyntheticReport } from './synthetic-report.js';

/**
 * Issue 14, a fifth phrasing bank written blind by a fourth hand: every sentence worded here after the
 * shapes of real reports read through the search tool (townships, streets, counties, prefectures,
 * departments, vertical agencies such as 气象局 and 税务局, development zones; 2009–2025; 浙江、广东、
 * 安徽、江西、河南、重庆、贵州、云南、辽宁、吉林、北京、上海、天津、山西、甘肃 and others), none copied.
 * Only measured (test/rules/measure-bodies.ts --bank 5), never tuned on.
 */

const places = () => gazetteer();
const ownPlace = (b: SyntheticBody) => places().names[b.place]!;
const ownProvince = (b: SyntheticBody) => places().names[places().pathOf(b.place)[0]!]!;
/** The other province by its full name (浙江省, 广西壮族自治区, 上海市). */
const otherFull = (b: SyntheticBody) => places().provinces().map((p) => places().names[p]!).find((name) => name.startsWith(b.otherProvince)) ?? `${b.otherProvince}省`;
/** A county (…县) inside the other province, for pairing assistance (对口协作、对口支援). */
function otherCounty(b: SyntheticBody): string {
  const g = places();
  const province = g.provinces().find((p) => g.names[p]!.startsWith(b.otherProvince))!;
  const counties: number[] = [];
  for (let at = province + 1; g.within(at, province); at++) if (g.levelOf(at) === 'county' && g.names[at]!.endsWith('县')) counties.push(at);
  return `${otherFull(b)}${counties.length ? g.names[counties[Math.floor(counties.length / 2)]!] : ''}`;
}
/** Each province's own service app, where it has a well-known one. */
const APPS: Record<string, string> = {
  浙江: '浙里办', 广东: '粤省事', 安徽: '皖事通', 重庆: '渝快办', 江西: '赣服通', 河南: '豫事办', 上海: '随申办', 天津: '津心办',
  福建: '闽政通', 江苏: '苏服办', 湖北: '鄂汇办', 内蒙古: '蒙速办', 陕西: '秦务员', 辽宁: '辽事通', 吉林: '吉事办', 湖南: '湘易办',
  四川: '天府通办', 甘肃: '甘快办', 海南: '海易办', 广西: '智桂通', 山西: '三晋通', 河北: '冀时办', 山东: '爱山东', 北京: '京通',
};
const otherApp = (b: SyntheticBody) => APPS[b.otherProvince] ?? `${b.otherProvince}政务服务`;

/** A department's own word (教育局), empty for governments. */
const unit = (b: SyntheticBody) => (b.kind === 'department' ? b.name.slice(ownPlace(b).length) : '');
/** The one-character level word: 镇、乡、街道、县、区、市、州、局. */
const levelWord = (b: SyntheticBody) => (b.kind === 'department' ? '局' : b.kind === 'street' ? '街道' : ownPlace(b).slice(-1));
const whole = (b: SyntheticBody) => `全${levelWord(b)}`;
const here = (b: SyntheticBody) => b.self.replace(/^本(?!机关)/, '我');
/** A sibling as a body of the same kind: 某镇, 某街道, 某县, 某县教育局. */
const kin = (b: SyntheticBody, sibling: string) => `${sibling}${unit(b)}`;
/** A sibling's full name as a title would give it. */
const kinFull = (b: SyntheticBody, sibling: string) => {
  switch (b.kind) {
    case 'department':
      return kin(b, sibling);
    case 'street':
      return `${sibling}办事处`;
    case 'township':
      return `${b.superior}${sibling}人民政府`;
    default:
      return `${sibling}人民政府`;
  }
};
const officeOf = (b: SyntheticBody) => ({ township: '党政综合办公室', street: '党政办公室', county: '办公室', prefecture: '办公室', department: '办公室' })[b.kind];
/** The level above, as leaders are named: 县委、县政府; 自治区党委、政府; 地委、行署. */
function leaders(b: SyntheticBody): string {
  const above = b.kind === 'department' ? ownPlace(b) : b.superior;
  if (above.endsWith('自治区')) return '自治区党委、政府';
  if (above.endsWith('地区')) return '地委、行署';
  if (above.endsWith('盟')) return '盟委、行署';
  const c = above.slice(-1);
  return `${c}委、${c}政府`;
}
const upperChar = (b: SyntheticBody) => (b.kind === 'department' ? ownPlace(b).slice(-1) : b.superior.endsWith('自治区') ? '自治区' : b.superior.slice(-1));
/** Where the report is published: a township's or street's on its superior's portal, a department's on its county's. */
const portal = (b: SyntheticBody) => (b.kind === 'township' || b.kind === 'street' ? `${b.superior}人民政府门户网站` : `${ownPlace(b)}人民政府门户网站`);
const docPrefix = (b: SyntheticBody) => (b.kind === 'department' ? ownPlace(b) : b.superior).slice(0, 1);
const phone = (r: Rng) => `0${n(r, 899) + 100}-${String(5_000_000 + n(r, 4_999_999))}`;
/** The national notice on the report's format in force for year `y`. */
const formatNotice = (y: number) => (y >= 2021 ? '（国办公开办函〔2021〕30号）' : y >= 2019 ? '（国办公开办函〔2019〕60号）' : '');

export const BANK_5: Phrasings = {
  opening: [
    (_b, y) => `根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，特向社会公布${y}年度本级政府信息公开工作年度报告。`,
    (_b, y) => `依据《条例》第五十条和国务院办公厅关于年度报告格式的要求${formatNotice(y)}，结合${y}年本机关工作实际，编制本报告。`,
    (b, y) => `现将${here(b)}${y}年政府信息公开工作情况报告如下，请社会各界监督。`,
    (b) => `本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六部分组成，电子版可在${portal(b)}查阅下载。`,
    (b, y) => `本年度报告由${b.name}${officeOf(b)}汇总编制，全面反映${y}年${here(b)}政府信息公开工作的开展情况。`,
    (_b, y, r) => `${y}年度政府信息公开工作年度报告现予公布，如对本报告有疑问，可致电${phone(r)}咨询。`,
    (b, y) => `按照上级关于做好${y}年度政府信息公开工作年度报告编制发布工作的部署，${here(b)}梳理全年情况，形成本报告。`,
    (b, y) => `为保障公民、法人和其他组织依法获取政府信息，现发布${shortName(b)}${y}年政府信息公开工作年度报告。`,
  ],
  period: [
    (_b, y) => `本报告中所列数据的统计期限自${y}年1月1日起至${y}年12月31日止。`,
    (_b, y) => `除特别说明外，所列数据统计时限为${y}年1月1日至${y}年12月31日。`,
    (_b, y) => `本年度报告中使用数据统计期限为${y}年1月1日至12月31日。`,
    (b, y) => `报告统计数据时限为${y}年1月1日至${y}年12月31日，统计范围为${here(b)}本级。`,
    (b, y) => `本报告涵盖${y}年1月1日至12月31日期间${here(b)}政府信息公开工作情况。`,
    (_b, y) => `报告所列数据的统计日期为${y}年1月1日起至${y}年12月31日。`,
    (_b, y) => `统计期限：${y}年1月1日—${y}年12月31日。`,
    (_b, y) => `本报告统计数据起止时间为${y}年1月1日至${y}年12月31日，数据来源于政府信息公开平台后台统计。`,
  ],
  current: [
    (b, y, r) => `${y}年，${here(b)}在${leaders(b)}的坚强领导下，主动公开政府信息${n(r, 600)}条，未发生泄密事件。`,
    (b, y, r) => {
      const all = n(r, 400) + 20;
      return `${y}年以来，${b.self}依托${portal(b)}发布各类信息${all}条，其中工作动态${Math.ceil(all / 2)}条。`;
    },
    (b, y, r) => {
      const made = n(r, 300) + 10;
      return `${y}年度，${b.self}共产生公文类政府信息${made}条，经审核主动公开${made - n(r, 10)}条。`;
    },
    (b, y, r) => `${y}年，${here(b)}通过政务公开栏、电子显示屏等线下渠道公开信息${n(r, 500)}条。`,
    (b, y, r) => `${y}年全年，${b.self}收到政府信息公开申请${n(r, 9)}件，均在法定期限内答复。`,
    (b, y) => `${y}年，${here(b)}紧扣中心工作，把政务公开与优化营商环境、乡村振兴等工作结合起来推进。`,
    (b, y, r) => `${y}年，${b.self}新增主动公开规范性文件${n(r, 6)}件，同步发布政策解读${n(r, 6)}篇。`,
    (b, y, r) => `${y}年，${here(b)}政务新媒体发布信息${n(r, 800)}条，回应群众关切${n(r, 40)}次。`,
  ],
  ownName: [
    (b) => `${b.name}始终把政府信息公开作为建设法治政府的基础性工作来抓。`,
    (b) => `${b.name}${officeOf(b)}作为政府信息公开工作机构，负责推进、协调本机关的公开工作。`,
    (b) => `作为政务公开的责任主体，${b.name}明确一名分管负责同志具体抓落实。`,
    (b) => `${shortName(b)}坚持“以公开为常态、不公开为例外”，把公开要求落实到公文办理各环节。`,
    (b) => `${b.name}调整充实了政务公开工作领导小组，主要负责同志任组长。`,
    (b) => `${b.name}按照“先审查、后公开”的原则，对拟公开信息逐条进行保密审查。`,
    (b) => `${shortName(b)}政务公开领导小组全年召开专题会议，研究解决公开工作中的具体问题。`,
  ],
  superior: [
    (b) => `按照${b.superior}政务公开领导小组办公室的统一部署，扎实推进各项公开任务。`,
    (b) => `在${leaders(b)}的正确领导和上级业务部门的指导下，公开工作有序开展。`,
    (b) => `积极参加${b.superior}组织的政务公开业务培训，工作人员业务能力有所提升。`,
    (b) => `严格落实${b.superior}人民政府关于政务公开工作的考核要求，按月报送公开信息。`,
    (b) => `根据${upperChar(b)}政务公开办的督查反馈，及时整改了栏目更新不及时等问题。`,
    (b) => `通过${b.superior}人民政府门户网站开设的专栏集中公开法定主动公开内容。`,
    (b) => `认真落实${b.superior}关于基层政务公开标准化规范化建设的要求，编制了公开事项标准目录。`,
  ],
  subordinates: [
    (b) => `督促${b.subordinates[0]}、${b.subordinates[1]}等${b.subordinates.length}个乡镇（街道）按期更新政务公开栏。`,
    (b) => `指导${b.subordinates[0]}、${b.subordinates[1]}等乡镇（街道）完善基层政务公开标准目录。`,
    (b) => `对${b.subordinates[1]}、${b.subordinates[0]}等乡镇（街道）的公开专区建设开展了实地督导。`,
    (b) => `组织${b.subordinates[0]}、${b.subordinates[1]}等基层单位信息员开展集中培训。`,
    (b) => `将${b.subordinates[0]}和${b.subordinates[1]}作为基层政务公开示范点，总结推广其做法。`,
  ],
  cooperation: [
    () => `会同保密、档案等部门对拟公开信息开展联合审查，确保公开内容安全。`,
    (b) => `与${whole(b)}各相关单位建立信息报送协同机制，实现同一信息多渠道同步发布。`,
    (_b, _y, r) => `联合司法所开展“5·15政务公开日”宣传活动，发放宣传资料${n(r, 900) + 100}余份。`,
    () => `邀请法律顾问参与依申请公开答复文书的审核，提高答复规范性。`,
    (b) => `配合${b.superior}档案馆做好政府公开信息的移交和查阅服务。`,
    (b) => `与${b.superior}数据资源管理部门对接，推进公开平台与政务服务平台数据共享。`,
  ],
  comparison: [
    (_b, y, r) => `全年主动公开信息较${y - 1}年增加${n(r, 90)}条，增幅${n(r, 30)}%。`,
    (_b, _y, r) => `与上年相比，依申请公开数量减少${n(r, 5)}件，主要集中在征地拆迁领域。`,
    (_b, _y, r) => `政策解读数量同比增长${n(r, 40)}%，图解、视频等形式明显增多。`,
    (_b, y, r) => `本年度收到申请${n(r, 12)}件，比${y - 1}年度多${n(r, 4)}件。`,
    (_b, _y, r) => `政务新媒体发布量较上一年度下降${n(r, 20)}%，原因是对栏目进行了整合。`,
    (_b, y, r) => `行政处罚决定公开${n(r, 60)}件，较${y - 1}年有所增加。`,
  ],
  history: [
    (b, y) => `自2008年《条例》施行以来，${here(b)}已连续${y - 2008}年编制并公布政府信息公开工作年度报告。`,
    (b, y) => (y >= 2019 ? `2019年新修订的《条例》施行后，${here(b)}相应修订了依申请公开办理规程。` : `2008年5月1日《条例》施行后，${here(b)}即建立了依申请公开受理制度。`),
    (b, y) => `${here(b)}自${y - 3}年起实行政府信息公开保密审查登记制度，至今未发生泄密问题。`,
    (_b, y) => `政府信息公开专栏于${y - 4}年开通，已累计发布信息数千条。`,
    () => `自2016年开展基层政务公开试点以来，公开事项目录已多次调整完善。`,
    (_b, y) => `连续${Math.min(5, y - 2013)}年未发生因政府信息公开引起的行政复议和行政诉讼。`,
  ],
  docTitle: [
    (_b, y) => `认真贯彻《国务院办公厅关于印发${y}年政务公开工作要点的通知》精神，逐项抓好落实。`,
    (b, y, r) => `按照《${b.superior}人民政府办公室关于印发${y}年政务公开工作要点的通知》要求，细化了${n(r, 20) + 5}项工作任务。`,
    (b, y, r) => `根据《关于做好${y}年度政府信息公开工作年度报告编制发布工作的通知》（${docPrefix(b)}政办明电〔${y + 1}〕${n(r, 30)}号）要求编制本报告。`,
    (b, y) => `制定印发《${shortName(b)}${y}年政务公开工作实施方案》，明确责任分工和完成时限。`,
    (b, y) => `对照《${y}年${b.superior}政务公开工作要点》，${here(b)}逐条制定了落实措施。`,
    (b, y, r) => `转发了《${b.superior}人民政府办公室关于进一步做好政府信息依申请公开工作的通知》（${docPrefix(b)}府办发〔${y}〕${n(r, 60)}号）。`,
  ],
  asOf: [
    (b, y, r) => `截至${y}年12月31日，${here(b)}累计主动公开政府信息${n(r, 900) + 100}条。`,
    (b, y) => `截至${y}年底，${here(b)}政府信息公开工作运行正常，咨询和申请答复均顺利开展。`,
    (_b, y, r) => `截止到${y}年12月，政务公开专栏共设置一级栏目${n(r, 10) + 4}个。`,
    (_b, y, r) => `截至${y}年末，本年度受理的${n(r, 8)}件申请均已办结，无结转下年度办理的申请。`,
    (_b, y, r) => `截至${y}年12月31日，现行有效的规范性文件共${n(r, 40)}件，已全部在网上公开。`,
  ],
  fee: [
    (b, y) => `${y}年，${b.self}未向申请人收取任何费用。`,
    (b, y) => `${y}年度，${here(b)}办理政府信息公开申请未收取复印、邮寄等费用。`,
    (b, y) => (y >= 2021 ? `${y}年，依照《政府信息公开信息处理费管理办法》，${b.self}未收取信息处理费。` : `${y}年，${b.self}未发生政府信息公开收费及减免情况。`),
    (b, y) => `${y}年全年，${here(b)}行政事业性收费金额为0万元。`,
    (_b, y) => `${y}年依申请公开政府信息均免费提供，未产生收费减免事项。`,
  ],
  plan: [
    (b, y) => `${y + 1}年，${here(b)}将进一步规范依申请公开办理流程，提高答复质量。`,
    (b, y) => `下一步，${here(b)}将加大政策解读力度，在${y + 1}年推出更多图解和短视频解读。`,
    (_b, y) => `${y + 1}年工作打算：一是加强业务培训，二是完善公开目录，三是强化监督考核。`,
    (_b, y) => `力争在${y + 1}年6月底前完成基层政务公开专区的提档升级。`,
    (b) => `今后，${here(b)}将以群众需求为导向，持续拓展公开渠道，丰富公开形式。`,
    (b, y) => `新的一年里，${here(b)}将对照${y + 1}年政务公开工作要点，逐项抓好落实。`,
  ],
  plain: [
    () => `坚持“谁公开、谁审查、谁负责”的原则，落实信息发布“三审三校”制度。`,
    () => `依申请公开实行统一受理、统一登记、统一答复，答复文书均经法律顾问审核。`,
    () => `信息更新还不够及时，部分栏目内容较为单一，政策解读形式有待丰富。`,
    () => `在便民服务大厅设置政务公开专区，配备自助查询终端，方便群众就近查阅。`,
    () => `工作人员多为兼职，业务能力与新形势新要求还有差距。`,
    () => `按照应公开尽公开的要求，及时公开财政预决算、“三公”经费等信息。`,
    () => `对涉及群众切身利益的事项，通过公示栏、微信群等渠道及时告知。`,
    () => `建立错敏信息常态化排查机制，每季度对已发布内容进行一次全面检查。`,
  ],
};

type Line = keyof SyntheticReport['at'];
type Wording = (b: SyntheticBody, y: number, r: Rng, sibling: string) => string;

/** A defect that rewrites one kind of line with one of its wordings, the sibling drawn from the report's body. */
const defect = (name: string, family: Defect['family'], wordings: Array<[Line, Wording]>): Defect => ({
  name,
  family,
  apply: (report, rng) => {
    const [key, word] = pick(rng, wordings);
    const line = report.at[key];
    if (!line) return undefined;
    const lines = [...report.lines];
    const written = word(report.body, report.year, rng, pick(rng, report.body.siblings));
    if (written === lines[line - 1]) return undefined;
    lines[line - 1] = written;
    return { lines, line };
  },
});

/** The placeholder a template leaves where the body's own short name goes: XX镇, XX街道, XX局. */
const blankSelf = (b: SyntheticBody) => `XX${levelWord(b)}`;

export const DEFECTS_5: Defect[] = [
  defect('a sibling acts where the report speaks of itself', 'content', [
    ['current', (b, y, r, s) => `${y}年，${kin(b, s)}在${leaders(b)}的坚强领导下，主动公开政府信息${n(r, 600)}条。`],
    ['current', (b, y, r, s) => `${y}年以来，${kin(b, s)}依托政府网站和政务新媒体发布各类信息${n(r, 400)}条。`],
    ['current', (b, y, r, s) => `${y}年度，${kinFull(b, s)}共收到政府信息公开申请${n(r, 9)}件，均按期答复。`],
    ['current', (b, y, r, s) => `${y}年，${kin(b, s)}通过政务公开栏公开惠民惠农资金发放信息${n(r, 90)}条。`],
    ['current', (b, y, r, s) => `${y}年全年，${kin(b, s)}新增主动公开规范性文件${n(r, 6)}件。`],
  ]),
  defect("the report's own name replaced by a sibling's", 'content', [
    ['ownName', (b, _y, _r, s) => `${kinFull(b, s)}始终把政府信息公开作为建设法治政府的基础性工作来抓。`],
    ['ownName', (b, _y, _r, s) => `${kinFull(b, s)}${officeOf(b)}作为政府信息公开工作机构，负责日常公开工作。`],
    ['ownName', (b, _y, _r, s) => `${kin(b, s)}坚持“以公开为常态、不公开为例外”，把公开要求落实到各个环节。`],
    ['opening', (b, y, _r, s) => `现公布${kinFull(b, s)}${y}年政府信息公开工作年度报告。`],
    ['signature', (b, _y, _r, s) => kinFull(b, s)],
  ]),
  defect('a sibling named in passing', 'content', [
    ['plain', (b, _y, _r, s) => `政府信息查阅点设在${kin(b, s)}便民服务中心一楼，工作日均可查阅。`],
    ['plain', (b, _y, _r, s) => `如对本报告有疑问，请与${kinFull(b, s)}${officeOf(b)}联系。`],
    ['plain', (b, _y, _r, s) => `本报告电子版可在${kin(b, s)}政务公开专栏下载。`],
    ['plain', (b, _y, r, s) => `受理地址：${b.superior}${s}人民路${n(r, 200)}号，邮编${600_000 + n(r, 99_999)}。`],
    ['plain', (b, _y, _r, s) => `依申请公开受理窗口设在${kin(b, s)}政务服务大厅。`],
    ['plain', (b, _y, _r, s) => `相关公示材料同步张贴在${kin(b, s)}政务公开栏。`],
  ]),
  defect("another province's platform, site or hotline", 'content', [
    ['plain', (b) => `依托${otherFull(b)}政务服务网受理网上政府信息公开申请。`],
    ['plain', (b) => `群众可通过“${otherApp(b)}”移动端查询本机关公开的政府信息。`],
    ['plain', (b) => `公众可拨打${b.otherProvince}12345政务服务便民热线咨询政府信息公开事项。`],
    ['plain', (b) => `按照《${otherFull(b)}政府信息公开规定》，规范了依申请公开答复文书格式。`],
    ['plain', (b) => `政府信息公开指南已同步发布在${otherFull(b)}人民政府门户网站。`],
    ['plain', (b) => `依申请公开办理流程已全部接入${b.otherProvince}一体化政务服务平台。`],
    ['plain', (b) => `对照${otherFull(b)}基层政务公开标准目录，更新了${whole(b)}公开事项。`],
  ]),
  defect('a placeholder left in', 'content', [
    ['plain', () => `配备x名专职工作人员、x名兼职工作人员负责政府信息公开日常工作。`],
    ['plain', () => `全年通过政务公开栏公开信息xxx条，其中公文类信息xx条。`],
    ['plain', () => `政府信息公开申请受理地址：○○路○○号，邮编：○○○○○○。`],
    ['plain', () => `如对本报告有疑问，请与（填写联系部门）联系，电话：（填写电话）。`],
    ['plain', () => `【此处插入主动公开情况统计图】`],
    ['plain', () => `全年共收到依申请公开＿＿件，办结＿＿件。`],
    ['plain', () => `由□□□同志任政务公开工作领导小组组长。`],
    ['plain', () => `全年召开政务公开专题会议X次，开展业务培训X次。`],
    ['plain', () => `注：本部分请结合本单位实际撰写，字数控制在500字以内。`],
    ['plain', () => `（示例：通过村务公开栏、微信群等渠道公开惠民资金发放信息。）`],
    ['plain', () => `组织政务公开业务培训**次，参训**人次。`],
    ['plain', () => `依申请公开平均办理时间为 XX 个工作日。`],
    ['current', (b, _y, r) => `20××年，${b.self}共主动公开政府信息${n(r, 600)}条。`],
    ['current', (b, y) => `${y}年，${blankSelf(b)}进一步健全政务公开工作机制。`],
    ['docTitle', (b, y) => `按照《××${upperChar(b)}人民政府办公室关于做好${y}年政务公开工作的通知》（×政办〔${y}〕×号）要求抓好落实。`],
    ['docTitle', () => `根据X府办发〔xxxx〕xx号文件精神，制定了本机关政务公开工作方案。`],
    ['asOf', (_b, _y, r) => `截至×月×日，政府信息公开专栏累计发布信息${n(r, 900)}条。`],
    ['ownName', () => `（机关全称）始终把政务公开作为转变政府职能的重要抓手。`],
    ['signature', (b) => `${blankSelf(b)}（单位名称）`],
  ]),
  defect('a statistics period of the previous year', 'meta', [
    ['period', (_b, y) => `本报告中所列数据的统计期限自${y - 1}年1月1日起至${y - 1}年12月31日止。`],
    ['period', (_b, y) => `除特别说明外，所列数据统计时限为${y - 1}年1月1日至${y - 1}年12月31日。`],
    ['period', (_b, y) => `本年度报告中使用数据统计期限为${y - 1}年1月1日至12月31日。`],
    ['period', (b, y) => `本报告涵盖${y - 1}年1月1日至12月31日期间${here(b)}政府信息公开工作情况。`],
    ['period', (_b, y) => `统计期限：${y - 1}年1月1日—${y - 1}年12月31日。`],
    ['period', (_b, y) => `报告统计数据起止时间为${y - 1}年1月1日至${y - 1}年12月31日。`],
  ]),
  defect("last year's work told as this year's", 'meta', [
    ['current', (b, y, r) => `${y - 1}年，${here(b)}在${leaders(b)}的坚强领导下，主动公开政府信息${n(r, 600)}条。`],
    ['current', (b, y, r) => `${y - 1}年以来，${b.self}依托${portal(b)}发布各类信息${n(r, 400)}条。`],
    ['current', (b, y, r) => `${y - 1}年度，${b.self}共产生公文类政府信息${n(r, 300) + 150}条，经审核主动公开${n(r, 150)}条。`],
    ['current', (b, y, r) => `自${y - 1}年1月1日起至${y - 1}年12月31日止，${here(b)}经审核主动公开信息${n(r, 500)}条。`],
    ['current', (b, y, r) => `${y - 1}年全年，${b.self}收到政府信息公开申请${n(r, 9)}件，均在法定期限内答复。`],
    ['opening', (b, y) => `根据《条例》规定，特向社会公布${shortName(b)}${y - 1}年政府信息公开工作年度报告。`],
  ]),
  defect("last year's fees told as this year's", 'meta', [
    ['fee', (b, y) => `${y - 1}年，${b.self}未向申请人收取任何费用。`],
    ['fee', (b, y) => `${y - 1}年度，${here(b)}办理政府信息公开申请未收取复印、邮寄等费用。`],
    ['fee', (b, y) => `${y - 1}年全年，${here(b)}行政事业性收费金额为0万元。`],
    ['fee', (_b, y) => `${y - 1}年依申请公开政府信息均免费提供，未产生收费减免事项。`],
  ]),
  defect('a 截至 date after the period', 'meta', [
    ['asOf', (b, y, r) => `截至${y + 1}年2月底，${here(b)}累计主动公开政府信息${n(r, 900) + 100}条。`],
    ['asOf', (_b, y, r) => `截止到${y + 1}年1月${n(r, 28)}日，政务公开专栏共设置一级栏目${n(r, 10) + 4}个。`],
    ['asOf', (_b, y, r) => `截至${y + 1}年3月31日，本年度受理的${n(r, 8)}件申请均已办结。`],
    ['asOf', (b, y) => `截至${y + 1}年底，${here(b)}政府信息公开工作运行正常。`],
    ['asOf', (_b, y, r) => `截至${y + 1}年6月30日，现行有效的规范性文件共${n(r, 40)}件。`],
  ]),
  defect("a plan for the report's own year", 'meta', [
    ['plan', (b, y) => `${y}年，${here(b)}将进一步规范依申请公开办理流程，提高答复质量。`],
    ['plan', (_b, y) => `${y}年将从以下方面进行改进：一是加强培训，二是拓展渠道，三是强化考核。`],
    ['plan', (_b, y) => `力争在${y}年6月底前完成基层政务公开专区的提档升级。`],
    ['plan', (b, y) => `下一步，${here(b)}将在${y}年重点做好政策解读和回应关切工作。`],
    ['plan', (_b, y) => `${y}年工作打算：一是完善公开目录，二是加强平台建设，三是健全监督机制。`],
  ]),
  defect("an earlier year's 要点 or 通知 cited", 'meta', [
    ['docTitle', (_b, y) => `认真贯彻《国务院办公厅关于印发${y - 1}年政务公开工作要点的通知》精神，逐项抓好落实。`],
    ['docTitle', (b, y, r) => `按照《${b.superior}人民政府办公室关于印发${y - 1}年政务公开工作要点的通知》要求，细化了${n(r, 20) + 5}项任务。`],
    ['docTitle', (b, y, r) => `根据《关于做好${y - 1}年度政府信息公开工作年度报告编制发布工作的通知》（${docPrefix(b)}政办明电〔${y}〕${n(r, 30)}号）要求编制本报告。`],
    ['docTitle', (b, y) => `制定印发《${shortName(b)}${y - 1}年政务公开工作实施方案》，明确责任分工和完成时限。`],
    ['docTitle', (b, y) => `对照《${y - 1}年${b.superior}政务公开工作要点》，${here(b)}逐条制定了落实措施。`],
  ]),
];

/** Clean sentences that name other places on purpose; each replaces the report's last plain sentence. */
export const ON_PURPOSE_5: Array<(b: SyntheticBody, y: number) => string> = [
  (b) => `${kin(b, b.siblings[0]!)}政务公开工作人员一行来${here(b)}交流政务公开专区建设做法。`,
  (b) => `对误向${b.self}提交、属于${kinFull(b, b.siblings[0]!)}职责的1件申请，已告知申请人向该机关提出。`,
  (b) => `会同相邻的${kin(b, b.siblings[1]!)}就交界地带河道整治事项联合发布公告。`,
  (b) => `在${b.superior}组织的政务公开年度考核中，${here(b)}与${kin(b, b.siblings[0]!)}、${kin(b, b.siblings[1]!)}同被评为优秀等次。`,
  (b) => `选派信息员到${kin(b, b.siblings[0]!)}跟班学习基层政务公开标准化建设经验。`,
  (b) => `借鉴${kin(b, b.siblings[1]!)}“公开栏加二维码”的做法，在公开栏加印了查询二维码。`,
  (b) => `按照对口协作安排，与结对的${otherCounty(b)}互派干部交流政务服务工作经验。`,
  (b, y) => `${y}年有2件申请来自现居${otherFull(b)}的申请人，均通过邮寄方式答复。`,
  (b) => `原负责政务公开的工作人员调往${kin(b, b.siblings[0]!)}工作后，及时明确了新的信息员。`,
  (b) => `受${b.superior}政务公开办委托，与${kin(b, b.siblings[0]!)}交叉检查政务公开栏目更新情况。`,
  (b) => (b.subordinates.length >= 2 ? `指导${b.subordinates[0]}、${b.subordinates[1]}完善基层政务公开标准目录。` : `指导所属各村（社区）完善政务公开栏，按季度更新公开内容。`),
  (b, y) => `办理${b.superior}12345政务服务便民热线转来的政务公开类诉求${2 + (y % 7)}件，均按期回复。`,
  (b) => `${b.superior}政务公开办将${kin(b, b.siblings[0]!)}“村务微信群公开”的做法作为典型推广，${here(b)}组织了专题学习。`,
  (b) => `依托${ownProvince(b)}政务服务网受理网上政府信息公开申请。`,
  (b) => `与${kin(b, b.siblings[1]!)}签订政务服务“跨域通办”合作协议，两地群众可就近办理部分事项。`,
  (b) => `${b.superior}人民政府转来的1件申请涉及${b.self}职责，已在法定期限内答复。`,
  (b) => `参加${b.superior}政务公开办在${kin(b, b.siblings[1]!)}召开的基层政务公开现场推进会。`,
  (b) => `在全${upperChar(b)}政府网站年度检查中，${here(b)}排名第三，与排名第一的${kin(b, b.siblings[0]!)}相比仍有差距。`,
];
