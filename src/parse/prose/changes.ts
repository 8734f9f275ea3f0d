import type { Position } from 'unist';
import type { Knowledge } from '../../knowledge/index.js';
import { Memo } from '../../model/memo.js';
import type { ChangeKind } from '../../model/claim.js';
import type { Report } from '../../model/types.js';
import { positionIn } from '../../model/prose.js';
import { proseOf, type Claim } from './claims.js';
import { DIGITS, NUMBER, NUMERALS, parseNumber } from './numbers.js';

/** A change against last year stated right after a claim's figure: "收到申请120件，同比增长20%". */
export interface StatedChange {
  claim: Claim;
  kind: ChangeKind;
  /** 1 a rise, −1 a fall, 0 持平 and a ratio. */
  direction: -1 | 0 | 1;
  /** 20 for 增长20%, 3 for 减少3件, 2 for 2倍, 0 for 持平. */
  value: number;
  /** Digits written after the decimal point (12.5% → 1): how far the figure was rounded. */
  decimals: number;
  /** The phrase as written: "同比增长20%". */
  text: string;
  position: Position;
}

/** The change patterns, compiled once per knowledge (its change vocabulary). */
const changePatterns = new Memo(({ changes }: Knowledge) => {
  const { subjects, bases, up, down, same, ratioBases, countUnits, inexact } = changes;
  return {
    /**
     * From the end of a claim's figure: its noun (no figure, no clause break: 件政府信息公开申请), at most one
     * comma with a subject (，申请量), then the base and the change. A change written before the figure
     * (同比增长20%，达120件) is not read.
     */
    CHANGE: new RegExp(
      `[^${DIGITS}，,。；;！？!?\\n]{0,20}?(?:[，,]\\s*(?:${subjects}))?\\s*` +
        `(?<phrase>(?<base>${bases.join('|')})\\s*(?:[，,]\\s*)?(?:(?<verb>${up}|${down})\\s*(?:了)?\\s*(?<percentWord>百分之)?(?<amount>${NUMBER})(?![点.．${DIGITS}${NUMERALS}])\\s*(?<unit>%|％|${countUnits})?|(?<same>${same}))` +
        `|(?:${ratioBases.join('|')})\\s*(?<ratio>${NUMBER})\\s*倍)`,
      'y',
    ),
    UP: new RegExp(`^(?:${up})$`),
    INEXACT: new RegExp(`^\\s*(?:${inexact})`),
    ANY_BASE: new RegExp([...bases, ...ratioBases].join('|')),
  };
});
const YEAR = /(?:19|20)\d{2}/;

const decimalsOf = (number: string) => number.normalize('NFKC').split('.')[1]?.length ?? 0;

/**
 * The changes against last year the prose states after its claims. A base naming a year other than
 * the report's year − 1 (比2020年减少3件 in a 2023 report) is no change against last year; a vague
 * amount (增加10余件, 增长约20%), a change of a rate (5个百分点) and a Chinese decimal (百分之十二点五) are not read.
 */
export function changesOf(report: Report, knowledge: Knowledge): StatedChange[] {
  const { CHANGE, UP, INEXACT, ANY_BASE } = changePatterns.get(knowledge);
  const year = report.facts.year?.value;
  return proseOf(report, knowledge).flatMap(({ paragraph, claims }) => {
    const { text } = paragraph;
    if (claims.length === 0 || !ANY_BASE.test(text)) return [];
    return claims.flatMap((claim): StatedChange[] => {
      CHANGE.lastIndex = claim.figure.end;
      const match = CHANGE.exec(text);
      const groups = match?.groups;
      if (!match || !groups || INEXACT.test(text.slice(CHANGE.lastIndex))) return [];
      const named = YEAR.exec(groups.base ?? groups.phrase!);
      if (named && (year === undefined || Number(named[0]) !== year - 1)) return [];
      const from = CHANGE.lastIndex - groups.phrase!.length;
      const placed = { claim, text: groups.phrase!, position: positionIn(report, paragraph, from, CHANGE.lastIndex) };
      if (groups.same) return [{ ...placed, kind: 'same', direction: 0, value: 0, decimals: 0 }];
      const number = groups.ratio ?? groups.amount!;
      const value = parseNumber(number);
      if (!Number.isFinite(value)) return [];
      if (groups.ratio) return [{ ...placed, kind: 'times', direction: 0, value, decimals: decimalsOf(number) }];
      const percent = Boolean(groups.percentWord) || groups.unit === '%' || groups.unit === '％';
      // 百分之 goes with no unit after the number; any other amount needs one.
      if (Boolean(groups.percentWord) === Boolean(groups.unit)) return [];
      return [{ ...placed, kind: percent ? 'percent' : 'absolute', direction: UP.test(groups.verb!) ? 1 : -1, value, decimals: decimalsOf(number) }];
    });
  });
}
