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
