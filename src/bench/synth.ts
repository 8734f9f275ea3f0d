import { readInput } from '../input/index.js';
import { cellsByKey, tableOf, tablesOf } from '../model/query.js';
import type { Cell, Report } from '../model/types.js';
import { buildReport } from '../parse/index.js';
import { normalizeBody } from '../repo/bodies.js';
import { toHtml, toMarkdown, toText, type Part } from './render.js';

/** A real report that synthetic ones are made from. */
export interface Base {
  file: string;
  text: string;
  report: Report;
  /** Its body's name as the text writes it most (长乐镇), replaced throughout. */
  name: string;
  year: number;
}

export type Defect = 'carry' | 'inForce' | 'balance';
export type Format = 'txt' | 'md' | 'html';

export interface ReportSpec {
  base: Base;
  /** Body number: decides the name and the figures. */
  body: number;
  year: number;
  format: Format;
  defects?: Defect[];
  /** Copy the body-specific prose of this body and year (内容雷同), under this report's name and year. */
  proseFrom?: { body: number; year: number };
}

export async function loadBase(file: string, text: string): Promise<Base> {
  const read = await readInput(file, new TextEncoder().encode(text));
  if (!read.ok) throw new Error(`${file}: ${read.reason} ${read.detail ?? ''}`);
  const report = buildReport(read.input, read.format);
  const { body, year } = report.facts;
  if (!body || !year) throw new Error(`${file}: no body or year to vary`);
  return { file, text, report, name: normalizeBody(body.value), year: year.value };
}

/** Deterministic pseudo-random numbers in [0, 1) from integers (mulberry32 over a mixed seed). */
export function random(...seeds: number[]): () => number {
  let state = seeds.reduce((h, n) => Math.imul(h ^ n, 2654435761) >>> 0, 0x9e3779b9);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// No 和 的 及 与 …: the body finder reads those as words around a name, not in it.
const NAME_CHARS = '青石桥河山林泉松柏云溪湖岭川峰田阳安平宁丰乐兴永新清龙凤金玉白沙塘坪湾竹梅兰杨柳';

/** A unique place name per body number (青石镇, 桥河县 …), with the base's suffix. */
export function bodyName(base: Base, body: number): string {
  let name = '';
  for (let n = body + NAME_CHARS.length; n > 0; n = Math.floor(n / NAME_CHARS.length)) name += NAME_CHARS[n % NAME_CHARS.length];
  return name + base.name.slice(-1);
}

const PICK = [
  ['坚持', '聚焦', '围绕', '紧扣', '立足', '着眼', '突出', '强化', '深化', '统筹', '完善', '健全', '优化', '规范', '拓展', '创新', '夯实', '压实', '细化', '推动', '落实', '加快', '提升', '持续'],
  ['基层治理', '营商环境', '乡村振兴', '民生保障', '生态保护', '安全生产', '产业发展', '社会救助', '教育医疗', '住房保障', '就业创业', '农业农村', '交通建设', '文化旅游', '市场监管', '应急管理', '防汛抗旱', '财政预算', '城乡建设', '水利设施', '养老服务', '环境整治', '项目建设', '惠农政策'],
  ['梳理', '编制', '更新', '发布', '解读', '汇编', '核查', '整合', '归集', '审核', '公示', '推送', '宣传', '对接', '督查', '回应', '收集', '研判', '反馈', '跟踪', '修订', '充实', '调整', '明确'],
  ['办事指南', '政策文件', '工作动态', '目录清单', '栏目内容', '服务事项', '监督渠道', '问答材料', '图解资料', '办理流程', '咨询答复', '会议纪要', '意见建议', '制度规定', '执行情况', '资金信息', '项目信息', '考核结果', '责任清单', '标准目录', '便民信息', '通知公告', '常见问题', '征集意见'],
  ['群众满意度稳步提升', '办事效率明显提高', '信息更新更加及时', '工作规范化水平进一步提高', '社会关切得到及时回应', '群众知晓率不断提高', '服务质量持续改善', '工作基础更加扎实', '制度执行更加有力', '工作合力逐步形成', '渠道更加畅通便捷', '内容更加准确完整', '考核机制更加健全', '责任落实更加到位', '群众获得感明显增强', '监督作用有效发挥', '宣传效果不断显现', '工作短板逐步补齐', '流程更加简明清晰', '政策落地更加顺畅', '工作质效不断提升', '基层基础不断夯实', '干部能力有所提高', '服务体验持续优化'],
];

/** The body-specific prose of one report: eight sentences drawn from (body, year), written under `name` and `year`. */
function ownProse(seed: { body: number; year: number }, name: string, year: number): string {
  const next = random(seed.body, seed.year, 7);
  const pick = (words: string[]) => words[Math.floor(next() * words.length)]!;
  return Array.from({ length: 8 }, () => `${year}年，${name}${pick(PICK[0]!)}${pick(PICK[1]!)}，${pick(PICK[2]!)}${pick(PICK[3]!)}，${pick(PICK[4]!)}。`).join('');
}

/** Years a body of this base reports for: five, in the base's generation. */
export function yearsOf(base: Base): number[] {
  const first = base.report.facts.generation === 'legacy' ? 2014 : 2021;
  return [first, first + 1, first + 2, first + 3, first + 4];
}

/**
 * New figures for the report, keeping every identity of its tables: applications move between
 * the natural-person and company columns, carried-over equals last year's carried-forward, and
 * 现行有效 follows issued − repealed from year to year. Defects break one thing each.
 */
function figures(spec: ReportSpec): Map<string, number> {
  const { base, body, year } = spec;
  const out = new Map<string, number>();
  const applications = tableOf(base.report, 'applications');
  if (!applications) return out;
  const cells = cellsByKey(applications);
  const value = (key: string) => out.get(key) ?? cells.get(key)?.value ?? 0;
  const add = (key: string, delta: number) => {
    if (cells.has(key)) out.set(key, value(key) + delta);
  };
  const carry = Math.floor(random(body, 1)() * 4);
  const moved = Math.min(2, value('granted:natural'), value('received:natural'), Math.floor(random(body, year, 2)() * 3));
  for (const row of ['received', 'granted', 'processedTotal']) {
    add(`${row}:natural`, -moved);
    add(`${row}:commercial`, moved);
  }
  for (const row of ['carriedOver', 'carriedForward']) for (const column of ['natural', 'total']) add(`${row}:${column}`, carry);
  if (spec.defects?.includes('carry')) for (const [key, delta] of [['carriedOver:natural', 1], ['carriedOver:total', 1], ['received:natural', -1], ['received:total', -1]] as const) add(key, delta);
  if (spec.defects?.includes('balance')) add('received:natural', 1);
  const proactive = tableOf(base.report, 'proactive');
  if (proactive) {
    const docs = cellsByKey(proactive);
    for (const [kind, start] of [['rules', 3], ['normativeDocs', 30]] as const) {
      let inForce = Math.floor(random(body, 3, start)() * start);
      for (const y of yearsOf(base).filter((y) => y <= year)) {
        const next = random(body, y, start);
        const issued = Math.floor(next() * 4);
        const repealed = inForce > 0 && next() < 0.3 ? 1 : 0;
        inForce += issued - repealed;
        if (y === year) {
          for (const [column, n] of [['issued', issued], ['repealed', repealed], ['inForce', inForce]] as const) if (docs.has(`${kind}:${column}`)) out.set(`${kind}:${column}`, n);
        }
      }
    }
    if (spec.defects?.includes('inForce') && docs.has('normativeDocs:inForce')) out.set('normativeDocs:inForce', out.get('normativeDocs:inForce')! + 2);
  }
  return out;
}

function cellAt(report: Report, key: string): Cell {
  for (const table of tablesOf(report)) for (const cell of table.children) if (cell.key === key) return cell;
  throw new Error(`no cell ${key}`);
}

/** The report in its format: figures changed in place, body and years replaced, its own prose after 一、. */
export function renderReport(spec: ReportSpec): string {
  const { base } = spec;
  const changed = figures(spec);
  let text = base.text;
  const edits = [...changed].map(([key, value]) => ({ cell: cellAt(base.report, key), value })).sort((a, b) => b.cell.position!.start.offset! - a.cell.position!.start.offset!);
  for (const { cell, value } of edits) {
    const { start, end } = cell.position!;
    if (text.slice(start.offset, end.offset) !== cell.raw) throw new Error(`${base.file}: cell ${cell.key} is not where the model says`);
    text = text.slice(0, start.offset) + String(value) + text.slice(end.offset);
  }
  const name = bodyName(base, spec.body);
  const shift = spec.year - base.year;
  const vary = (line: string) =>
    line.split(base.name).join(name).replace(/(?<![\d〔［[(（])((?:19|20)\d\d)(?=\s*年|-\d{1,2}-\d{1,2})/g, (year) => String(Number(year) + shift));
  const lines = text.split('\n');
  const regions = tablesOf(base.report).map((table) => ({ table, from: table.position!.start.line - 1, to: table.position!.end.line }));
  const parts: Part[] = [];
  for (let i = 0; i < lines.length; ) {
    const region = regions.find((r) => r.from === i);
    if (region) {
      const cells = cellsByKey(region.table);
      const value = (key: string) => (changed.has(key) ? String(changed.get(key)) : cells.get(key)?.raw ?? '');
      parts.push({ kind: 'table', lines: lines.slice(region.from, region.to).map(vary), table: region.table, value });
      i = region.to;
    } else {
      parts.push({ kind: 'line', text: vary(lines[i]!) });
      i++;
    }
  }
  const heading = parts.findIndex((part) => part.kind === 'line' && /^\s*一、/.test(part.text));
  parts.splice(heading + 1, 0, { kind: 'line', text: ownProse(spec.proseFrom ?? spec, name, spec.year) });
  return spec.format === 'md' ? toMarkdown(parts) : spec.format === 'html' ? toHtml(parts) : toText(parts);
}
