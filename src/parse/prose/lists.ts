import { isCount, unitGroup, type Figure } from './numbers.js';
import { sentenceEnd } from '../../model/prose.js';

/** "共44条，其中A 2条、B 31条……": a total and the parts listed right after it. */
export interface List {
  total: Figure;
  parts: Figure[];
  /** 分别为 / 分别是 / 包括 / ，即: the parts are all of the total. 其中 may leave some out. */
  exhaustive: boolean;
  /** Shares stated with a part: "“公告公示”信息 135 条，占总体百分比为 100%". */
  shares: Array<{ part: Figure; share: Figure }>;
}

const TRIGGER = /其中|分别为|分别是|包括|[，,：:]即/g;
/** Only punctuation may separate the total from the trigger: "44条，其中", "135 条。其中：". */
const ADJACENT = /^[\s，,。：:；;]*$/;
const SHARE = /^[\s，,]*占(?:比)?[^，,；;。]{0,12}$/;

/**
 * The lists of a paragraph. The parts run to the end of the sentence, a new trigger, or the
 * first figure counting something else (a 次 after a list of 条); percentages are not parts.
 */
export function listsOf(text: string, figures: Figure[]): List[] {
  // Every list starts with a figure: most paragraphs have none, and need no search for triggers.
  if (figures.length === 0) return [];
  const triggers = [...text.matchAll(TRIGGER)];
  // Figures and triggers both run in text order: one pass over the figures serves every trigger
  // (a search over all figures per trigger grew with the square of a long line of lists).
  let next = 0;
  return triggers.flatMap((trigger, i) => {
    const at = trigger.index;
    while (next < figures.length && figures[next]!.end <= at) next++;
    const total = figures[next - 1];
    if (!total || !isCount(total) || !ADJACENT.test(text.slice(total.end, at))) return [];
    const after = at + trigger[0].length;
    const end = Math.min(sentenceEnd(text, after), triggers[i + 1]?.index ?? text.length);
    const parts: Figure[] = [];
    const shares: List['shares'] = [];
    for (let j = next; j < figures.length && figures[j]!.end <= end; j++) {
      const figure = figures[j]!;
      if (figure.from < after) continue;
      if (figure.unit === '%') {
        const part = parts.at(-1);
        if (part && SHARE.test(text.slice(part.end, figure.from))) shares.push({ part, share: figure });
        continue;
      }
      if (unitGroup(figure.unit) !== unitGroup(total.unit)) break;
      parts.push(figure);
    }
    return parts.length ? [{ total, parts, exhaustive: trigger[0] !== '其中', shares }] : [];
  });
}
