/**
 * A TrueType font cut down to the characters a document uses, as a font a word processor can
 * install: fontkit's subsetter keeps the outlines and metrics of the glyphs asked for, which is all
 * a PDF needs, and leaves out the tables that make a file a standalone font — the character map,
 * names, OS/2 metrics and PostScript info. Here the character map is written for the new glyph
 * ids, the name, OS/2 and post tables are taken from the full font (post without glyph names), and
 * the table directory and checksums are rebuilt, as the OpenType spec (sfnt) lays them out.
 */
import type * as fontkit from 'fontkit';

/** Tables read from the full font's file and copied into the subset. */
export interface CopiedTables {
  name: Buffer;
  'OS/2': Buffer;
  post: Buffer;
}

/** The copied tables of a font file: name and OS/2 whole, post as a version 3 header (no glyph names). */
export function copiedTables(file: Buffer): CopiedTables {
  const tables = readDirectory(file);
  const take = (tag: string) => {
    const t = tables.get(tag);
    if (!t) throw new Error(`the font has no ${tag} table`);
    return Buffer.from(t);
  };
  const post = Buffer.from(take('post').subarray(0, 32));
  post.writeUInt32BE(0x00030000, 0);
  return { name: take('name'), 'OS/2': take('OS/2'), post };
}

/** The tables of an sfnt file by tag. */
function readDirectory(file: Uint8Array): Map<string, Uint8Array> {
  const view = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const count = view.readUInt16BE(4);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const offset = view.readUInt32BE(at + 8);
    tables.set(view.toString('latin1', at, at + 4), view.subarray(offset, offset + view.readUInt32BE(at + 12)));
  }
  return tables;
}

/**
 * The subset of `font` drawing `codePoints` (those it has), with `tables` from its file. Glyphs
 * are added in code point order, so runs of characters get runs of glyph ids and the map stays short.
 */
export function subsetFont(font: fontkit.Font, tables: CopiedTables, codePoints: Iterable<number>): Buffer {
  const subset = font.createSubset();
  const map = new Map<number, number>();
  for (const cp of [...new Set(codePoints)].sort((a, b) => a - b)) {
    if (font.hasGlyphForCodePoint(cp)) map.set(cp, subset.includeGlyph(font.glyphForCodePoint(cp).id));
  }
  const out = readDirectory(subset.encode());
  out.set('cmap', cmap(map));
  out.set('name', tables.name);
  out.set('OS/2', tables['OS/2']);
  out.set('post', tables.post);
  return writeSfnt(out);
}

/** A cmap with a Windows Unicode BMP subtable (format 4) and, for characters past U+FFFF, a full one (format 12). */
function cmap(map: Map<number, number>): Buffer {
  const entries = [...map].sort((a, b) => a[0] - b[0]);
  const bmp = entries.filter(([cp]) => cp <= 0xffff);
  const subtables: [number, Buffer][] = [[1, format4(bmp)]];
  if (bmp.length < entries.length) subtables.push([10, format12(entries)]);
  const header = Buffer.alloc(4 + 8 * subtables.length);
  header.writeUInt16BE(subtables.length, 2);
  let offset = header.length;
  subtables.forEach(([encoding, table], i) => {
    header.writeUInt16BE(3, 4 + 8 * i); // platform: Windows
    header.writeUInt16BE(encoding, 6 + 8 * i);
    header.writeUInt32BE(offset, 8 + 8 * i);
    offset += table.length;
  });
  return Buffer.concat([header, ...subtables.map(([, t]) => t)]);
}

/** Runs of consecutive code points mapped to consecutive glyph ids. */
function runs(entries: readonly [number, number][]): { start: number; end: number; glyph: number }[] {
  const out: { start: number; end: number; glyph: number }[] = [];
  for (const [cp, glyph] of entries) {
    const last = out.at(-1);
    if (last && cp === last.end + 1 && glyph === last.glyph + (cp - last.start)) last.end = cp;
    else out.push({ start: cp, end: cp, glyph });
  }
  return out;
}

function format4(entries: readonly [number, number][]): Buffer {
  // Each run is a segment mapped by idDelta; the last segment (0xFFFF) is required by the format.
  const segments = [...runs(entries).map((r) => ({ ...r, delta: (r.glyph - r.start) & 0xffff })), { start: 0xffff, end: 0xffff, glyph: 0, delta: 1 }];
  const n = segments.length;
  const table = Buffer.alloc(16 + 8 * n);
  const log = Math.floor(Math.log2(n));
  table.writeUInt16BE(4, 0);
  table.writeUInt16BE(table.length, 2);
  table.writeUInt16BE(2 * n, 6);
  table.writeUInt16BE(2 * 2 ** log, 8); // searchRange
  table.writeUInt16BE(log, 10); // entrySelector
  table.writeUInt16BE(2 * n - 2 * 2 ** log, 12); // rangeShift
  segments.forEach((s, i) => {
    table.writeUInt16BE(s.end, 14 + 2 * i);
    table.writeUInt16BE(s.start, 16 + 2 * n + 2 * i);
    table.writeUInt16BE(s.delta, 16 + 4 * n + 2 * i);
    // idRangeOffset stays 0: every segment maps by its delta.
  });
  return table;
}

function format12(entries: readonly [number, number][]): Buffer {
  const groups = runs(entries);
  const table = Buffer.alloc(16 + 12 * groups.length);
  table.writeUInt16BE(12, 0);
  table.writeUInt32BE(table.length, 4);
  table.writeUInt32BE(groups.length, 12);
  groups.forEach((g, i) => {
    table.writeUInt32BE(g.start, 16 + 12 * i);
    table.writeUInt32BE(g.end, 20 + 12 * i);
    table.writeUInt32BE(g.glyph, 24 + 12 * i);
  });
  return table;
}

/**
 * The sfnt checksum: the sum of the data's big-endian 32-bit words, modulo 2^32. Summed by byte
 * position instead (each byte's place in its word fixes its weight), as plain reads of a byte
 * array: a readUInt32BE call per word cost a new process 22 ms over a summary's four subsets,
 * most of it spent calling before the loop is compiled. The four sums stay exact in a double.
 */
function checksum(data: Uint8Array): number {
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  let b3 = 0;
  const whole = data.length - (data.length % 4);
  for (let i = 0; i < whole; i += 4) {
    b0 += data[i]!;
    b1 += data[i + 1]!;
    b2 += data[i + 2]!;
    b3 += data[i + 3]!;
  }
  // A last partial word counts as if padded with zeros.
  if (whole < data.length) b0 += data[whole]!;
  if (whole + 1 < data.length) b1 += data[whole + 1]!;
  if (whole + 2 < data.length) b2 += data[whole + 2]!;
  return (b0 * 2 ** 24 + b1 * 2 ** 16 + b2 * 2 ** 8 + b3) % 2 ** 32;
}

/** An sfnt file (TrueType outlines) of `tables`, in tag order, each padded to four bytes, with checksums. */
function writeSfnt(tables: Map<string, Uint8Array>): Buffer {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  const log = Math.floor(Math.log2(n));
  const header = Buffer.alloc(12 + 16 * n);
  header.writeUInt32BE(0x00010000, 0); // TrueType outlines, as Windows requires (fontkit writes 'true')
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(16 * 2 ** log, 6);
  header.writeUInt16BE(log, 8);
  header.writeUInt16BE(16 * n - 16 * 2 ** log, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  let headAt = -1;
  tags.forEach((tag, i) => {
    const data = Buffer.from(tables.get(tag)!);
    const padded = Buffer.alloc(Math.ceil(data.length / 4) * 4);
    data.copy(padded);
    if (tag === 'head') {
      padded.writeUInt32BE(0, 8); // checkSumAdjustment is worked out over the whole file below
      headAt = offset;
    }
    header.write(tag, 12 + 16 * i, 4, 'latin1');
    header.writeUInt32BE(checksum(padded), 16 + 16 * i);
    header.writeUInt32BE(offset, 20 + 16 * i);
    header.writeUInt32BE(data.length, 24 + 16 * i);
    bodies.push(padded);
    offset += padded.length;
  });
  const file = Buffer.concat([header, ...bodies]);
  // The file's checksum is the sum of its parts' (each starts on a word): the header's and the tables' already in it.
  let whole = checksum(header);
  for (let i = 0; i < n; i++) whole = (whole + header.readUInt32BE(16 + 16 * i)) % 2 ** 32;
  if (headAt >= 0) file.writeUInt32BE((0xb1b0afba - whole + 2 ** 32) % 2 ** 32, headAt + 8);
  return file;
}
