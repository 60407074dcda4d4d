/** Text and XML of a DOCX, read the way Word stores them. */
import JSZip from 'jszip';

export async function docxXml(buf: Uint8Array, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const file = zip.file(part);
  if (!file) throw new Error(`${part} is not in the DOCX`);
  return file.async('string');
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** One line per paragraph (table cells included), in document order. */
export async function docxText(buf: Uint8Array): Promise<string> {
  const xml = await docxXml(buf);
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs
    .map((p) => {
      let text = '';
      for (const m of p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)) text += m[1] !== undefined ? decode(m[1]) : m[0] === '<w:tab/>' ? '\t' : '\n';
      return text;
    })
    .join('\n');
}
