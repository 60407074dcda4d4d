/**
 * Same input, same bytes: the docx package writes the wall clock into the core properties and
 * into every ZIP entry (in local time), and a fresh random key for each embedded font. This pass
 * fixes all three (and puts the real bytes of fonts and pictures where the packer was given
 * stand-ins, see stand-ins.ts), so a document comes out byte for byte the same in one process or
 * many, as the nth document of a batch worker, in any time zone:
 *  - the core properties are our own part (given to the packer as an override, the packer's public
 *    way to replace a part), dated at the document's own date;
 *  - each embedded font's key is derived from the font's bytes, and the font re-obfuscated with it;
 *  - every ZIP entry is dated at the document's date, in UTC, and [Content_Types].xml comes first,
 *    as Word and the OPC spec expect; the other entries keep the packer's order.
 * The package has no option for any of these (checked on docx 9.15); nothing here reaches into it.
 */
import { createHash } from 'node:crypto';
import { STAND_IN_LENGTH, type StandIns } from './stand-ins.js';
import { deflatedEntry, entryData, readZip, storedEntry, writeZip, type ZipEntry } from './zip-entries.js';
import { clean } from './xml.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (text: string) => clean(text).replace(/[&<>"]/g, (c) => ESCAPES[c]!);

export interface CoreProperties {
  title: string;
  author: string;
  /** BCP 47 tag written as dc:language. */
  language: string;
  /** Written as created and modified. */
  date: Date;
}

/** docProps/core.xml, to be handed to the packer as an override. */
export function corePropertiesPart(p: CoreProperties): { path: string; data: string } {
  const iso = p.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const author = esc(p.author);
  return {
    path: 'docProps/core.xml',
    data:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:title>${esc(p.title)}</dc:title><dc:creator>${author}</dc:creator><cp:lastModifiedBy>${author}</cp:lastModifiedBy>` +
      `<dc:language>${esc(p.language)}</dc:language><cp:revision>1</cp:revision>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>` +
      '</cp:coreProperties>',
  };
}

const FONT_TABLE = 'word/fontTable.xml';
const FONT_LEVEL = 1;
const FONT_RELS = 'word/_rels/fontTable.xml.rels';

/** The package's bytes made stable: fixed dates, fixed order, font keys from the fonts, real bytes for stand-ins. */
export function stablePackage(packed: Uint8Array, date: Date, standIns: StandIns): Buffer {
  const entries = readZip(Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength)).map((e) => realPicture(e, standIns));
  const fixed = rekeyFonts(entries, standIns);
  const types = fixed.filter((e) => e.name === '[Content_Types].xml');
  return writeZip([...types, ...fixed.filter((e) => e.name !== '[Content_Types].xml')], date);
}

/** Already compressed: deflating them again gains a few bytes for a lot of time. */
const COMPRESSED_PICTURE = /\.(png|jpe?g|gif)$/i;

/** A picture part with its real bytes where the packer had a stand-in. */
function realPicture(e: ZipEntry, standIns: StandIns): ZipEntry {
  if (!e.name.startsWith('word/media/') || e.size !== STAND_IN_LENGTH) return e;
  const real = standIns.resolve(entryData(e));
  if (!real) return e;
  return COMPRESSED_PICTURE.test(e.name) ? storedEntry(e.name, real) : deflatedEntry(e.name, real);
}

/** The 16 key bytes of a font key "{XXXXXXXX-XXXX-…}", in the order ODTTF applies them (ECMA-376 Part 2, 17.8.1: reversed). */
function keyBytes(key: string): number[] {
  const hex = key.replace(/[{}-]/g, '');
  return Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16)).reverse();
}

/** Font obfuscation XORs the first 32 bytes with the key, so it undoes itself. */
function xorHead(data: Buffer, key: string): Buffer {
  const k = keyBytes(key);
  for (let i = 0; i < 32 && i < data.length; i++) data[i] = data[i]! ^ k[i % 16]!;
  return data;
}

/** A key in GUID form from the first 16 bytes of the font's SHA-256: the same font, the same key. */
function keyFor(font: Buffer): string {
  const h = createHash('sha256').update(font).digest('hex').toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}}`;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function rekeyFonts(entries: ZipEntry[], standIns: StandIns): ZipEntry[] {
  const table = entries.find((e) => e.name === FONT_TABLE);
  const rels = entries.find((e) => e.name === FONT_RELS);
  if (!table || !rels) return entries;
  const targets = new Map<string, string>();
  for (const [tag] of entryData(rels).toString('utf8').matchAll(/<Relationship\s[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) targets.set(id, `word/${target}`);
  }
  const replaced = new Map<string, ZipEntry>();
  const xml = entryData(table)
    .toString('utf8')
    .replace(/<w:embed(?:Regular|Bold|Italic|BoldItalic)\s[^>]*>/g, (tag) => {
      const part = targets.get(attribute(tag, 'r:id') ?? '');
      const key = attribute(tag, 'w:fontKey');
      const entry = entries.find((e) => e.name === part);
      if (!part || !key || !entry) return tag;
      const packed = xorHead(entryData(entry), key);
      // A copy: obfuscation below rewrites the bytes in place.
      const font = Buffer.from(standIns.resolve(packed) ?? packed);
      const stable = keyFor(font);
      // Level 1, as the PDF's font streams (render/pdf/fast-deflate.ts): glyph outlines barely
      // compress at any level; level 6 took 4.0 ms for a 140 kB CJK subset against 2.8 ms, for 4% fewer bytes.
      replaced.set(part, deflatedEntry(part, xorHead(font, stable), FONT_LEVEL));
      return tag.replace(key, stable);
    });
  replaced.set(FONT_TABLE, deflatedEntry(FONT_TABLE, Buffer.from(xml, 'utf8')));
  return entries.map((e) => replaced.get(e.name) ?? e);
}
