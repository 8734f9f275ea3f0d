import mammoth from 'mammoth';
import type { AdaptedInput } from '../model/block.js';
import { assertNesting, htmlNesting } from './limits.js';
import { wordBlocks } from './word-blocks.js';
import { checkZip } from './zip-check.js';

/** A .docx through mammoth's HTML (tables and merged cells kept), on virtual lines (see wordBlocks). */
export async function adaptDocx(bytes: Uint8Array): Promise<AdaptedInput> {
  // Sizes and counts first: mammoth's zip reader inflates every part whole, whatever it holds.
  checkZip(bytes);
  let html: string;
  try {
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // mammoth reads `buffer` in Node and `arrayBuffer` in browsers; JSZip takes a Uint8Array as either.
    html = (await mammoth.convertToHtml({ arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer })).value;
  } catch (error) {
    throw new Error(`无法读取 Word 文档：${(error as Error).message}（是否为 .docx 格式？）`);
  }
  assertNesting(htmlNesting(html));
  return wordBlocks(html);
}

