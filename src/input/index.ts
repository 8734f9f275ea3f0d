import type { AdaptedInput } from '../model/block.js';
import type { InputFormat } from '../model/types.js';
import { decodeBytes } from './decode.js';
import { adaptHtml } from './html.js';
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
export type ReadFailure = { ok: false; reason: 'empty' | 'binary' | 'unsupported-type' | 'unreadable' | 'no-text-layer'; detail?: string };
export type ReadSuccess = { ok: true; format: InputFormat; input: AdaptedInput };

/** Binary forms: read from bytes only, never rewritten by `--fix`, never handed over by an editor as text. */
const BINARY_FORMATS = new Set<InputFormat>(['docx', 'doc', 'pdf']);
export type TextForm = Exclude<InputFormat, 'docx' | 'doc' | 'pdf'>;

export function isTextForm(format: InputFormat | undefined): format is TextForm {
  return format !== undefined && !BINARY_FORMATS.has(format);
}

/** Text forms, already decoded (the editor and the page hand over text). */
export function adaptTextForm(format: TextForm, text: string): AdaptedInput {
  if (format === 'markdown') return adaptMarkdown(text);
  if (format === 'html') return adaptHtml(text);
  return adaptText(text);
}

/** Bytes of any supported file → blocks over a located source. Never throws for bad input. */
export async function readInput(filePath: string, bytes: Uint8Array): Promise<ReadSuccess | ReadFailure> {
  const format = formatOf(filePath);
  if (!format) return { ok: false, reason: 'unsupported-type', detail: supportedExtensions.map((ext) => '.' + ext).join(' ') };
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (format === 'docx') {
    try {
      // Word support (mammoth, a zip reader) loads only when a .docx comes: most runs have none.
      const { adaptDocx } = await import('./docx.js');
      return { ok: true, format, input: await adaptDocx(bytes) };
    } catch (error) {
      return { ok: false, reason: 'unreadable', detail: (error as Error).message };
    }
  }
  if (format === 'doc') {
    try {
      const { adaptDoc } = await import('./doc.js');
      return { ok: true, format, input: adaptDoc(bytes) };
    } catch (error) {
      return { ok: false, reason: 'unreadable', detail: (error as Error).message };
    }
  }
  if (format === 'pdf') {
    try {
      // PDF.js is large: it loads only when a PDF comes.
      const { adaptPdf } = await import('./pdf/index.js');
      const input = await adaptPdf(bytes);
      return input ? { ok: true, format, input } : { ok: false, reason: 'no-text-layer' };
    } catch (error) {
      return { ok: false, reason: 'unreadable', detail: (error as Error).message };
    }
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, format, input: adaptTextForm(format, decoded.text) };
}
