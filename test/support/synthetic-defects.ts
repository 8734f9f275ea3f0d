import { pick, type Rng, type SyntheticReport } from './synthetic-report.js';

/** A defect written into one sentence of a synthetic report; the family's rules should report that line. */
export interface Defect {
  name: string;
  family: 'content' | 'meta';
  apply(report: SyntheticReport, rng: Rng): { lines: string[]; line: number } | undefined;
}

/** `report` with line `line` (1-based) rewritten by `edit`; undefined when the edit changed nothing. */
function rewrite(report: SyntheticReport, line: number, edit: (text: string) => string) {
  const lines = [...report.lines];
  const before = lines[line - 1]!;
  lines[line - 1] = edit(before);
  return lines[line - 1] === before ? undefined : { lines, line };
}

const everyYear = (year: number, to: number) => (text: string) => text.replaceAll(`${year}年`, `${to}年`).replaceAll(`${year}—`, `${to}—`);

const PLACEHOLDER_SENTENCES = [
  '20XX年，本机关共主动公开政府信息XX条。',
  '全年共受理政府信息公开申请××件，均在法定期限内答复。',
  '于X月X日召开政务公开工作推进会。',
  '（单位名称）高度重视政府信息公开工作。',
  '此处填写本单位政务公开工作的主要做法。',
  '联系电话：＿＿＿＿＿＿。',
  '由【单位名称】负责政府信息公开日常工作。',
  '全年公开财政预决算信息XX条，涉及资金XX万元。',
  '请根据本单位实际情况填写存在的问题。',
  '××镇人民政府进一步规范了公开流程。',
];

export const DEFECTS: Defect[] = [
  {
    name: 'a sibling acting where the report speaks of itself',
    family: 'content',
    apply: (report, rng) => rewrite(report, report.at.current, (text) => text.replace(report.body.self, pick(rng, report.body.siblings))),
  },
  {
    name: "the report's own name replaced by a sibling's",
    family: 'content',
    apply: (report, rng) => {
      const own = report.lines[report.at.ownName - 1]!;
      const sibling = pick(rng, report.body.siblings);
      return rewrite(report, report.at.ownName, () => `${sibling}${own.slice(own.search(/高度|把|始终|按照/))}`);
    },
  },
  {
    name: 'a sibling named in passing',
    family: 'content',
    apply: (report, rng) => rewrite(report, report.at.plain, () => `相关信息同步在${pick(rng, report.body.siblings)}政务公开专栏发布。`),
  },
  {
    name: "another province's platform",
    family: 'content',
    apply: (report) => rewrite(report, report.at.plain, () => `依托${report.body.otherProvince}政务服务网受理依申请公开事项。`),
  },
  {
    name: 'a placeholder left in',
    family: 'content',
    apply: (report, rng) => rewrite(report, report.at.plain, () => pick(rng, PLACEHOLDER_SENTENCES)),
  },
  {
    name: 'a statistics period of the previous year',
    family: 'meta',
    apply: (report) => rewrite(report, report.at.period, everyYear(report.year, report.year - 1)),
  },
  {
    name: "last year's work told as this year's",
    family: 'meta',
    apply: (report, rng) => {
      const line = pick(rng, [report.at.current, report.at.fee]);
      return rewrite(report, line, everyYear(report.year, report.year - 1));
    },
  },
  {
    name: 'a 截至 date after the period',
    family: 'meta',
    apply: (report) => rewrite(report, report.at.asOf, (text) => text.replace(new RegExp(`${report.year}年(?:12月31日|12月底|底)`), `${report.year + 1}年3月31日`)),
  },
  {
    name: "a plan for the report's own year",
    family: 'meta',
    apply: (report) => rewrite(report, report.at.plan, everyYear(report.year + 1, report.year)),
  },
  {
    name: "an earlier year's work plan cited",
    family: 'meta',
    apply: (report) => rewrite(report, report.at.docTitle, (text) => text.replaceAll(String(report.year), String(report.year - 1))),
  },
];
