import type { Position } from 'unist';
import { locate } from '../model/block.js';
import { foldedParagraphs } from '../model/letters.js';
import { locatorOf } from '../model/source.js';
import { lettersIn } from '../knowledge/normalize.js';
import type { Report } from '../model/types.js';
import { placeAt, placeNumbers, PLACE_NUMBERS } from './places.js';

/**
 * The prose of a report as hashed sentences, small enough to keep for every report of a run:
 * sentence i has hash `hashes[i]`, weight (characters) `weights[i]` and its place in the file at
 * `places[4i..4i+3]` (start line, start column, end line, end column).
 */
export interface ProseFingerprint {
  hashes: Float64Array;
  weights: Uint32Array;
  places: Uint32Array;
}

const SENTENCE = /[^。！？!?；;\n]+[。！？!?；;]?/g;
/** Shorter sentences ("特此报告。") say too little to show copying. */
const MIN_CHARS = 10;

/**
 * 53-bit string hash (cyrb53): few enough collisions for millions of sentences, no crypto needed.
 * Fed one UTF-16 unit at a time, so a masked sentence is hashed without being built.
 */
class Hash53 {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  add(code: number): void {
    this.h1 = Math.imul(this.h1 ^ code, 2654435761);
    this.h2 = Math.imul(this.h2 ^ code, 1597334677);
  }

  value(): number {
    let { h1, h2 } = this;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
}

const NAME_MASK = '□'.charCodeAt(0);
const NUMBER_MASK = '#'.charCodeAt(0);
const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Copying survives edits of figures, names and punctuation: the sentence comes with spaces and
 * punctuation dropped (its `letters`, so half- and full-width commas agree without a costly NFKC),
 * and the body's own names and every run of digits are masked (□, #) before hashing, so
 * "2022年，长乐镇共…" copied as "2023年,青石镇共…" still matches. The weight is what is left
 * unmasked: the characters that show copying.
 */
function maskedSentence(letters: string, ownNames: string[]): { hash: number; weight: number } {
  let text = letters;
  for (const name of ownNames) if (text.includes(name)) text = text.split(name).join('□');
  const hash = new Hash53();
  let weight = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      if (!isDigit(text.charCodeAt(i - 1))) hash.add(NUMBER_MASK);
      continue;
    }
    hash.add(code);
    if (code !== NAME_MASK && code !== NUMBER_MASK) weight++;
  }
  return { hash: hash.value(), weight };
}

export function fingerprintProse(report: Report, ownNames: string[]): ProseFingerprint {
  const names = [...new Set(ownNames.map((name) => name.normalize('NFKC').replace(/\s+/g, '')).filter((name) => name.length >= 2))].sort((a, b) => b.length - a.length);
  const locator = locatorOf(report);
  const hashes: number[] = [];
  const weights: number[] = [];
  const places: number[] = [];
  for (const { paragraph, letters } of foldedParagraphs(report)) {
    const { text } = paragraph;
    // A sentence's letters are a slice of its paragraph's: where it ends in them is counted as the sentences go.
    let scanned = 0;
    let lettersBefore = 0;
    // exec over the one global pattern: matchAll would clone it for every paragraph.
    SENTENCE.lastIndex = 0;
    for (let match = SENTENCE.exec(text); match; match = SENTENCE.exec(text)) {
      const from = match.index;
      const to = from + match[0].length;
      const first = lettersBefore + lettersIn(text, scanned, from);
      lettersBefore = first + lettersIn(text, from, to);
      scanned = to;
      const { hash, weight } = maskedSentence(letters.slice(first, lettersBefore), names);
      if (weight < MIN_CHARS) continue;
      hashes.push(hash);
      weights.push(weight);
      places.push(...placeNumbers(locate(paragraph, locator, from, to)));
    }
  }
  return { hashes: Float64Array.from(hashes), weights: Uint32Array.from(weights), places: Uint32Array.from(places) };
}

/** Position of sentence `index` of a fingerprint. */
export function sentencePosition(fingerprint: ProseFingerprint, index: number): Position {
  return placeAt(fingerprint.places, index * PLACE_NUMBERS);
}
