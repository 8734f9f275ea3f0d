import type { Phrasings, Rng, SyntheticBody } from './synthetic-report.js';

/**
 * The held-out bank: other wordings of the same sentences, written before the rules were tuned
 * and measured only at the end (docs/evaluation.md). Do not tune the rules on these.
 */
const n = (rng: Rng, max = 300) => 1 + Math.floor(rng() * max);
const shortName = (body: SyntheticBody) => body.name.replace(/人民政府$|办事处$/, '').replace(body.superior, '');

export const HELD_OUT: Phrasings = {
  opening: [
    (b, y) => `为全面反映${shortName(b)}${y}年度政府信息公开工作情况，根据《条例》第五十条规定编制本年度报告。`,
    (_b, y) => `现公布${y}年政府信息公开工作年度报告，全文包括总体情况、主动公开政府信息情况等六个部分。`,
  ],
  period: [
    (_b, y) => `报告数据统计时限为${y}年1月1日到${y}年12月31日。`,
    (_b, y) => `本年度报告中所列数据的统计期限为${y}年1月1日至12月31日。`,
  ],
  current: [
    (b, y) => `${y}年以来，${b.self}紧紧围绕中心工作，扎实做好政府信息公开各项工作。`,
    (b, y, r) => `${y}年全年，${b.self}通过门户网站发布各类信息${n(r, 500)}条。`,
    (b, y) => `${y}年度${b.self}进一步健全信息发布协调机制。`,
  ],
  ownName: [
    (b) => `${shortName(b)}始终把政府信息公开作为转变作风的重要抓手。`,
    (b) => `${b.name}按照“谁制作、谁公开”的原则落实公开责任。`,
  ],
  superior: [
    (b) => `在${b.superior}政务公开办公室的指导下，及时更新政府信息公开指南。`,
    (b) => `按时向${b.superior}报送政务公开工作情况。`,
  ],
  subordinates: [
    (b) => `督促${b.subordinates.slice(0, 2).join('和')}及时更新村务公开栏。`,
    (b) => `对${b.subordinates[0]}等单位的公开专栏开展季度检查。`,
  ],
  cooperation: [
    (b) => `${b.siblings[0]}工作人员来访，双方围绕基层政务公开进行了座谈交流。`,
    (b) => `借鉴${b.siblings[0]}的先进经验，优化了办事指南的编写。`,
  ],
  comparison: [
    (_b, y, r) => `收到政府信息公开申请${n(r, 30)}件，比${y - 1}年减少${n(r, 9)}件。`,
    (_b, y, r) => `网站访问量同比增长${n(r, 40)}%，${y - 1}年同期为${n(r, 9000)}人次。`,
  ],
  docTitle: [
    (b, y) => `印发了《${shortName(b)}${y}年政务公开工作实施方案》，明确任务分工。`,
    (_b, y) => `围绕《${y}年政务公开工作要点》确定的重点任务逐项推进。`,
  ],
  asOf: [
    (_b, y, r) => `截止到${y}年12月底，共清理失效文件${n(r, 30)}件。`,
    (_b, y, r) => `截至${y}年12月31日，本机关现行有效规范性文件${n(r, 20)}件。`,
  ],
  fee: [
    (b, y) => `${y}年${b.self}未收取任何信息公开费用，也无减免情况。`,
    (_b, y) => `${y}年度本机关未因政府信息公开收取费用。`,
  ],
  history: [
    (_b, y) => `早在${y - 6}年即开通了依申请公开网上受理渠道。`,
    (_b, _y, r) => `从${2010 + Math.floor(r() * 5)}年起，每年编制并公布政府信息公开指南。`,
  ],
  plan: [
    (b, y) => `${y + 1}年，${b.self}拟进一步完善依申请公开办理流程。`,
    (_b, y) => `今后，特别是${y + 1}年，将着力提升政策解读的质量。`,
    (b, y) => `${y + 1}年度，${b.self}计划开展两次政务公开专题培训。`,
  ],
  plain: [
    () => '部分工作人员对公开范围把握不准，公开内容的深度仍显不足。',
    () => '网站栏目内容更新不够及时，互动回应还需加强。',
  ],
};
