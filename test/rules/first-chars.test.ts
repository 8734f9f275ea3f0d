import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstChars, quickTester } from '../../rules/lib/first-chars.js';
import { PLACEHOLDER_MARK } from '../../rules/content/lib/placeholders.js';

const chars = (set: Set<number> | undefined) => (set ? String.fromCharCode(...[...set].sort((a, b) => a - b)) : undefined);

describe('firstChars', () => {
  it('reads the characters a match can start with', () => {
    expect(chars(firstChars('(?:市|县|街道)'))).toBe([...'县市街'].sort().join(''));
    expect(chars(firstChars('某?[XＸ]{1,3}(?:年|月)'))).toBe([...'XＸ某'].sort().join(''));
    expect(chars(firstChars('(?<![不])(?:予以)?公开'))).toBe([...'予公'].sort().join(''));
    expect(chars(firstChars('[0-3]\\d'))).toBe('0123');
    expect(chars(firstChars('\\u3000*〕'))).toBe('\u3000〕');
    expect(chars(firstChars('^(?:共计|合计)$'))).toBe([...'共合'].sort().join(''));
  });

  it('gives up where a match may start anywhere or be empty', () => {
    for (const source of ['\\s*年', '.年', '[^，]年', '(?:年)?', '^\\s*$', 'a|', '[一-龥]', '(?<name>年)']) expect(firstChars(source), source).toBeUndefined();
  });
});

describe('quickTester', () => {
  const patterns = [
    PLACEHOLDER_MARK,
    /(?:市|县|区|旗|街道|镇|乡)(?:人民政府|政府)?(?=认真|坚持|共(?:收到|公开))/,
    /(?<![不部]|部分)(?:予以公开|同意公开)(?:答复)?/,
    /^(?:收到|受理)申请$/,
    /X{2,}|〔\s*〕/,
  ];
  const alphabet = [...new Set(patterns.flatMap((pattern) => [...pattern.source.replace(/[\\()[\]{}?*+|^$:!<=]/g, '')]))];
  alphabet.push(' ', '，', '。');

  it('answers as the pattern does on any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), fc.constantFrom(...patterns), (letters, pattern) => {
        const text = letters.join('');
        expect(quickTester(pattern)(text)).toBe(pattern.test(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a match past characters that may start one but do not', () => {
    const placeholder = quickTester(PLACEHOLDER_MARK);
    expect(placeholder('实施了名单制度，全年公开信息12条')).toBe(false);
    expect(placeholder('实施了名单制度，全年公开信息XX条')).toBe(true);
    expect(placeholder('请简要说明本年度工作')).toBe(true);
  });
});
