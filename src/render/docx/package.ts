/**
 * The DOCX package (OPC): the parts a WordprocessingML document needs, their content types and
 * relationships, zipped so the same content always gives the same bytes — in one process or many,
 * alone or as the nth document of a batch worker, in any time zone:
 *  - every id (relationships, drawings, list numbering) is numbered in document order;
 *  - created/modified and every zip entry's time are the document's own date, in UTC;
 *  - the parts are always written in the same order.
 */
import type { MediaFile } from './media.js';
import { clean, esc, XML_DECLARATION } from './xml.js';
import { zip, type ZipEntry } from './zip.js';

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
  const xml = (name: string, text: string): ZipEntry => ({ name, data: Buffer.from(text, 'utf8'), deflate: true });
  // [Content_Types].xml first, as Word and the OOXML spec expect.
  const entries = [
    xml('[Content_Types].xml', CONTENT_TYPES),
    xml('_rels/.rels', PACKAGE_RELS),
    xml('docProps/app.xml', APP),
    xml('docProps/core.xml', coreProperties(p)),
    xml('word/document.xml', p.document),
    xml('word/_rels/document.xml.rels', documentRels(p.media)),
    xml('word/styles.xml', p.styles),
    xml('word/numbering.xml', p.numbering),
    xml('word/settings.xml', SETTINGS),
    xml('word/header1.xml', p.header),
    xml('word/footer1.xml', p.footer),
  ];
  // PNGs are compressed already: store them rather than deflate them again for nothing.
  for (const m of p.media) entries.push({ name: `word/${m.path}`, data: m.data, deflate: !m.path.endsWith('.png') });
  return zip(entries, p.date);
}
