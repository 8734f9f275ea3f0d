import type { Settings } from '../../../src/engine/rule.js';
import { unitWords } from '../../../src/knowledge/data/units.js';
import type { Report } from '../../../src/model/types.js';

export type BodyType = NonNullable<Settings['bodyType']>;

const TOWNSHIP = new RegExp(`(?:${unitWords((unit) => unit.level === 'township')})(?:人民政府|办事处)?$`);
const GOVERNMENT = new RegExp(`(?:${unitWords((unit) => unit.level === 'government')})人民政府$`);

/** 镇/乡/街道 → township; a government of a 县/区/市/州/盟/旗/省 → government; anything else (局、委、办) → department. */
export function bodyTypeOf(report: Report, settings: Settings): BodyType {
  if (settings.bodyType) return settings.bodyType;
  const body = report.facts.body?.value ?? '';
  if (TOWNSHIP.test(body)) return 'township';
  if (GOVERNMENT.test(body)) return 'government';
  return 'department';
}

export const BODY_TYPE_NAMES: Record<BodyType, { zh: string; en: string }> = {
  township: { zh: '乡镇（街道）', en: 'township' },
  government: { zh: '县级以上人民政府', en: 'county-level-or-above government' },
  department: { zh: '政府部门', en: 'government department' },
};
