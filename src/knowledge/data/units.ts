/**
 * The administrative units a reporting body can head, by the level that decides its publication
 * deadline (镇、乡、街道: township; 县 and above: government). `ambiguous`: the word also ends names
 * that are no unit of their own (广州、苏州; 盟 likewise), so prose is not searched for it; `nested`:
 * the unit stands inside a longer body name (海原县西安镇人民政府), which is split at it.
 */
export interface AdministrativeUnit {
  word: string;
  level: 'government' | 'township';
  ambiguous: boolean;
  nested: boolean;
}

export const ADMINISTRATIVE_UNITS: readonly AdministrativeUnit[] = [
  { word: '省', level: 'government', ambiguous: false, nested: false },
  { word: '市', level: 'government', ambiguous: false, nested: true },
  { word: '州', level: 'government', ambiguous: true, nested: false },
  { word: '盟', level: 'government', ambiguous: true, nested: false },
  { word: '县', level: 'government', ambiguous: false, nested: true },
  { word: '区', level: 'government', ambiguous: false, nested: true },
  { word: '旗', level: 'government', ambiguous: false, nested: true },
  { word: '街道', level: 'township', ambiguous: false, nested: true },
  { word: '镇', level: 'township', ambiguous: false, nested: true },
  { word: '乡', level: 'township', ambiguous: false, nested: true },
];

/** The words of the units that pass `keep`, as a regex alternation without a group (`街道|镇|乡`). */
export function unitWords(units: readonly AdministrativeUnit[], keep: (unit: AdministrativeUnit) => boolean): string {
  return units.filter(keep)
    .map((unit) => unit.word)
    .join('|');
}
