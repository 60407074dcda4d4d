/**
 * Reading and writing the entries of a ZIP archive, for the pass that makes the docx package's
 * output the same bytes every time (stable-package.ts). Entries read are kept compressed, so an
 * entry that passes through unchanged costs a copy, not an inflate and a deflate; only entries
 * that are given new data are deflated (with node's zlib). Every entry is stamped with one time,
 * in UTC, and written in the order given, with no extra fields. Sizes stay well under 4 GiB, so
 * no ZIP64 (APPNOTE 4.3).
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  /** The entry's data as stored in the archive. */
  stored: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_NAMES = 0x0800;

/** The entries of an archive, in the order of its central directory. */
export function readZip(zip: Buffer): ZipEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || zip.readUInt32LE(end) !== END) throw new Error('not a ZIP archive: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('broken ZIP central directory');
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error(`broken ZIP local header of ${name}`);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.push({ name, method, crc, size, stored: zip.subarray(data, data + compressed) });
    at += 46 + skip;
  }
  return entries;
}

/** The entry's uncompressed data. */
export function entryData(e: ZipEntry): Buffer {
  return e.method === 0 ? Buffer.from(e.stored) : inflateRawSync(e.stored);
}

/** An entry holding `data` as it is: for data already compressed (a PNG), which deflate would only slow. */
export function storedEntry(name: string, data: Uint8Array): ZipEntry {
  return { name, method: 0, crc: crc32(data), size: data.length, stored: data };
}

/** A deflated entry holding `data`, at zlib's default level unless told (1 is fastest). */
export function deflatedEntry(name: string, data: Uint8Array, level = 6): ZipEntry {
  return { name, method: 8, crc: crc32(data), size: data.length, stored: deflateRawSync(data, { level }) };
}

/** A date as MS-DOS time and date fields, in UTC; DOS dates cover 1980-2107, so a date outside is clamped. */
function dosDateTime(date: Date): { time: number; day: number } {
  const d = new Date(Math.min(Math.max(date.getTime(), Date.UTC(1980, 0, 1)), Date.UTC(2107, 11, 31)));
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    day: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/** Shared fields of a local header (at 4) and a central directory entry (at 6). */
function common(out: Buffer, at: number, e: ZipEntry, time: number, day: number, nameLength: number): void {
  out.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
  out.writeUInt16LE(UTF8_NAMES, at + 2);
  out.writeUInt16LE(e.method, at + 4);
  out.writeUInt16LE(time, at + 6);
  out.writeUInt16LE(day, at + 8);
  out.writeUInt32LE(e.crc, at + 10);
  out.writeUInt32LE(e.stored.length, at + 14);
  out.writeUInt32LE(e.size, at + 18);
  out.writeUInt16LE(nameLength, at + 22);
}

export function writeZip(entries: readonly ZipEntry[], date: Date): Buffer {
  const { time, day } = dosDateTime(date);
  const chunks: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    common(local, 4, e, time, day, name.length);
    chunks.push(local, name, e.stored);

    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(CENTRAL, 0);
    dir.writeUInt16LE(20, 4); // made by: MS-DOS, version 2.0
    common(dir, 6, e, time, day, name.length);
    // extra, comment, disk number, internal and external attributes: all zero
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += local.length + name.length + e.stored.length;
  }
  const directorySize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
