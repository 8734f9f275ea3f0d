import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/input/decode.js';
import { readInput } from '../../src/input/index.js';
import { cellsByKey, tablesOf } from '../../src/model/query.js';
import { FIXTURES, fixtureText, parseBytes } from '../helpers.js';

const changle = fixtureText(FIXTURES.changleTownship2023);
const ameng = fixtureText(FIXTURES.amengTownship2017);

/** The bytes a Windows/WPS user might save: each encoding from a real converter (iconv-lite). */
const encodings = {
  'UTF-8 with BOM': (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]),
  'GB18030 (ANSI on Chinese Windows)': (text: string) => new Uint8Array(iconv.encode(text, 'gb18030')),
  // GBK has no NO-BREAK SPACE (the pages' &nbsp;): a real GBK file has a plain space there.
  'GBK': (text: string) => new Uint8Array(iconv.encode(text.replace(/\u00a0/g, ' '), 'gbk')),
  'UTF-16LE with BOM': (text: string) => new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true })),
  'UTF-16LE without BOM': (text: string) => new Uint8Array(iconv.encode(text, 'utf-16le')),
  'UTF-16BE with BOM': (text: string) => new Uint8Array(iconv.encode(text, 'utf-16be', { addBOM: true })),
};

function cellValues(report: Awaited<ReturnType<typeof parseBytes>>) {
  return tablesOf(report).flatMap((table) => [...cellsByKey(table)].map(([key, cell]) => `${table.kind}.${key}=${cell.value}@${cell.position?.start.line}:${cell.position?.start.column}`));
}

describe('decodeBytes', () => {
  it.each(Object.entries(encodings))('%s: the exact text, never garbled', (_, encode) => {
    for (const text of [changle, ameng]) {
      const decoded = decodeBytes(encode(text));
      expect(decoded.ok && decoded.text).toBe(encode === encodings.GBK ? text.replace(/\u00a0/g, ' ') : text);
    }
  });

  it('names the encoding it chose', () => {
    expect(decodeBytes(encodings['GB18030 (ANSI on Chinese Windows)'](changle))).toMatchObject({ ok: true, encoding: 'gb18030' });
    expect(decodeBytes(encodings['UTF-16LE without BOM'](changle))).toMatchObject({ ok: true, encoding: 'utf-16le' });
    expect(decodeBytes(new Uint8Array(iconv.encode(ameng, 'utf-16be')))).toMatchObject({ ok: true, encoding: 'utf-16be' });
    expect(decodeBytes(new TextEncoder().encode(changle))).toMatchObject({ ok: true, encoding: 'utf-8' });
  });

  it('refuses empty, blank and binary input with a reason', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
    expect(decodeBytes(new TextEncoder().encode(' \n\t\n'))).toMatchObject({ ok: false, reason: 'empty' });
    expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))).toMatchObject({ ok: false, reason: 'binary' });
  });
});

describe('every encoding gives the same model, positions included', () => {
  it.each(Object.entries(encodings))('001 in %s', async (_, encode) => {
    const reference = await parseBytes('changle.txt', new TextEncoder().encode(changle));
    const report = await parseBytes('changle.txt', encode(changle));
    expect(report.facts.body?.value).toBe('长乐镇人民政府');
    expect(cellValues(report)).toEqual(cellValues(reference));
    expect(cellValues(report)).toContain('applications.received:natural=4@121:1');
  });
});

describe('readInput refuses what it cannot read, with a reason', () => {
  it('an unsupported type', async () => {
    expect(await readInput('report.odt', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toMatchObject({ ok: false, reason: 'unsupported-type' });
  });

  it('a .pdf or .doc that is not one', async () => {
    expect(await readInput('report.pdf', new TextEncoder().encode('%PDF-1.7 这不是 PDF'))).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(await readInput('report.doc', new TextEncoder().encode('这不是 Word 文件'))).toEqual({ ok: false, reason: 'unreadable', detail: 'not an OLE compound file' });
  });

  it('a .docx that is not a Word document', async () => {
    const result = await readInput('report.docx', new TextEncoder().encode('这不是 Word 文件'));
    expect(result).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  it('a truncated .docx', async () => {
    const { toDocx } = await import('../support/render.js');
    const bytes = await toDocx(await parseBytes('changle.txt', new TextEncoder().encode(changle)));
    expect(await readInput('report.docx', bytes.subarray(0, bytes.length / 2))).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});
