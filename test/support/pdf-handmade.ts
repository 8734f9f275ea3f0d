import { concatBytes } from '../../src/input/bytes.js';

/**
 * A small PDF written by hand, with what LibreOffice's and Chromium's files do not use: the text
 * operators T*, ', ", TD, Tc, Tw (on the two-byte code 0x20), Tz and Ts, a text matrix that
 * scales, a form XObject with its own matrix, resources and lines, a thin filled box, marked
 * content, an image, a second page with a crop box off the origin, and an uncompressed content
 * stream beside a compressed one. Fonts are not embedded: text comes from ToUnicode, widths from
 * /W and /Widths.
 */
export function handmadePdf(deflate: (bytes: Uint8Array) => Uint8Array): Uint8Array {
  const page1 = [
    'q 1 0 0 1 10 20 cm',
    '/P <</MCID 0>> BDC BT /F1 12 Tf 14 TL 60 760 Td',
    `<${hex('年度报告')}> Tj T* <${hex('一、总体情况')}> Tj`,
    `0.5 Tc <${hex('主动公开 12 件')}> Tj 0 Tc`,
    `3 Tw T* <${hex('依申请 3 件')}> Tj 0 Tw`,
    `(${'\\000\\001'}) Tj`,
    `90 Tz T* [<${hex('收到')}> -500 <${hex('申请')}> 120 <${hex('15')}>] TJ 100 Tz`,
    `2 Ts <${hex('注')}> Tj 0 Ts`,
    `<${hex('第二行')}> '`,
    `1 0.2 <${hex('第三行')}> "`,
    '0 -30 TD',
    `<${hex('下移')}> Tj T* <${hex('再下')}> Tj`,
    'ET EMC',
    'BT /F2 10 Tf 1.2 0 0 1.2 60 500 Tm (Total 27) Tj ET',
    'Q',
    'q 0.5 w 50 400 m 300 400 l S 50 380 250 0.8 re f 50 360 250 10 re f Q',
    '/Im1 Do',
    '/Fm1 Do',
  ].join('\n');
  const form = ['q 1 0 0 1 0 0 cm', '0 0 m 200 0 l 200 60 l 0 60 l h S 100 0 m 100 60 l S 0 30 m 200 30 l S', `BT /F1 9 Tf 5 40 Td <${hex('项目')}> Tj 100 0 Td <${hex('数量')}> Tj 0 -30 Td <${hex('20')}> Tj ET`, 'Q'].join('\n');
  const page2 = ['BT /F1 11 Tf 120 300 Td', `<${hex('第二页的文字')}> Tj`, 'ET', '100 250 m 400 250 l S'].join('\n');
  const latinUnicode = ['begincmap 1 beginbfrange <20> <7e> <0020> endbfrange endcmap'].join('\n');
  const deflated = deflate(new TextEncoder().encode(page1));
  const objects: PdfObject[] = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R 4 0 R]/Count 2/MediaBox[0 0 595 842]>>',
    '<</Type/Page/Parent 2 0 R/Contents 5 0 R/Resources<</Font<</F1 7 0 R/F2 11 0 R>>/XObject<</Im1 13 0 R/Fm1 6 0 R>>>>>>',
    '<</Type/Page/Parent 2 0 R/CropBox[50 40 500 800]/Contents[14 0 R]/Resources<</Font<</F1 7 0 R>>>>>>',
    { dict: '/Filter/FlateDecode', data: deflated },
    { dict: '/Type/XObject/Subtype/Form/BBox[0 0 200 60]/Matrix[1 0 0 1 60 150]/Resources<</Font<</F1 7 0 R>>>>', data: form },
    ...hanFont(7),
    '<</Type/Font/Subtype/TrueType/BaseFont/Arial/FirstChar 32/LastChar 126/Widths[' + Array.from({ length: 95 }, (_, i) => 400 + (i % 7) * 50).join(' ') + ']/FontDescriptor 15 0 R/ToUnicode 12 0 R>>',
    { dict: '', data: latinUnicode },
    { dict: '/Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceGray/BitsPerComponent 8', data: '\u0080' },
    { dict: '', data: page2 },
    '<</Type/FontDescriptor/FontName/Arial/Flags 32/FontBBox[0 -200 1000 900]/ItalicAngle 0/Ascent 900/Descent -200/CapHeight 700/StemV 80>>',
  ];
  return written(objects);
}

type PdfObject = string | { dict: string; data: Uint8Array | string };

/** The two-byte font (objects `first`… first+3): its type 0 dictionary first. */
function hanFont(first: number): PdfObject[] {
  const toUnicode = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    `${CODES.length} beginbfchar`,
    ...[...CODES].map((char, code) => `<${code.toString(16).padStart(4, '0')}> <${char.charCodeAt(0).toString(16).padStart(4, '0')}>`),
    'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const widths = [...CODES].map((char) => (char.charCodeAt(0) > 0x2e80 ? 1000 : 500));
  return [
    `<</Type/Font/Subtype/Type0/BaseFont/SimSun/Encoding/Identity-H/DescendantFonts[${first + 1} 0 R]/ToUnicode ${first + 3} 0 R>>`,
    `<</Type/Font/Subtype/CIDFontType2/BaseFont/SimSun/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ${first + 2} 0 R/DW 1000/W[0[${widths.join(' ')}]]>>`,
    '<</Type/FontDescriptor/FontName/SimSun/Flags 4/FontBBox[0 -140 1000 860]/ItalicAngle 0/Ascent 860/Descent -140/CapHeight 700/StemV 80>>',
    { dict: '', data: toUnicode },
  ];
}

/** Text in the two-byte font as a hex string's digits. */
const hex = (text: string) => [...text].map((char) => CODES.indexOf(char).toString(16).padStart(4, '0')).join('');

/**
 * A table wider than its page (300 points), as LibreOffice prints a Word table: its last column cut
 * a few points after its left edge, each figure there shown whole and clipped by the page. The
 * total 1059 starts at 290, so 59 lies past the edge: shown in one operation (申请), in two that
 * go on one run (注), and in two set apart (收到: 59 a run of its own, begun past the edge). Its
 * last row stands alone on a second page, its total 10 cut by the edge after the 1, and no text
 * there past the edge: as a producer that leaves out the characters past the edge prints 1059.
 */
export function cutTablePdf(): Uint8Array {
  const text = (x: number, y: number, shown: string) => `BT /F1 12 Tf 1 0 0 1 ${x} ${y} Tm ${shown} ET`;
  const grid = (ys: number[]) => ['0.5 w', ...ys.map((y) => `50 ${y} m 300 ${y} l S`), ...[50, 150, 250, 300].map((x) => `${x} ${ys[0]} m ${x} ${ys[ys.length - 1]} l S`)];
  const first = [
    ...grid([180, 150, 120, 90, 60]),
    text(55, 160, `<${hex('项目')}> Tj`), text(155, 160, `<${hex('数量')}> Tj`), text(255, 160, `<${hex('总体')}> Tj`),
    text(55, 130, `<${hex('申请')}> Tj`), text(155, 130, `<${hex('12')}> Tj`), text(290, 130, `<${hex('1059')}> Tj`),
    text(55, 100, `<${hex('收到')}> Tj`), text(155, 100, `<${hex('7')}> Tj`), text(290, 100, `<${hex('10')}> Tj 1 0 0 1 320 100 Tm <${hex('59')}> Tj`),
    text(55, 70, `<${hex('注')}> Tj`), text(155, 70, `<${hex('3')}> Tj`), text(290, 70, `<${hex('10')}> Tj <${hex('59')}> Tj`),
  ];
  const second = [...grid([180, 150]), text(55, 160, `<${hex('再下')}> Tj`), text(155, 160, `<${hex('5')}> Tj`), text(290, 160, `<${hex('10')}> Tj`)];
  return written([
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R 4 0 R]/Count 2/MediaBox[0 0 300 200]>>',
    '<</Type/Page/Parent 2 0 R/Contents 5 0 R/Resources<</Font<</F1 7 0 R>>>>>>',
    '<</Type/Page/Parent 2 0 R/Contents 6 0 R/Resources<</Font<</F1 7 0 R>>>>>>',
    { dict: '', data: first.join('\n') },
    { dict: '', data: second.join('\n') },
    ...hanFont(7),
  ]);
}

/**
 * cutTablePdf with the cross-reference entries of its two pages pointing at their content streams:
 * the fast reader declines it, and PDF.js, fetching both pages before it starts over in recovery
 * mode, drops promises that reject with nobody listening.
 */
export function damagedXrefPdf(): Uint8Array {
  const text = new TextDecoder('latin1').decode(cutTablePdf());
  const entry = (object: number) => `${String(text.indexOf(`\n${object} 0 obj`) + 1).padStart(10, '0')} 00000 n `;
  return new TextEncoder().encode(text.replace(entry(3), entry(5)).replace(entry(4), entry(6)));
}

/** The file of these objects (numbered from 1, the catalog first), with its cross-reference table. */
function written(objects: PdfObject[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const write = (chunk: string | Uint8Array) => {
    const piece = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    chunks.push(piece);
    length += piece.length;
  };
  write('%PDF-1.4\n');
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    if (typeof object === 'string') return write(`${i + 1} 0 obj\n${object}\nendobj\n`);
    const data = typeof object.data === 'string' ? new TextEncoder().encode(object.data) : object.data;
    write(`${i + 1} 0 obj\n<<${object.dict}/Length ${data.length}>>\nstream\n`);
    write(data);
    write('\nendstream\nendobj\n');
  });
  const xref = length;
  write(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`);
  write(`trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`);
  return concatBytes(chunks);
}

/** The characters of the two-byte font, at their codes: 0x20 a space (Tw acts on it). */
const HAN = '年度报告一、总体情况主动公开件依申请收到注第二行三下移再项目数量页的文字';
const CODES = `\u0000${HAN.slice(0, 31)} ${HAN.slice(31)}0123456789`;
