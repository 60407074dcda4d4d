/**
 * Makes a DOCX byte-identical for the same content. The docx package stamps the clock into
 * docProps/core.xml and zip entries, gives relationships random ids (nanoid), and numbers drawing
 * ids with a process-wide counter (so the nth document of a batch worker would differ from the
 * same document rendered alone). All of that is rewritten here, and the zip rebuilt with fixed dates.
 */
import JSZip from 'jszip';

const RANDOM_ID = /\b(?:Id|r:id|r:embed|r:link)="([A-Za-z0-9_-]{21})"/g;

export async function normalizeDocx(bytes: Uint8Array, date: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir).sort();
  const texts = new Map<string, string>();
  for (const name of names) if (/\.(xml|rels)$/.test(name)) texts.set(name, await zip.files[name]!.async('string'));

  // Random relationship ids → stable ones, in order of first appearance across the sorted parts.
  const renames = new Map<string, string>();
  for (const text of texts.values()) {
    for (const m of text.matchAll(RANDOM_ID)) if (!renames.has(m[1]!)) renames.set(m[1]!, `wpRel${renames.size + 1}`);
  }
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const out = new JSZip();
  for (const name of names) {
    let data: string | Uint8Array;
    const text = texts.get(name);
    if (text !== undefined) {
      let t = text;
      if (renames.size) t = t.replace(/"([A-Za-z0-9_-]{21})"/g, (whole, id: string) => (renames.has(id) ? `"${renames.get(id)}"` : whole));
      if (name === 'docProps/core.xml') t = t.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${iso}$2`);
      // Drawing ids count up across every document a process renders; number them per document.
      let docPr = 0;
      t = t.replace(/(<wp:docPr id=")\d+(")/g, (_w, a: string, b: string) => `${a}${++docPr}${b}`);
      let cNvPr = 0;
      t = t.replace(/(<pic:cNvPr id=")\d+(")/g, (_w, a: string, b: string) => `${a}${++cNvPr}${b}`);
      data = t;
    } else {
      data = await zip.files[name]!.async('uint8array');
    }
    out.file(name, data, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}
