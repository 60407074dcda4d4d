/**
 * The DOCX back end: takes the Document and the theme, builds the Word document with the docx
 * package, and returns the file's bytes — the same bytes for the same input (stable-package.ts).
 */
import { Document as WordDocument, Packer } from 'docx';
import type { Document } from '../../document/types.js';
import type { Theme } from '../../theme/theme.js';
import { blocks } from './blocks.js';
import { embeddedFonts } from './embedded-fonts.js';
import { Pictures } from './media.js';
import { pageFurniture } from './page-furniture.js';
import { corePropertiesPart, stablePackage } from './stable-package.js';
import { StandIns } from './stand-ins.js';
import { numberingFor, stylesFor, wordLanguage } from './styles.js';

/** One turn of node's event loop. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface DocxOptions {
  /** Embed the document's faces, subset to its characters (default: theme.embedDocxFonts). */
  embedFonts?: boolean;
}

export async function renderDocx(doc: Document, theme: Theme, options: DocxOptions = {}): Promise<Buffer> {
  const { meta } = doc;
  const standIns = new StandIns();
  const ctx = { theme, textWidth: theme.page.width - theme.page.margin.left - theme.page.margin.right, lang: meta.lang, lists: 0, orderedLooks: new Map(), pictures: new Pictures(standIns) };
  const children = blocks(doc.blocks, ctx);
  // resvg's pixmaps (about 2 MB a chart) live outside V8's heap and are freed by finalizers that
  // node runs on its event loop. Rendering is synchronous, so a caller going from document to
  // document without other I/O would never let them run: 200 summaries in a row held 2.4 GB.
  // One turn per document keeps memory flat (about 300 MB in the same run).
  await turn();
  const word = new WordDocument({
    title: meta.title,
    creator: meta.author,
    styles: stylesFor(theme, meta.lang),
    numbering: numberingFor(ctx.orderedLooks),
    ...((options.embedFonts ?? theme.embedDocxFonts) ? { fonts: embeddedFonts(doc, theme).map((f) => standIns.forFont(f)) } : {}),
    sections: [{ ...pageFurniture(theme, meta), children }],
  });
  const core = corePropertiesPart({ title: meta.title, author: meta.author, language: wordLanguage(meta.lang), date: meta.date });
  return stablePackage(await Packer.pack(word, 'uint8array', false, [core]), meta.date, standIns);
}
