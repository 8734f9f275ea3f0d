import { compoundFileStreams } from './compound-file.js';

/** What a Word 97–2003 document says, in order: paragraphs, and tables as rows of cell texts. */
export type WordPart = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

// Offsets in the File Information Block ([MS-DOC] 2.5): the fixed layout every Word since 97 writes.
const FIB_IDENT = 0xa5ec;
const FIB_FLAGS = 0x0a;
const ENCRYPTED = 0x0100;
const TABLE_STREAM_1 = 0x0200;
const CCP_TEXT = 0x4c;
const FC_PLCF_BTE_PAPX = 0x102;
const FC_CLX = 0x1a2;
const FKP_PAGE = 512;
const COMPRESSED = 0x40000000;
/** Paragraph properties: in a table (sprmPFInTable), the row's end mark (sprmPFTtp). */
const SPRM_IN_TABLE = 0x2416;
const SPRM_ROW_END = 0x2417;
const SPRM_HUGE_PAPX = 0x6646;

const CELL_MARK = '\u0007';
const FIELD_BEGIN = '\u0013';
const FIELD_SEPARATOR = '\u0014';
const FIELD_END = '\u0015';

/**
 * The main text of a .doc (or a .wps, which WPS saves in the same format) with its tables: the
 * piece table gives the characters, the paragraph properties tell which paragraph marks end a
 * table row and which paragraphs stand in a cell. Field codes are dropped, their results kept.
 */
export function readWord97(bytes: Uint8Array): WordPart[] {
  const streams = compoundFileStreams(bytes);
  const word = streams.get('WordDocument');
  if (!word || word.length < FC_CLX + 8) throw new Error('no WordDocument stream (not a Word 97–2003 document)');
  const fib = new DataView(word.buffer, word.byteOffset, word.byteLength);
  if (fib.getUint16(0, true) !== FIB_IDENT) throw new Error('not a Word 97–2003 document');
  const flags = fib.getUint16(FIB_FLAGS, true);
  if (flags & ENCRYPTED) throw new Error('the document is encrypted (password protected)');
  const table = streams.get(flags & TABLE_STREAM_1 ? '1Table' : '0Table');
  if (!table) throw new Error('the table stream is missing');
  const characters = charactersOf(word, table, fib.getUint32(FC_CLX, true), fib.getUint32(FC_CLX + 4, true), fib.getUint32(CCP_TEXT, true));
  const marks = paragraphMarks(word, table, streams.get('Data'), fib.getUint32(FC_PLCF_BTE_PAPX, true), fib.getUint32(FC_PLCF_BTE_PAPX + 4, true));
  return partsOf(characters, marks);
}

interface Character {
  char: string;
  /** Offset just past the character in the WordDocument stream: where a paragraph that it ends ends. */
  end: number;
}

/** The main document's characters from the piece table (Clx → PlcPcd), each with its place in the stream. */
function charactersOf(word: Uint8Array, table: Uint8Array, fcClx: number, lcbClx: number, ccpText: number): Character[] {
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  let at = fcClx;
  const end = Math.min(table.length, fcClx + lcbClx);
  // Prc entries (property modifiers) come first; each is 0x01, a 2-byte size, the data.
  while (at < end && table[at] === 1) at += 3 + view.getUint16(at + 1, true);
  if (table[at] !== 2) throw new Error('no piece table');
  const size = view.getUint32(at + 1, true);
  const plc = at + 5;
  const pieces = Math.floor((size - 4) / 12);
  const utf16 = new TextDecoder('utf-16le');
  const ansi = new TextDecoder('windows-1252');
  const out: Character[] = [];
  for (let i = 0; i < pieces && out.length < ccpText; i++) {
    const cpStart = view.getUint32(plc + i * 4, true);
    const cpEnd = Math.min(view.getUint32(plc + (i + 1) * 4, true), ccpText);
    const raw = view.getUint32(plc + (pieces + 1) * 4 + i * 8 + 2, true);
    const compressed = (raw & COMPRESSED) !== 0;
    const width = compressed ? 1 : 2;
    const fc = compressed ? (raw & ~COMPRESSED) / 2 : raw;
    const count = Math.max(0, cpEnd - cpStart);
    const text = (compressed ? ansi : utf16).decode(word.subarray(fc, fc + count * width));
    for (let k = 0; k < text.length; k++) out.push({ char: text[k]!, end: fc + (k + 1) * width });
  }
  return out;
}

/** Stream offsets where paragraphs end, for the paragraphs in a table and those that end a row. */
function paragraphMarks(word: Uint8Array, table: Uint8Array, data: Uint8Array | undefined, fc: number, lcb: number): { inTable: Set<number>; rowEnds: Set<number> } {
  const inTable = new Set<number>();
  const rowEnds = new Set<number>();
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const entries = Math.floor((lcb - 4) / 8);
  for (let i = 0; i < entries; i++) {
    const page = view.getUint32(fc + (entries + 1) * 4 + i * 4, true) & 0x3fffff;
    const fkp = word.subarray(page * FKP_PAGE, (page + 1) * FKP_PAGE);
    if (fkp.length < FKP_PAGE) continue;
    const fkpView = new DataView(fkp.buffer, fkp.byteOffset, FKP_PAGE);
    const runs = fkp[FKP_PAGE - 1]!;
    for (let j = 0; j < runs; j++) {
      const paragraphEnd = fkpView.getUint32((j + 1) * 4, true);
      const offset = fkp[(runs + 1) * 4 + j * 13]! * 2;
      if (offset === 0) continue;
      let length = fkp[offset]! * 2 - 1;
      let start = offset + 1;
      if (fkp[offset] === 0) {
        length = fkp[offset + 1]! * 2;
        start = offset + 2;
      }
      // The first two bytes are the style (istd); then the property modifiers.
      const visit = (sprm: number, operand: Uint8Array, nested = false) => {
        if (sprm === SPRM_IN_TABLE && operand[0]) inTable.add(paragraphEnd);
        if (sprm === SPRM_ROW_END && operand[0]) rowEnds.add(paragraphEnd);
        // Properties too large for the page (a row end with its column widths) stand in the Data stream.
        if (sprm === SPRM_HUGE_PAPX && !nested && data && operand.length >= 4) {
          const at = new DataView(operand.buffer, operand.byteOffset, 4).getUint32(0, true);
          const size = at + 2 <= data.length ? data[at]! | (data[at + 1]! << 8) : 0;
          forEachSprm(data.subarray(at + 2, at + 2 + size), (inner, innerOperand) => visit(inner, innerOperand, true));
        }
      };
      forEachSprm(fkp.subarray(start + 2, Math.min(FKP_PAGE, start + length)), visit);
    }
  }
  return { inTable, rowEnds };
}

/** Calls back with each property modifier and its operand. */
function forEachSprm(grpprl: Uint8Array, visit: (sprm: number, operand: Uint8Array) => void): void {
  for (let at = 0; at + 2 <= grpprl.length; ) {
    const sprm = grpprl[at]! | (grpprl[at + 1]! << 8);
    at += 2;
    const kind = sprm >> 13;
    let size = [1, 1, 2, 4, 2, 2, 0, 3][kind]!;
    if (kind === 6) {
      // Variable length: a size byte (two for sprmTDefTable).
      if (sprm === 0xd608) {
        size = (grpprl[at]! | (grpprl[at + 1]! << 8)) + 1;
      } else {
        size = grpprl[at]! + 1;
      }
    }
    visit(sprm, grpprl.subarray(at, at + size));
    at += size;
  }
}

/** Characters → paragraphs and tables; field codes skipped, Word's marks turned into text or structure. */
function partsOf(characters: Character[], marks: { inTable: Set<number>; rowEnds: Set<number> }): WordPart[] {
  const parts: WordPart[] = [];
  let text = '';
  let row: string[] = [];
  let rows: string[][] | undefined;
  const fields: boolean[] = [];
  const closeTable = () => {
    // A row whose end mark was not recognised still keeps its cells.
    if (row.length) (rows ??= []).push(row);
    row = [];
    if (rows) parts.push({ kind: 'table', rows });
    rows = undefined;
  };
  for (const { char, end } of characters) {
    if (char === FIELD_BEGIN) fields.push(true);
    else if (char === FIELD_SEPARATOR) fields[fields.length - 1] = false;
    else if (char === FIELD_END) fields.pop();
    else if (fields.includes(true)) continue;
    else if (char === CELL_MARK || char === '\r' || char === '\u000b' || char === '\u000c') {
      const tableParagraph = marks.inTable.has(end) || marks.rowEnds.has(end);
      if (char === CELL_MARK && marks.rowEnds.has(end)) {
        (rows ??= []).push(row);
        row = [];
      } else if (char === CELL_MARK) {
        row.push(text.trim());
      } else if (tableParagraph) {
        // A paragraph break inside a cell.
        text += ' ';
        continue;
      } else {
        closeTable();
        if (text.trim()) parts.push({ kind: 'paragraph', text: text.trim() });
      }
      text = '';
    } else if (char >= ' ' || char === '\t') {
      text += char === '\u00a0' || char === '\t' ? ' ' : char === '\u001e' ? '-' : char;
    }
  }
  closeTable();
  if (text.trim()) parts.push({ kind: 'paragraph', text: text.trim() });
  return parts;
}
