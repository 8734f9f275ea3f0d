import { unitWords, type Knowledge } from '../../../src/engine/rule-api.js';
import { Memo } from '../../../src/model/memo.js';

/** Administrative units a body can be: the last one of its name is the body itself. Compiled once per knowledge. */
const unitPattern = new Memo(({ units }: Knowledge) => new RegExp(`.+?(?:${unitWords(units, (unit) => unit.nested)})`, 'g'));

/** "海原县西安镇人民政府" → ["海原县", "西安镇"]: the units of a name, outermost first. */
export function unitsOf(name: string, knowledge: Knowledge): string[] {
  return name.replace(/(人民政府|政府|办事处|党政综合办|人民政府办公室)$/, '').match(unitPattern.get(knowledge)) ?? [];
}

/** 镇 → 镇, 西安镇 → 镇, 街道 → 街道: the level of a unit. */
export function levelOf(unit: string): string {
  return unit.endsWith('街道') ? '街道' : unit.slice(-1);
}

/** Words that end like a unit but name no particular one (各乡镇, 全县, 城区 …). */
export const GENERIC_UNIT = /^(?:[各全本我该其所每两]|乡镇$|城镇$|村镇$|城区$|市区$|县区$|县市$|市县$|省市$|县乡$|乡$|镇$|县$|区$|市$)/;
