/**
 * Text and XML of a DOCX, read the way Word stores them, for tests of any stage that ends in a DOCX.
 *
 *   docxText(buf)  one line per paragraph of word/document.xml (table cells included, in document
 *                  order; a line break inside a paragraph is a "\n" too), XML entities decoded.
 *   docxXml(buf, part)  the raw XML of one part, word/document.xml unless told otherwise.
 */
import JSZip from 'jszip';

export async function docxXml(buf: Uint8Array, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const file = zip.file(part);
  if (!file) throw new Error(`${part} is not in the DOCX`);
  return file.async('string');
}

/** Names of every part in the package, in zip order. */
export async function docxParts(buf: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(buf);
  return Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

export function decodeXml(s: string): string {
  return s.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|quot|apos|amp));/g, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    if (dec !== undefined) return String.fromCodePoint(parseInt(dec, 10));
    return NAMED[name!] ?? whole;
  });
}

/** The text of each paragraph (w:p) of some WordprocessingML, in order. */
export function paragraphTexts(xml: string): string[] {
  const out: string[] = [];
  // A paragraph is <w:p>…</w:p>, <w:p attr…>…</w:p> or an empty <w:p/>; never <w:pPr>, <w:pStyle>….
  for (const p of xml.matchAll(/<w:p(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    let text = '';
    for (const m of (p[1] ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:br\s[^>]*\/>|<w:tab\/>/g)) {
      if (m[1] !== undefined) text += decodeXml(m[1]);
      else if (m[0] === '<w:tab/>') text += '\t';
      else if (!/w:type="(?:page|column)"/.test(m[0])) text += '\n';
    }
    out.push(text);
  }
  return out;
}

/** One line per paragraph (table cells included), in document order. */
export async function docxText(buf: Uint8Array): Promise<string> {
  return paragraphTexts(await docxXml(buf)).join('\n');
}
