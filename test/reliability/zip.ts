import { deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  data: Uint8Array;
  /** The unpacked size the zip declares (a bomb may declare less than it holds). */
  declaredSize?: number;
}

/** A zip of deflated parts, written by hand so a test can make it declare what it likes. */
export function zipOf(parts: ZipPart[]): Uint8Array<ArrayBuffer> {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const packed = deflateRawSync(part.data);
    const size = part.declaredSize ?? part.data.length;
    // The central header repeats the local one's fields two bytes later (after "version made by"), then the offset.
    const header = (signature: number, length: number, shift: number) => {
      const bytes = Buffer.alloc(length);
      bytes.writeUInt32LE(signature, 0);
      bytes.writeUInt16LE(20, 4 + shift);
      bytes.writeUInt16LE(8, 8 + shift);
      bytes.writeUInt32LE(packed.length, 18 + shift);
      bytes.writeUInt32LE(size, 22 + shift);
      bytes.writeUInt16LE(name.length, 26 + shift);
      return bytes;
    };
    const local = header(0x04034b50, 30, 0);
    const central = header(0x02014b50, 46, 2);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    directory.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directoryBytes, end]));
}
