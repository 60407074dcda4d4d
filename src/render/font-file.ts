/**
 * A TrueType font file read whole except its glyph outlines, which are read glyph by glyph as they
 * are first used. The CJK faces are 6 to 10.5 MB, 97% of it the `glyf` table, and a document
 * draws a few hundred of their 30,000+ glyphs: reading a whole file costs a cold process about
 * 5 ms a megabyte (most of it the kernel mapping fresh pages for the buffer), 100 ms for the two
 * weights of Noto Sans SC. Read this way, a Chinese plan reads under 1 MB of them.
 *
 * The buffer has the file's size and layout, so fontkit and pdfkit read it as the file itself;
 * the outline bytes of a glyph hold zeros until `loadGlyph` has read them. Its unread pages are
 * never touched, so they cost neither time nor memory. The fonts' readers call `loadGlyph` for
 * every glyph id before its outline is read (fontkit-shortcuts.ts hooks `getGlyph`, which the
 * subsetters and the layout all go through). Files that are not plain TrueType (a collection,
 * WOFF, CFF outlines) are read whole, and `loadGlyph` does nothing for them.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export interface FontFile {
  /** The file's bytes, at its size; a glyph's outline is there once `loadGlyph` has read it. */
  bytes: Buffer;
  /** Reads glyph `id`'s outline, and a composite glyph's components, unless already read. */
  loadGlyph(id: number): void;
}

/** Flags of a composite glyph's component record (OpenType `glyf`). */
const ARGS_ARE_WORDS = 0x0001;
const HAS_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAS_X_AND_Y_SCALE = 0x0040;
const HAS_TWO_BY_TWO = 0x0080;

interface Table {
  offset: number;
  length: number;
}

export function readFontFile(path: string): FontFile {
  const fd = openSync(path, 'r');
  let keepOpen = false;
  try {
    const size = fstatSync(fd).size;
    // Buffer.alloc of a large size gets fresh zeroed pages from the system without writing them.
    const bytes = Buffer.alloc(size);
    const read = (offset: number, length: number) => {
      let done = 0;
      while (done < length) {
        const n = readSync(fd, bytes, offset + done, length - done, offset + done);
        if (n === 0) throw new Error(`${path} is shorter than it was a moment ago`);
        done += n;
      }
    };
    read(0, Math.min(size, 12));
    const tables = size >= 12 && isTrueType(bytes) ? directory(bytes, read) : undefined;
    const glyf = tables?.get('glyf');
    const loca = tables?.get('loca');
    const head = tables?.get('head');
    if (!glyf || !loca || !head || glyf.offset + glyf.length > size || glyf.offset < 12) {
      read(0, size);
      return { bytes, loadGlyph: () => {} };
    }
    // Everything but the outlines: the tables before and after `glyf` (in the Noto faces it is last).
    read(0, glyf.offset);
    read(glyf.offset + glyf.length, size - glyf.offset - glyf.length);
    const long = bytes.readInt16BE(head.offset + 50) === 1; // head.indexToLocFormat
    const count = Math.floor(loca.length / (long ? 4 : 2)) - 1;
    const offsetOf = (id: number) => (long ? bytes.readUInt32BE(loca.offset + 4 * id) : 2 * bytes.readUInt16BE(loca.offset + 2 * id));
    const loaded = new Uint8Array(Math.max(count, 0));
    const loadGlyph = (id: number): void => {
      if (!(id >= 0 && id < count) || loaded[id]) return;
      loaded[id] = 1;
      const start = offsetOf(id);
      const end = Math.min(offsetOf(id + 1), glyf.length);
      if (end - start < 10) return; // an empty glyph (a space) has no outline
      read(glyf.offset + start, end - start);
      if (bytes.readInt16BE(glyf.offset + start) < 0) {
        for (const component of componentsOf(bytes.subarray(glyf.offset + start, glyf.offset + end))) loadGlyph(component);
      }
    };
    keepOpen = true;
    return { bytes, loadGlyph };
  } finally {
    // The file stays open while glyphs can still be read from it: for the life of the process,
    // as the parsed fonts are kept that long (at most the ten faces and a theme's own).
    if (!keepOpen) closeSync(fd);
  }
}

/** TrueType outlines: version 1.0 or 'true' (not 'OTTO' for CFF, 'ttcf', or WOFF). */
function isTrueType(bytes: Buffer): boolean {
  const version = bytes.readUInt32BE(0);
  return version === 0x00010000 || version === 0x74727565;
}

/** The table directory, read from the file after its 12-byte header. */
function directory(bytes: Buffer, read: (offset: number, length: number) => void): Map<string, Table> | undefined {
  const count = bytes.readUInt16BE(4);
  if (12 + 16 * count > bytes.length) return undefined;
  read(12, 16 * count);
  const tables = new Map<string, Table>();
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    tables.set(bytes.toString('latin1', at, at + 4), { offset: bytes.readUInt32BE(at + 8), length: bytes.readUInt32BE(at + 12) });
  }
  return tables;
}

/** The glyph ids a composite glyph's outline is made of. */
function componentsOf(glyph: Buffer): number[] {
  const ids: number[] = [];
  let at = 10;
  let flags: number;
  do {
    if (at + 4 > glyph.length) break;
    flags = glyph.readUInt16BE(at);
    ids.push(glyph.readUInt16BE(at + 2));
    at += 4 + (flags & ARGS_ARE_WORDS ? 4 : 2);
    at += flags & HAS_SCALE ? 2 : flags & HAS_X_AND_Y_SCALE ? 4 : flags & HAS_TWO_BY_TWO ? 8 : 0;
  } while (flags & MORE_COMPONENTS);
  return ids;
}
