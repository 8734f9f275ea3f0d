import { describe, expect, it } from 'vitest';
import { isLetter, lettersOnly, parseCellNumber } from '../../src/knowledge/normalize.js';

describe('lettersOnly', () => {
  it('drops spaces, punctuation and symbols of every width, folds full-width letters and digits', () => {
    expect(lettersOnly('2023年，长乐镇共收到申请４件（全部为自然人）。')).toBe('2023年长乐镇共收到申请4件全部为自然人');
    expect(lettersOnly('“政府信息”——《条例》第五十条； ABＣ\u3000…□×')).toBe('政府信息条例第五十条ABC');
  });

  it('makes half- and full-width copies of a sentence equal', () => {
    expect(lettersOnly('本年度没有需要收费的信息公开申请件,故没有发出收费通知。')).toBe(lettersOnly('本年度没有需要收费的信息公开申请件，故没有发出收费通知．'));
  });

  it('keeps each character on its own, so the letters of any part of a text are a slice of the letters of the whole', () => {
    const text = '一、2023年，长乐镇共收到申请４件。无。ＡＢ c';
    const letters = lettersOnly(text);
    const count = (from: number, to: number) => [...text.slice(from, to)].filter((char) => isLetter(char.charCodeAt(0))).length;
    for (let from = 0; from <= text.length; from++) {
      for (let to = from; to <= text.length; to++) {
        const before = count(0, from);
        expect(letters.slice(before, before + count(from, to))).toBe(lettersOnly(text.slice(from, to)));
      }
    }
  });
});

describe('parseCellNumber reads a cell as written', () => {
  it.each([
    ['0', 0], ['１２', 12], ['1,234', 1234], ['１，２３４', 1234], ['316441万元', 316441], ['251000元', 251000], ['3.5', 3.5],
    ['-3', -3], ['－3', -3], ['4*', 4], ['4①', 4], ['4¹', 4], ['12（注1）', 12], [' 7 ', 7],
  ])('%s is the number %d', (raw, value) => {
    expect(parseCellNumber(raw)).toEqual({ kind: 'number', value });
  });

  it.each(['', ' ', '\u00a0', '—', '－', '-', '/', '／', '无', '——'])('%j is blank, not 0', (raw) => {
    expect(parseCellNumber(raw)).toEqual({ kind: 'blank' });
  });

  it.each(['自然人', '4件以上', '约5', '①', '0 0 15', '5 —'])('%s is text', (raw) => {
    expect(parseCellNumber(raw).kind).toBe('text');
  });
});
