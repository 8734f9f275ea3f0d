import type { Position } from 'unist';
import { locate } from '../model/block.js';
import { paragraphsOf } from '../model/query.js';
import { locatorOf } from '../model/source.js';
import { lettersOnly } from '../knowledge/normalize.js';
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
 * Copying survives edits of figures, names and punctuation: spaces and punctuation are dropped
 * (so half- and full-width commas agree without a costly NFKC), and the body's own names and every
 * run of digits masked (□, #) before hashing, so "2022年，长乐镇共…" copied as "2023年,青石镇共…"
 * still matches. The weight is what is left unmasked: the characters that show copying.
 */
function maskedSentence(sentence: string, ownNames: string[]): { hash: number; weight: number } {
  let text = lettersOnly(sentence);
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
  for (const paragraph of paragraphsOf(report.children)) {
    for (const match of paragraph.text.matchAll(SENTENCE)) {
      const { hash, weight } = maskedSentence(match[0], names);
      if (weight < MIN_CHARS) continue;
      hashes.push(hash);
      weights.push(weight);
      places.push(...placeNumbers(locate(paragraph, locator, match.index!, match.index! + match[0].length)));
    }
  }
  return { hashes: Float64Array.from(hashes), weights: Uint32Array.from(weights), places: Uint32Array.from(places) };
}

/** Position of sentence `index` of a fingerprint. */
export function sentencePosition(fingerprint: ProseFingerprint, index: number): Position {
  return placeAt(fingerprint.places, index * PLACE_NUMBERS);
}
