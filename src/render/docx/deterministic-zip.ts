/**
 * Makes a DOCX byte-identical for the same content. The docx package gives relationships random
 * ids (nanoid), numbers drawing ids with a process-wide counter (so the nth document of a batch
 * worker would differ from the same document rendered alone), stamps the clock into
 * docProps/core.xml and zips with the current time. We take docx's file map before it is zipped,
 * rewrite those, and zip it ourselves (fflate) with a fixed date — one compression, not two.
 */
import { Packer, type Document as WordDocument } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const RANDOM_ID = /\b(?:Id|r:id|r:embed|r:link)="([A-Za-z0-9_-]{21})"/g;

type FileMap = Map<string, string | Uint8Array>;

/** docx's compiler is a static of Packer; when a docx release moves it, fall back to unzipping Packer's output. */
async function compile(word: WordDocument): Promise<FileMap> {
  const compiler = (Packer as unknown as { compiler?: { compile(file: WordDocument, prettify?: unknown, overrides?: unknown[]): Map<string, unknown> } }).compiler;
  if (compiler?.compile) {
    const files: FileMap = new Map();
    for (const [path, data] of compiler.compile(word, undefined, [])) {
      files.set(path, typeof data === 'string' ? data : data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBuffer));
    }
    return files;
  }
  return new Map(Object.entries(unzipSync(await Packer.toBuffer(word))));
}

export async function packDocx(word: WordDocument, date: Date): Promise<Buffer> {
  const files = await compile(word);
  const names = [...files.keys()].sort();
  const texts = new Map<string, string>();
  for (const name of names) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const data = files.get(name)!;
    texts.set(name, typeof data === 'string' ? data : strFromU8(data));
  }
  // Random relationship ids → stable ones, in order of first appearance across the sorted parts.
  const renames = new Map<string, string>();
  for (const text of texts.values()) {
    for (const m of text.matchAll(RANDOM_ID)) if (!renames.has(m[1]!)) renames.set(m[1]!, `wpRel${renames.size + 1}`);
  }
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const out: Zippable = {};
  // [Content_Types].xml first, as Word and the OOXML spec expect.
  for (const name of ['[Content_Types].xml', ...names.filter((n) => n !== '[Content_Types].xml')]) {
    if (!files.has(name)) continue;
    const text = texts.get(name);
    if (text === undefined) {
      const data = files.get(name)!;
      out[name] = typeof data === 'string' ? strToU8(data) : data;
      continue;
    }
    let t = text;
    if (renames.size) t = t.replace(/"([A-Za-z0-9_-]{21})"/g, (whole, id: string) => (renames.has(id) ? `"${renames.get(id)}"` : whole));
    if (name === 'docProps/core.xml') t = t.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${iso}$2`);
    // Drawing ids count up across every document a process renders; number them per document.
    let docPr = 0;
    t = t.replace(/(<wp:docPr id=")\d+(")/g, (_w, a: string, b: string) => `${a}${++docPr}${b}`);
    let cNvPr = 0;
    t = t.replace(/(<pic:cNvPr id=")\d+(")/g, (_w, a: string, b: string) => `${a}${++cNvPr}${b}`);
    out[name] = strToU8(t);
  }
  return Buffer.from(zipSync(out, { level: 1, mtime: date }));
}
