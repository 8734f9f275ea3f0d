import { bodyOf } from '../parse/body.js';
import { yearsOf, type YearRole } from '../parse/years.js';
import type { Report } from '../model/types.js';

const KIND_NAMES = { government: '人民政府', office: '政府办公厅（室）', department: '部门', township: '乡镇', street: '街道', vertical: '垂直管理机构' } as const;
const LEVEL_NAMES = { province: '省级', prefecture: '市级', county: '县级', township: '乡级' } as const;
const SOURCE_NAMES = { title: '标题', signature: '落款', opening: '开头', text: '正文' } as const;
const ROLE_NAMES: Record<YearRole, string> = {
  report: '报告年度',
  period: '统计期限',
  published: '发布日期',
  asOf: '截至',
  plan: '计划',
  comparison: '比较',
  history: '往年',
  docNumber: '文号',
  docTitle: '文件标题',
  current: '本年度工作',
  other: '其他',
};

/** The body model and the classified years, for `inspect --json`. */
export function bodyAndYears(report: Report) {
  const body = bodyOf(report);
  const { reportYear, reportYearFrom, mentions } = yearsOf(report);
  return {
    bodyModel: body && {
      name: body.name,
      kind: body.kind,
      level: body.level,
      identity: body.identity,
      ...(body.speaksFor && { speaksFor: body.speaksFor }),
      ...(body.place && { place: { name: body.place.name, code: body.place.code, path: body.place.path } }),
      namings: body.namings.map((naming) => ({ source: naming.source, name: naming.name, line: naming.position?.start.line })),
    },
    years: {
      reportYear,
      reportYearFrom,
      mentions: mentions.map((mention) => ({ year: mention.year, role: mention.role, text: mention.text, line: mention.position.start.line, column: mention.position.start.column })),
    },
  };
}

/** The same, as the lines `inspect` prints. */
export function describeBodyAndYears(report: Report): string[] {
  const { bodyModel: body, years } = bodyAndYears(report);
  const lines = ['机关 body model:'];
  if (!body) lines.push('  未识别');
  else {
    lines.push(`  ${body.name}：${KIND_NAMES[body.kind]}，${body.level ? LEVEL_NAMES[body.level] : '级别未识别'}${body.speaksFor ? `，代表${body.speaksFor}` : ''}`);
    lines.push(body.place ? `  行政区划 place: ${body.place.path.join(' › ')}（${body.place.code}）` : '  行政区划 place: 未识别');
    for (const naming of body.namings) lines.push(`  ${SOURCE_NAMES[naming.source]}：${naming.name}  (L${naming.line ?? '?'})`);
  }
  lines.push('', `年份 years（报告年度 ${years.reportYear ?? '未识别'}）:`);
  for (const mention of years.mentions) lines.push(`  L${mention.line}:${mention.column}  ${mention.text}  ${ROLE_NAMES[mention.role]}`);
  return lines;
}
