import { claimVocabulary } from '../../../src/knowledge/claims.js';
import type { Report } from '../../../src/model/types.js';

/**
 * Whose figure it is: the report's own body (`own`), a wider region than the body governs (`region`:
 * 全县 in a county bureau's report), a part of the body (`part`: 其中县政府办公室…), or another body
 * (`other`: 县司法局受理…). Only `own` figures are compared with the tables.
 */
export type ClaimScope = 'own' | 'region' | 'part' | 'other';

const GOVERNMENT = /(省|自治区|市|州|盟|县|区|旗|镇|乡)(?:(?:人民)?政府)?$/;
const STREET = /街道(?:办事处)?$|办事处$/;

/**
 * The region the report's body governs, from what the model knows of the body: 县 for 大姚县人民政府,
 * 街道 for a 街道办事处; null for a department or an office (it governs no region); undefined when the
 * body is unknown. The one place the claims ask about the body, so a richer body model can answer here.
 */
export function governedRegion(report: Report): string | null | undefined {
  const body = report.facts.body?.value;
  if (!body) return undefined;
  const name = body.replace(/\s+/g, '');
  if (STREET.test(name)) return '街道';
  return GOVERNMENT.exec(name)?.[1] ?? null;
}

const { scope } = claimVocabulary;
const REGION = new RegExp(scope.region, 'g');
const SELF = new RegExp(scope.self);
/** Verbs a named body does to applications, reviews and documents: the body is the subject of the figure. */
const ACTS = '(?:收到|受理|接到|接收|新收|新增|登记|办理|办结|答复|发生|被申请|被提起|被起诉|制发|印发|作出|予以|不予|部分公开|无法提供|共|全年|累计|本年度|年内)';
const NAMED = `([^，,。；;：:、\\s（）()“”]{2,14}?${scope.bodyEnding})`;
const PART = new RegExp(`${scope.partLead}[，,：:\\s]*${NAMED}`, 'g');
const SUBJECT = new RegExp(`(?:^|[，,。；;：:\\s])(?:20\\d{2}年(?:度)?[，,]?\\s*)?${NAMED}(?:全年|本年度|年内|依法|共计|共)*${ACTS}`, 'g');

/** 县政府办公室 in the report of 某县人民政府 or of 某县人民政府办公室 is the body itself; 本局、我办 always are. */
function isOwn(named: string, report: Report, region: string | null | undefined): boolean {
  if (SELF.test(named)) return true;
  const body = report.facts.body?.value.replace(/人民/g, '');
  if (!body) return true;
  const plain = named.replace(/人民/g, '');
  if (body.includes(plain) || plain.includes(body)) return true;
  const government = /^(省|市|州|县|区|旗|镇|乡)政府(?:办公室|办公厅|办)?$/.exec(plain);
  return Boolean(government && (government[1] === region || body.includes(`${government[1]}政府`)));
}

/** The scope of a figure from the words of its sentence before it (`head`). */
export function scopeOf(head: string, report: Report): ClaimScope {
  const region = governedRegion(report);
  const last = (re: RegExp) => [...head.matchAll(re)].at(-1)?.[1];
  const part = last(PART);
  // After 其中 any named unit is a part, even the office that writes the report for its government.
  if (part && !SELF.test(part)) return 'part';
  const subject = last(SUBJECT);
  if (subject && !isOwn(subject, report, region)) return 'other';
  const wider = last(REGION);
  if (wider && region !== undefined && wider !== region) return 'region';
  return 'own';
}
