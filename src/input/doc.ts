import type { AdaptedInput } from '../model/block.js';
import { fragments } from './text.js';
import { wordBlocks } from './word-blocks.js';
import { readWord97 } from './word97/document.js';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Word 97–2003 .doc (or WPS .wps): its paragraphs and tables, on virtual lines as for .docx. */
export function adaptDoc(bytes: Uint8Array): AdaptedInput {
  const html = readWord97(bytes)
    .map((part) =>
      part.kind === 'paragraph'
        ? // A paragraph of `|` fragments (a table flattened by a copy, then saved) is one paragraph per fragment, as in text.
          fragments(part.text).map(([from, to]) => `<p>${escape(part.text.slice(from, to))}</p>`).join('')
        : `<table>${part.rows.map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`).join('')}</table>`,
    )
    .join('\n');
  return wordBlocks(html);
}
