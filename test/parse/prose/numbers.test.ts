import { describe, expect, it } from 'vitest';
import { findFigures, parseNumber } from '../../../src/parse/prose/numbers.js';

describe('parseNumber', () => {
  it.each([
    ['五', 5],
    ['十二', 12],
    ['两', 2],
    ['二十三', 23],
    ['一百零五', 105],
    ['３', 3],
    ['１２', 12],
    ['12,608', 12608],
    ['3.5万', 35000],
    ['三万五千', 35000],
    ['1.2亿', 120000000],
  ])('%s → %d', (text, value) => expect(parseNumber(text)).toBe(value));

  it('is NaN for what is not a number', () => expect(parseNumber('若干')).toBeNaN());
});

describe('findFigures', () => {
  const one = (text: string) => {
    const figures = findFigures(text);
    expect(figures).toHaveLength(1);
    return figures[0]!;
  };

  it('reads thousands grouped by a space, and 起 as a unit (行政复议1起)', () => {
    expect(one('共受理申请 1 208 件')).toMatchObject({ value: 1208, unit: '件' });
    expect(one('行政复议1起')).toMatchObject({ value: 1, unit: '起' });
    // A space before three digits that end in a unit groups them; a year before a figure does not.
    expect(findFigures('2023年 128件').map((f) => f.value)).toEqual([128]);
  });

  it('reads value and unit, longest unit first', () => {
    expect(one('予以公开4件')).toMatchObject({ value: 4, unit: '件', approximate: false });
    expect(one('接受培训人员数 36 人次')).toMatchObject({ value: 36, unit: '人次' });
    expect(one('收费3.5万元')).toMatchObject({ value: 3.5, unit: '万元' });
    expect(one('发布两万条')).toMatchObject({ value: 20000, unit: '条' });
    expect(one('办结率１００％')).toMatchObject({ value: 100, unit: '%' });
  });

  it('places the figure in the text (number and unit)', () => {
    const text = '全年累计主动公开政府信息 135 条。';
    const figure = one(text);
    expect(text.slice(figure.start, figure.end)).toBe('135 条');
  });

  it.each(['约300条', '300余条', '300多条', '近百条', '上千件', '300条左右', '300条以上', '超过300条', '3-5件'])('%s is approximate', (text) => {
    expect(one(text).approximate).toBe(true);
  });

  it('网站上248条 is exact (上 marks only a Chinese numeral)', () => expect(one('网站上248条').approximate).toBe(false));
  it('reads a bare zero stated as what something is (均为0, 为零) at the end of its clause, and no other bare number', () => {
    expect(findFigures('行政复议、行政诉讼数量均为0。传真申请为零，收到申请5件').map((f) => [f.value, f.unit, f.start])).toEqual([
      [0, '', 13],
      [0, '', 20],
      [5, '件', 26],
    ]);
    expect(findFigures('数量为0件以内，编号为0，为02号，共0。')).toEqual([expect.objectContaining({ value: 0, unit: '件' }), expect.objectContaining({ value: 0, unit: '' })]);
  });

  it.each(['2021年12月31日', '〔2018〕2号', '电话：0955-4719171', '第三次会议', '浙ICP备11041973号-1', '一是加强领导'])('%s has no figure', (text) => {
    expect(findFigures(text)).toEqual([]);
  });
});
