/**
 * Packs a DOCX so the same content always gives the same bytes, in one process or many, alone or
 * as the nth document of a batch worker. What varies if left alone, and what we do about it:
 *  - docProps/core.xml: docx stamps created/modified with the clock → the document's own date;
 *  - the zip: each entry carries a local time → the document's date, in UTC, for every entry; fixed file order;
 *  - drawing ids (wp:docPr, pic:cNvPr) come from a counter shared by the whole process → renumbered
 *    from 1 in each part;
 *  - relationship ids docx makes with nanoid (hyperlinks, some parts) → numbered in order of first use.
 * Media names are already content hashes, numbering ids already per document.
 *
 * We take docx's file map before it is zipped (its Compiler), rewrite those, and zip it ourselves
 * (fflate) — one compression, not docx's followed by ours.
 */
import { Packer, type Document as WordDocument } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** nanoid's 21 characters of [A-Za-z0-9_-] as an attribute value. */
const RANDOM_ID = /\b(?:Id|r:id|r:embed|r:link|w:id)="([A-Za-z0-9_-]{21})"/g;

/** Deflate level for the XML parts: the cheapest; on parts this small a higher level saves only a few per cent. */
const ZIP_LEVEL = 1;

type FileMap = Map<string, string | Uint8Array>;

interface Compiler {
  compile(file: WordDocument, prettify?: unknown, overrides?: unknown[]): Map<string, unknown>;
}

/** docx's compiler is a static of Packer; should a docx release move it, unzip Packer's output instead. */
async function compile(word: WordDocument): Promise<FileMap> {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (typeof compiler?.compile === 'function') {
    const files: FileMap = new Map();
    for (const [path, data] of compiler.compile(word, undefined, [])) {
      files.set(path, typeof data === 'string' || data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBuffer));
    }
    return files;
  }
  return new Map(Object.entries(unzipSync(await Packer.toBuffer(word))));
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface PackOptions {
  /** Written as created and modified, and as every zip entry's time. */
  date: Date;
  /** BCP 47 tag written as dc:language in the core properties. */
  language: string;
}

export async function packDocx(word: WordDocument, { date, language }: PackOptions): Promise<Buffer> {
  const files = await compile(word);
  // [Content_Types].xml first, as Word and the OOXML spec expect; the rest in name order.
  const names = ['[Content_Types].xml', ...[...files.keys()].filter((n) => n !== '[Content_Types].xml').sort()].filter((n) => files.has(n));
  const texts = new Map<string, string>();
  for (const name of names) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const data = files.get(name)!;
    texts.set(name, typeof data === 'string' ? data : strFromU8(data));
  }

  const renames = new Map<string, string>();
  for (const text of texts.values()) {
    for (const m of text.matchAll(RANDOM_ID)) if (!renames.has(m[1]!)) renames.set(m[1]!, `rIdW${renames.size + 1}`);
  }

  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const out: Zippable = {};
  // Drawing ids must be unique across the whole package, so one count runs through every part.
  let docPr = 0;
  let cNvPr = 0;
  for (const name of names) {
    const text = texts.get(name);
    if (text === undefined) {
      const data = files.get(name)!;
      // PNGs are compressed already: store them as they are rather than deflate them again for nothing.
      out[name] = [typeof data === 'string' ? strToU8(data) : data, { level: /\.(png|jpe?g|gif)$/i.test(name) ? 0 : ZIP_LEVEL }];
      continue;
    }
    let t = text;
    if (renames.size) t = t.replace(/"([A-Za-z0-9_-]{21})"/g, (whole, id: string) => (renames.has(id) ? `"${renames.get(id)}"` : whole));
    if (name === 'docProps/core.xml') {
      t = t.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${iso}$2`);
      if (!t.includes('<dc:language>')) t = t.replace('</cp:coreProperties>', `<dc:language>${xmlEscape(language)}</dc:language></cp:coreProperties>`);
    }
    if (t.includes('docPr id="')) {
      t = t.replace(/(<wp:docPr id=")\d+(")/g, (_w, a: string, b: string) => `${a}${++docPr}${b}`);
      t = t.replace(/(<pic:cNvPr id=")\d+(")/g, (_w, a: string, b: string) => `${a}${++cNvPr}${b}`);
    }
    out[name] = [strToU8(t), { level: ZIP_LEVEL }];
  }
  return stampZip(Buffer.from(zipSync(out)), date);
}

/**
 * fflate stamps each entry with a DOS time made from a Date's local-time fields, so the same
 * instant would give different bytes under a different TZ (and the clock's time if none is given).
 * We overwrite the time and date of every entry, in the local headers and the central directory,
 * with the document's date in UTC. DOS dates only cover 1980-2107; a date outside
 * (SOURCE_DATE_EPOCH=0) is clamped, for the zip only.
 */
function stampZip(zip: Buffer, date: Date): Buffer {
  const d = new Date(Math.min(Math.max(date.getTime(), Date.UTC(1980, 0, 1)), Date.UTC(2107, 11, 31)));
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  const day = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  // End of central directory: the last 22 bytes, as fflate writes no archive comment.
  const eocd = zip.length - 22;
  if (zip.readUInt32LE(eocd) !== 0x06054b50) throw new Error('DOCX zip: end of central directory not found');
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('DOCX zip: bad central directory entry');
    zip.writeUInt16LE(time, at + 12);
    zip.writeUInt16LE(day, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error('DOCX zip: bad local header');
    zip.writeUInt16LE(time, local + 10);
    zip.writeUInt16LE(day, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}
