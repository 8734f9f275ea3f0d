/**
 * A faster `pattern.test(text)` for gates: patterns asked of every paragraph whose matches can only start at a
 * few characters (某, 【, 市 …). V8 tries an alternation of many words at every position of the text; here a
 * table of the characters a match can start with is looked up instead, and the pattern is tried (sticky) only
 * where one stands. The characters are read from the pattern itself, so they cannot drift from it; a pattern
 * whose start this cannot read (\s, ., negated classes, a part that may match nothing, flags other than u) is
 * tested as it is.
 */
export function quickTester(pattern: RegExp): (text: string) => boolean {
  const starts = pattern.flags.replace(/[gyu]/g, '') === '' ? firstChars(pattern.source) : undefined;
  if (!starts) return (text) => pattern.test(text);
  const table = new Uint8Array(0x10000);
  for (const code of starts) table[code] = 1;
  const sticky = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'y');
  return (text) => {
    for (let i = 0; i < text.length; i++) {
      if (table[text.charCodeAt(i)] === 0) continue;
      sticky.lastIndex = i;
      if (sticky.test(text)) return true;
    }
    return false;
  };
}

/** The UTF-16 units a match of `source` can start with; undefined when the pattern is not read or may match empty. */
export function firstChars(source: string): Set<number> | undefined {
  const reader = new Reader(source);
  const first = reader.alternatives();
  return first && reader.at === source.length && !first.nullable ? first.chars : undefined;
}

interface First {
  chars: Set<number>;
  /** The part may match nothing: what follows it may start the match too. */
  nullable: boolean;
}

const ZERO_WIDTH: First = { chars: new Set(), nullable: true };
const DIGITS = [...'0123456789'].map((c) => c.charCodeAt(0));
/** Largest range of a class read character by character ([一-龥] is not). */
const MAX_RANGE = 512;

class Reader {
  at = 0;
  constructor(private readonly source: string) {}

  /** a|b|c up to the end or a closing bracket. */
  alternatives(): First | undefined {
    const chars = new Set<number>();
    let nullable = false;
    for (;;) {
      const branch = this.sequence();
      if (!branch) return undefined;
      for (const code of branch.chars) chars.add(code);
      nullable ||= branch.nullable;
      if (this.source[this.at] !== '|') return { chars, nullable };
      this.at++;
    }
  }

  /** Atoms in a row: their first characters until one that cannot match empty. */
  private sequence(): First | undefined {
    const chars = new Set<number>();
    let nullable = true;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      if (!atom) return undefined;
      const optional = this.quantifier();
      if (optional === undefined) return undefined;
      if (nullable) for (const code of atom.chars) chars.add(code);
      nullable &&= atom.nullable || optional;
    }
    return { chars, nullable };
  }

  private atom(): First | undefined {
    const char = this.source[this.at++]!;
    // Anchors and lookarounds match no character: the match starts at what follows them.
    if (char === '^' || char === '$') return ZERO_WIDTH;
    if (char === '(' && /^\?<?[=!]/.test(this.source.slice(this.at, this.at + 3))) return this.skipGroup() ? ZERO_WIDTH : undefined;
    if (char === '(') {
      if (this.source[this.at] === '?') {
        if (this.source[this.at + 1] !== ':') return undefined;
        this.at += 2;
      }
      const inner = this.alternatives();
      if (!inner || this.source[this.at] !== ')') return undefined;
      this.at++;
      return inner;
    }
    if (char === '[') return this.charClass();
    if (char === '\\') {
      if (this.source[this.at] === 'b' || this.source[this.at] === 'B') {
        this.at++;
        return ZERO_WIDTH;
      }
      const code = this.escape();
      return code === undefined ? undefined : { chars: new Set(code), nullable: false };
    }
    if ('.*+?{}]'.includes(char)) return undefined;
    return { chars: new Set([char.charCodeAt(0)]), nullable: false };
  }

  /** After a backslash: a literal, \d or \uXXXX; undefined for classes too wide to list (\s, \w, \D …). */
  private escape(): number[] | undefined {
    const char = this.source[this.at++];
    if (char === undefined) return undefined;
    if (char === 'd') return DIGITS;
    if (char === 'u') {
      const hex = this.source.slice(this.at, this.at + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
      this.at += 4;
      return [parseInt(hex, 16)];
    }
    if (/[A-Za-z0-9]/.test(char)) return undefined;
    return [char.charCodeAt(0)];
  }

  /** Past a group whose inside is not read (a lookaround): its brackets counted, escapes and classes passed over. */
  private skipGroup(): boolean {
    let depth = 1;
    while (this.at < this.source.length && depth > 0) {
      const char = this.source[this.at++];
      if (char === '\\') this.at++;
      else if (char === '[') {
        while (this.at < this.source.length && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
        this.at++;
      } else if (char === '(') depth++;
      else if (char === ')') depth--;
    }
    return depth === 0;
  }

  private charClass(): First | undefined {
    if (this.source[this.at] === '^') return undefined;
    const chars = new Set<number>();
    let previous: number | undefined;
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      if (this.source[this.at] === '-' && previous !== undefined && this.source[this.at + 1] !== ']') {
        this.at++;
        const end = this.classMember();
        if (end?.length !== 1 || end[0]! - previous > MAX_RANGE) return undefined;
        for (let code = previous; code <= end[0]!; code++) chars.add(code);
        previous = undefined;
        continue;
      }
      const member = this.classMember();
      if (!member) return undefined;
      for (const code of member) chars.add(code);
      previous = member.length === 1 ? member[0] : undefined;
    }
    if (this.source[this.at] !== ']') return undefined;
    this.at++;
    return { chars, nullable: false };
  }

  private classMember(): number[] | undefined {
    const char = this.source[this.at++]!;
    return char === '\\' ? this.escape() : [char.charCodeAt(0)];
  }

  /** Reads a quantifier if there is one: whether it lets the atom match nothing; undefined for one not read. */
  private quantifier(): boolean | undefined {
    const char = this.source[this.at];
    let optional = false;
    if (char === '?' || char === '*') optional = true;
    else if (char === '+') optional = false;
    else if (char === '{') {
      const bounds = /^\{(\d+)(?:,\d*)?\}/.exec(this.source.slice(this.at));
      if (!bounds) return undefined;
      this.at += bounds[0].length - 1;
      optional = Number(bounds[1]) === 0;
    } else return false;
    this.at++;
    if (this.source[this.at] === '?') this.at++;
    return optional;
  }
}
