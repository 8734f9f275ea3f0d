import type { Settings } from '../../../src/engine/rule.js';
import { unitWords, type Knowledge } from '../../../src/engine/rule-api.js';
import { Memo } from '../../../src/model/memo.js';
import type { Report } from '../../../src/model/types.js';

export type BodyType = NonNullable<Settings['bodyType']>;

/** Names of a township's and of a government's body, compiled once per knowledge. */
const namesOf = new Memo(({ units }: Knowledge) => ({
  TOWNSHIP: new RegExp(`(?:${unitWords(units, (unit) => unit.level === 'township')})(?:人民政府|办事处)?$`),
  GOVERNMENT: new RegExp(`(?:${unitWords(units, (unit) => unit.level === 'government')})人民政府$`),
}));

/** 镇/乡/街道 → township; a government of a 县/区/市/州/盟/旗/省 → government; anything else (局、委、办) → department. */
export function bodyTypeOf(report: Report, settings: Settings, knowledge: Knowledge): BodyType {
  if (settings.bodyType) return settings.bodyType;
  const body = report.facts.body?.value ?? '';
  const { TOWNSHIP, GOVERNMENT } = namesOf.get(knowledge);
  if (TOWNSHIP.test(body)) return 'township';
  if (GOVERNMENT.test(body)) return 'government';
  return 'department';
}

export const BODY_TYPE_NAMES: Record<BodyType, { zh: string; en: string }> = {
  township: { zh: '乡镇（街道）', en: 'township' },
  government: { zh: '县级以上人民政府', en: 'county-level-or-above government' },
  department: { zh: '政府部门', en: 'government department' },
};
