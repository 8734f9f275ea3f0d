import { describe, expect, it } from 'vitest';
import type { GridBlock, TextBlock } from '../../src/model/block.js';
import { adaptMarkdown } from '../../src/input/markdown.js';

const grids = (source: string) => adaptMarkdown(source).blocks.filter((b): b is GridBlock => b.kind === 'grid');
const cellTexts = (grid: GridBlock) => grid.rows.map((row) => row.map((cell) => cell.text));

describe('GFM pipe tables in Markdown', () => {
  it('reads header, rows and escaped pipes, and places every cell in the source', () => {
    const source = '# 表\n\n| 信息内容 | 本年制发件数 |\n| --- | ---: |\n| 规章 \\| 文件 | 3 |\n| **行政许可** | **12** |\n';
    const [grid] = grids(source);
    expect(cellTexts(grid!)).toEqual([['信息内容', '本年制发件数'], ['规章 | 文件', '3'], ['行政许可', '12']]);
    const twelve = grid!.rows[2]![1]!;
    expect(source.slice(twelve.position.start.offset, twelve.position.end.offset)).toBe('12');
    expect(twelve.position.start).toMatchObject({ line: 6, column: 16 });
  });

  it('needs no pipes at the ends', () => {
    expect(cellTexts(grids('a | b\n--- | ---\n1 | 2\n')[0]!)).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('is no table when the delimiter row has another number of cells', () => {
    const blocks = adaptMarkdown('| a | b |\n| --- |\n| 1 | 2 |\n').blocks;
    expect(blocks.map((b) => [b.kind, (b as TextBlock).text])).toEqual([['text', '| a | b |'], ['text', '| --- |'], ['text', '| 1 | 2 |']]);
  });

  it('keeps the text lines before a table in the same paragraph as a text block', () => {
    const blocks = adaptMarkdown('表二 主动公开情况\n| 信息内容 | 本年制发件数 |\n| --- | --- |\n| 规章 | 0 |\n').blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['text', 'grid']);
    expect((blocks[0] as TextBlock).text).toBe('表二 主动公开情况');
  });
});

describe('pandoc tables in Markdown', () => {
  it('reads a grid table, a cell wrapped over two lines as one cell, each value placed on its characters', () => {
    const source = ['前言', '', '+----------+------+', '| 信息内容 | 件数 |', '+==========+======+', '| 行政许可 | 12   |', '| 决定     |      |', '+----------+------+', '', '后记'].join('\n');
    const blocks = adaptMarkdown(source).blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['text', 'grid', 'text']);
    const grid = blocks[1] as GridBlock;
    expect(cellTexts(grid)).toEqual([['信息内容', '件数'], ['行政许可决定', '12']]);
    const twelve = grid.rows[1]![1]!;
    expect(source.slice(twelve.position.start.offset, twelve.position.end.offset)).toBe('12');
  });

  it('reads a multiline table: each header line a row, body rows apart by blank lines, columns by display width', () => {
    const source = ['--------------------------', '信息内容     申请人情况', '             自然人   总计', '------------ -------- ----', '一、本年新收 5        5', '申请数量', '', '二、上年结转 0        0', '--------------------------'].join('\n');
    const grid = adaptMarkdown(source).blocks[0] as GridBlock;
    expect(cellTexts(grid)).toEqual([['信息内容', '申请人情况', ''], ['', '自然人', '总计'], ['一、本年新收申请数量', '5', '5'], ['二、上年结转', '0', '0']]);
  });

  it('leaves thematic breaks and setext headings alone', () => {
    expect(adaptMarkdown('标题\n---\n\n正文\n\n---\n').blocks.every((b) => b.kind === 'text')).toBe(true);
  });
});
