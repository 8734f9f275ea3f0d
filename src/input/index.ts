import type { AdaptedInput } from '../model/block.js';
import type { InputFormat } from '../model/types.js';
import { decodeBytes } from './decode.js';
import { adaptHtml } from './html.js';
import { assertNesting, htmlNesting, InputLimitError, markdownNesting } from './limits.js';
import { adaptMarkdown } from './markdown.js';
import { adaptText } from './text.js';

const EXTENSIONS: Record<string, InputFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  docx: 'docx',
  doc: 'doc',
  wps: 'doc',
  pdf: 'pdf',
};

export const supportedExtensions = Object.keys(EXTENSIONS);

export function formatOf(filePath: string): InputFormat | undefined {
  const match = /\.([^./\\]+)$/.exec(filePath);
  return match ? EXTENSIONS[match[1]!.toLowerCase()] : undefined;
}

/** Why bytes could not be read; `detail` is the reader's own explanation. Shells word it (src/engine/failures.ts). */
export type ReadFailure = { ok: false; reason: 'empty' | 'binary' | 'unsupported-type' | 'unreadable' | 'no-text-layer' | 'too-large' | 'too-deep' | 'read-too-slow'; detail?: string };
export type ReadSuccess = { ok: true; format: InputFormat; input: AdaptedInput };

/** Binary forms: read from bytes only, never rewritten by `--fix`, never handed over by an editor as text. */
const BINARY_FORMATS = new Set<InputFormat>(['docx', 'doc', 'pdf']);
export type TextForm = Exclude<InputFormat, 'docx' | 'doc' | 'pdf'>;

export function isTextForm(format: InputFormat | undefined): format is TextForm {
  return format !== undefined && !BINARY_FORMATS.has(format);
}

/** Text forms, already decoded (the editor and the page hand over text). Throws InputLimitError on a text nested too deep. */
export function adaptTextForm(format: TextForm, text: string): AdaptedInput {
  if (format === 'markdown') {
    assertNesting(markdownNesting(text));
    return adaptMarkdown(text);
  }
  if (format === 'html') {
    assertNesting(htmlNesting(text));
    return adaptHtml(text);
  }
  return adaptText(text);
}

const limitFailure = (error: InputLimitError): ReadFailure => ({ ok: false, reason: error.reason, detail: error.message });

/** Bytes of any supported file → blocks over a located source. Never throws for bad input. */
export async function readInput(filePath: string, bytes: Uint8Array): Promise<ReadSuccess | ReadFailure> {
  const format = formatOf(filePath);
  if (!format) return { ok: false, reason: 'unsupported-type', detail: supportedExtensions.map((ext) => '.' + ext).join(' ') };
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (!isTextForm(format)) return readBinary(format, bytes);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  try {
    return { ok: true, format, input: adaptTextForm(format, decoded.text) };
  } catch (error) {
    if (error instanceof InputLimitError) return limitFailure(error);
    throw error;
  }
}

/** Word and PDF readers load only when such a file comes (most runs have none; PDF.js is large). */
async function readBinary(format: Exclude<InputFormat, TextForm>, bytes: Uint8Array): Promise<ReadSuccess | ReadFailure> {
  try {
    if (format === 'docx') return { ok: true, format, input: await (await import('./docx.js')).adaptDocx(bytes) };
    if (format === 'doc') return { ok: true, format, input: (await import('./doc.js')).adaptDoc(bytes) };
    const input = await (await import('./pdf/index.js')).adaptPdf(bytes);
    return input ? { ok: true, format, input } : { ok: false, reason: 'no-text-layer' };
  } catch (error) {
    if (error instanceof InputLimitError) return limitFailure(error);
    return { ok: false, reason: 'unreadable', detail: (error as Error).message };
  }
}
