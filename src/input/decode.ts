export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; reason: 'empty' | 'binary' };

/** How many bytes to sample when guessing (a report's first few KB tell). */
const SAMPLE = 4096;

/**
 * Bytes → text without garbling: BOMs first, then UTF-16 from its NUL pattern, then strict
 * UTF-8, then GB18030 (a superset of GBK, what Chinese Windows and WPS save as "ANSI").
 * Uses only TextDecoder, so it runs in browsers too.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  const bom = byBom(bytes);
  if (bom) return decodedAs(bom.encoding, bytes.subarray(bom.length));
  const utf16 = sniffUtf16(bytes);
  if (utf16) return decodedAs(utf16, bytes);
  // Strict UTF-8 decoding is the test and the result at once.
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return checked(utf8, 'utf-8');
  const encoding = plausibleUtf16(bytes);
  if (!encoding && hasBinaryBytes(bytes)) return binary();
  return decodedAs(encoding ?? 'gb18030', bytes);
}

function decodedAs(encoding: Encoding, bytes: Uint8Array): Decoded {
  return checked(decoderOf(encoding).decode(bytes), encoding);
}

/** Decoded text that is still not a report's: NULs outside UTF-16, many control characters, nothing but blanks. */
function checked(text: string, encoding: Encoding): Decoded {
  if (encoding !== 'utf-16le' && encoding !== 'utf-16be' && text.includes('\u0000')) return binary();
  if (controlShare(text) > 0.05) return binary();
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  return { ok: true, text, encoding };
}

// Decoders keep no state between whole-buffer decodes: one of each serves every file.
const decoders = new Map<Encoding, TextDecoder>();
function decoderOf(encoding: Encoding): TextDecoder {
  let decoder = decoders.get(encoding);
  if (!decoder) decoders.set(encoding, (decoder = new TextDecoder(encoding)));
  return decoder;
}
const strictUtf8Decoder = new TextDecoder('utf-8', { fatal: true });

function binary(): Decoded {
  return { ok: false, reason: 'binary' };
}

function byBom(bytes: Uint8Array): { encoding: Encoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16 without BOM: ASCII characters leave NULs on every other byte, consistently on one side. */
function sniffUtf16(bytes: Uint8Array): Encoding | undefined {
  const length = Math.min(bytes.length, SAMPLE) & ~1;
  if (length < 4) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = length / 2;
  if (oddNuls > pairs * 0.2 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.2 && oddNuls < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Characters a report is made of: ASCII, CJK ideographs, CJK and full-width punctuation. */
function isReportCharacter(code: number): boolean {
  return (code >= 0x20 && code < 0x7f) || code === 9 || code === 10 || code === 13 || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef) || code === 0xa0 || (code >= 0x2010 && code <= 0x2027);
}

/**
 * UTF-16 without BOM and mostly Chinese has few NULs to sniff; read as UTF-16 it is almost all
 * ideographs, while GB18030 bytes read as UTF-16 fall into Yi, Hangul and private-use blocks.
 */
function plausibleUtf16(bytes: Uint8Array): Encoding | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE) & ~1);
  if (sample.length < 4) return undefined;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = decoderOf(encoding).decode(sample);
    let plausible = 0;
    for (let i = 0; i < text.length; i++) if (isReportCharacter(text.charCodeAt(i))) plausible++;
    if (plausible / text.length > 0.9) return encoding;
  }
  return undefined;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8Decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

function hasBinaryBytes(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SAMPLE);
  for (let i = 0; i < length; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Share of control characters other than tab, newline, carriage return and form feed. */
function controlShare(text: string): number {
  const sample = text.slice(0, SAMPLE);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) controls++;
  }
  return sample.length ? controls / sample.length : 0;
}
