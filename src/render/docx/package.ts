/**
 * The DOCX package (OPC): the parts a WordprocessingML document needs, their content types and
 * relationships, zipped so the same content always gives the same bytes — in one process or many,
 * alone or as the nth document of a batch worker, in any time zone:
 *  - every id (relationships, drawings, list numbering) is numbered in document order;
 *  - created/modified and every zip entry's time are the document's own date, in UTC;
 *  - the parts are always written in the same order.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { MediaFile } from './media.js';
import { clean, esc, XML_DECLARATION } from './xml.js';

/** Deflate level for the XML parts: the cheapest; on parts this small a higher level saves only a few per cent. */
const ZIP_LEVEL = 1;

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** Relationship ids of the main part's fixed relations, used by document.xml's sectPr. */
export const REL_IDS = { header: 'rIdHeader', footer: 'rIdFooter' } as const;

export interface PackageParts {
  /** word/document.xml, word/styles.xml, … as text. */
  document: string;
  styles: string;
  numbering: string;
  header: string;
  footer: string;
  media: readonly MediaFile[];
  title: string;
  author: string;
  /** BCP 47 tag written as dc:language in the core properties. */
  language: string;
  /** Written as created and modified, and as every zip entry's time. */
  date: Date;
}

const relationship = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
const relationships = (rels: string) => `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;

const CONTENT_TYPES =
  `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Default Extension="png" ContentType="image/png"/>' +
  '<Default Extension="svg" ContentType="image/svg+xml"/>' +
  `<Override PartName="/word/document.xml" ContentType="${CT}.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="${CT}.styles+xml"/>` +
  `<Override PartName="/word/numbering.xml" ContentType="${CT}.numbering+xml"/>` +
  `<Override PartName="/word/settings.xml" ContentType="${CT}.settings+xml"/>` +
  `<Override PartName="/word/header1.xml" ContentType="${CT}.header+xml"/>` +
  `<Override PartName="/word/footer1.xml" ContentType="${CT}.footer+xml"/>` +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '</Types>';

const PACKAGE_RELS = relationships(
  relationship('rId1', `${REL}/officeDocument`, 'word/document.xml') +
    relationship('rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml') +
    relationship('rId3', `${REL}/extended-properties`, 'docProps/app.xml'),
);

/**
 * Compatibility mode 15 (Word 2013 and later): without it Word opens the file in "Compatibility
 * Mode" and lays it out like Word 2007. Fields are not marked for update: Word fills PAGE and
 * NUMPAGES by itself, and asking it to update would only add a prompt on open.
 */
const SETTINGS =
  `${XML_DECLARATION}<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
  '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="compressPunctuation"/>' +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

const APP =
  `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>workplan</Application></Properties>';

function coreProperties(p: PackageParts): string {
  const iso = p.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const author = esc(clean(p.author));
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(clean(p.title))}</dc:title><dc:creator>${author}</dc:creator><cp:lastModifiedBy>${author}</cp:lastModifiedBy>` +
    `<dc:language>${esc(p.language)}</dc:language><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function documentRels(media: readonly MediaFile[]): string {
  let rels =
    relationship('rIdStyles', `${REL}/styles`, 'styles.xml') +
    relationship('rIdNumbering', `${REL}/numbering`, 'numbering.xml') +
    relationship('rIdSettings', `${REL}/settings`, 'settings.xml') +
    relationship(REL_IDS.header, `${REL}/header`, 'header1.xml') +
    relationship(REL_IDS.footer, `${REL}/footer`, 'footer1.xml');
  for (const m of media) rels += relationship(m.relId, `${REL}/image`, m.path);
  return relationships(rels);
}

export function packDocx(p: PackageParts): Buffer {
  const xml = (text: string): [Uint8Array, { level: typeof ZIP_LEVEL }] => [strToU8(text), { level: ZIP_LEVEL }];
  // [Content_Types].xml first, as Word and the OOXML spec expect.
  const files: Zippable = {
    '[Content_Types].xml': xml(CONTENT_TYPES),
    '_rels/.rels': xml(PACKAGE_RELS),
    'docProps/app.xml': xml(APP),
    'docProps/core.xml': xml(coreProperties(p)),
    'word/document.xml': xml(p.document),
    'word/_rels/document.xml.rels': xml(documentRels(p.media)),
    'word/styles.xml': xml(p.styles),
    'word/numbering.xml': xml(p.numbering),
    'word/settings.xml': xml(SETTINGS),
    'word/header1.xml': xml(p.header),
    'word/footer1.xml': xml(p.footer),
  };
  // PNGs are compressed already, and SVGs are small: store them rather than deflate for nothing.
  for (const m of p.media) files[`word/${m.path}`] = [m.data, { level: /\.png$/.test(m.path) ? 0 : ZIP_LEVEL }];
  return stampZip(Buffer.from(zipSync(files)), p.date);
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
