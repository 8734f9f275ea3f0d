import type { Position } from 'unist';
import { locate } from '../model/block.js';
import { foldedParagraphs } from '../model/letters.js';
import { locatorOf } from '../model/source.js';
import { isLetter } from '../knowledge/normalize.js';
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

/** What ends a sentence (kept with it), and the line breaks that part sentences without ending one. */
const isTerminator = (code: number) => code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x21 || code === 0x3f || code === 0xff1b || code === 0x3b;
const LINE_BREAK = 0x0a;
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
  return hashed(text, 0, text.length);
}

/** The hash and weight of `letters[from, to)`, runs of digits masked (no names in it to mask). */
function hashed(letters: string, from: number, to: number): { hash: number; weight: number } {
  const hash = new Hash53();
  let weight = 0;
  for (let i = from; i < to; i++) {
    const code = letters.charCodeAt(i);
    if (isDigit(code)) {
      if (i === from || !isDigit(letters.charCodeAt(i - 1))) hash.add(NUMBER_MASK);
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
    // Names are masked in the few paragraphs that have one; the others' sentences are hashed where they stand.
    const named = names.some((name) => letters.includes(name));
    // Sentences: a run of anything but terminators and line breaks, with the terminator that ends it. One pass
    // over the text, counting where each sentence's letters start and end in the paragraph's letters.
    let lettersAt = 0;
    for (let i = 0; i < text.length; ) {
      let code = text.charCodeAt(i);
      if (isTerminator(code) || code === LINE_BREAK) {
        if (isLetter(code)) lettersAt++;
        i++;
        continue;
      }
      const from = i;
      const first = lettersAt;
      for (; i < text.length && !isTerminator((code = text.charCodeAt(i))) && code !== LINE_BREAK; i++) if (isLetter(code)) lettersAt++;
      if (i < text.length && isTerminator(code)) {
        if (isLetter(code)) lettersAt++;
        i++;
      }
      const { hash, weight } = named ? maskedSentence(letters.slice(first, lettersAt), names) : hashed(letters, first, lettersAt);
      if (weight < MIN_CHARS) continue;
      hashes.push(hash);
      weights.push(weight);
      places.push(...placeNumbers(locate(paragraph, locator, from, i)));
    }
  }
  return { hashes: Float64Array.from(hashes), weights: Uint32Array.from(weights), places: Uint32Array.from(places) };
}

/** Position of sentence `index` of a fingerprint. */
export function sentencePosition(fingerprint: ProseFingerprint, index: number): Position {
  return placeAt(fingerprint.places, index * PLACE_NUMBERS);
}
