import { describe, expect, it } from 'vitest';
import type { Glyphs } from '../../src/input/pdf/load.js';
import { linesOf } from '../../src/input/pdf/lines.js';
import { figureRows, labelColumns } from '../../src/input/pdf/unruled.js';

/** A run of 12-point text: ideographs a character wide, figures and ASCII half. */
const run = (text: string, x: number, y: number): Glyphs => ({ text, x, y, width: [...text].reduce((sum, char) => sum + (/[\x20-\x7e]/.test(char) ? 6 : 12), 0), size: 12 });
/** Figures at the column edges 200, 250, 300 (left-aligned cells), after the label runs. */
const figures = (y: number, values = ['3', '0', '3']) => values.map((value, i) => run(value, 200 + 50 * i, y));

const read = (glyphs: Glyphs[]) => figureRows(linesOf(glyphs).map((line) => ({ line, page: 1 }))).map(({ line }) => line.cells.map(([from, to]) => line.text.slice(from, to)));

describe('rows of figures after a label, drawn without lines', () => {
  it('join the label lines wrapped above and below the figures, per column', () => {
    const glyphs = [
      run('（一）予以公开', 60, 700), ...figures(700),
      run('1.甲乙丙丁', 110, 670), run('（二）其', 60, 661), run('戊己庚', 110, 652), ...figures(652, ['1', '2', '3']), run('他处理', 60, 643), run('辛壬', 110, 634),
      run('2.癸', 60, 600), ...figures(600, ['4', '5', '6']),
    ];
    expect(read(glyphs)).toEqual([
      ['（一）予以公开', '3', '0', '3'],
      ['（二）其他处理', '1.甲乙丙丁戊己庚辛壬', '1', '2', '3'],
      ['2.癸', '4', '5', '6'],
    ]);
  });

  it('split a label run into its first figure where the figure stands on the first column’s edge', () => {
    // One run "…公开7": the 7 ends it, half a character wide, so it starts at 200, the first column's edge.
    const glued = [run('甲乙丙丁戊己庚辛壬癸公开', 56, 652), run('7', 200, 652)];
    const oneRun = { text: '甲乙丙丁戊己庚辛壬癸子公开7', x: 38, y: 620, width: 168, size: 12 };
    const glyphs = [...figures(700), run('行', 60, 700), ...figures(676), run('列', 60, 676), ...glued, ...figures(652).slice(1), oneRun, ...figures(620).slice(1)];
    expect(read(glyphs)).toEqual([
      ['行', '3', '0', '3'],
      ['列', '3', '0', '3'],
      ['甲乙丙丁戊己庚辛壬癸公开', '7', '0', '3'],
      ['甲乙丙丁戊己庚辛壬癸子公开', '7', '0', '3'],
    ]);
  });

  it('keep figures ending a label that do not stand on a column edge (a numbered label)', () => {
    // The 1 is a run of its own, at 162: not the first column's edge (200), so the label's.
    const glyphs = [...figures(700), run('行', 60, 700), ...figures(676), run('列', 60, 676), run('第', 150, 652), run('1', 162, 652), ...figures(652)];
    expect(read(glyphs)).toEqual([
      ['行', '3', '0', '3'],
      ['列', '3', '0', '3'],
      ['第1', '3', '0', '3'],
    ]);
  });

  it('read the header above the first row down each column, its words wrapped over lines', () => {
    const glyphs = [
      run('二、标题在此', 60, 760),
      run('信息内', 60, 740), run('甲乙', 200, 740), run('丙丁', 250, 740),
      run('子', 110, 731), run('庚', 300, 731),
      run('容', 60, 722), run('戊', 250, 722),
      ...figures(700), run('行', 60, 700), ...figures(676), run('列', 60, 676),
    ];
    expect(read(glyphs)).toEqual([[], ['信息内容', '子', '甲乙', '丙丁戊', '庚'], ['行', '3', '0', '3'], ['列', '3', '0', '3']]);
  });

  it('join figures wrapped in their columns to the row above, and the label wrapped with them, at a cell line pitch', () => {
    // Word sets cells at their top: a row's lines follow 14 points apart, the next row 24 down.
    const glyphs = [
      run('一、甲乙丙丁戊', 60, 700), ...figures(700, ['322', '215', '105']),
      run('己庚', 60, 686), ...figures(686, ['8', '7', '6']),
      run('二、辛壬', 60, 662), ...figures(662, ['4', '5', '6']),
      run('三、癸子丑寅卯', 60, 638), ...figures(638, ['123', '4', '56']),
      run('辰巳', 60, 624),
      run('四、午', 60, 600), ...figures(600, ['7', '8', '9']),
    ];
    expect(read(glyphs)).toEqual([
      ['一、甲乙丙丁戊己庚', '3228', '2157', '1056'],
      ['二、辛壬', '4', '5', '6'],
      ['三、癸子丑寅卯辰巳', '123', '4', '56'],
      ['四、午', '7', '8', '9'],
    ]);
  });

  it('keep a row whose label opens a row, or stands below a label that did not fill its column, apart from the row above', () => {
    // Rows a cell's line pitch apart (no padding), as a wrapped figure's line would stand.
    const glyphs = [
      run('一、甲乙丙丁戊', 60, 700), ...figures(700, ['322', '215', '105']),
      run('1.辛', 60, 686), ...figures(686, ['8', '7', '6']),
      run('壬', 60, 672), ...figures(672, ['1', '2', '3']),
      run('二、甲乙丙丁戊', 60, 648), ...figures(648, ['4', '5', '6']), run('己庚', 60, 634),
    ];
    expect(read(glyphs)).toEqual([
      ['一、甲乙丙丁戊', '322', '215', '105'],
      ['1.辛', '8', '7', '6'],
      ['壬', '1', '2', '3'],
      ['二、甲乙丙丁戊己庚', '4', '5', '6'],
    ]);
  });
});

const readLabels = (glyphs: Glyphs[]) => labelColumns(linesOf(glyphs).map((line) => ({ line, page: 1 }))).map(({ line }) => (line.cells.length ? line.cells.map(([from, to]) => line.text.slice(from, to)) : [line.text]));

describe('a column of labels beside one column of figures, drawn without lines', () => {
  it('joins the lines of a label wrapped in its cell, the unit’s column beside it kept apart', () => {
    // Labels wrap at 120 points (ten characters); rows stand 24 points apart, a cell's lines 14.
    const glyphs = [
      run('（一）甲乙丙丁戊己', 60, 700), run('条', 200, 700), run('300', 300, 700),
      run('庚辛', 60, 686),
      run('其中，壬癸子丑寅卯', 60, 662), run('条', 200, 662),
      run('辰巳', 60, 648),
      run('1.午未', 60, 624), run('条', 200, 624), run('4', 300, 624),
      run('2.申酉戌亥甲乙丙丁', 60, 600), run('条', 200, 600), run('52', 300, 600),
      run('3.戊', 60, 586),
    ];
    expect(readLabels(glyphs)).toEqual([
      ['（一）甲乙丙丁戊己庚辛', '条', '300'],
      ['其中，壬癸子丑寅卯辰巳', '条'],
      ['1.午未', '条', '4'],
      ['2.申酉戌亥甲乙丙丁', '条', '52'],
      ['3.戊'],
    ]);
  });
});
