/**
 * The DOCX back end: takes the Document and the theme, returns the file's bytes — the same bytes
 * for the same input (see package.ts).
 *
 * WordprocessingML is written directly as text. The document uses a small, fixed part of it
 * (styled paragraphs, runs, tables, inline pictures, one section), and writing those few elements
 * as strings costs about a tenth of building them as an object tree and serialising that: an
 * annual summary's body went from about 26 ms to under 3.
 */
import type { Document } from '../../document/types.js';
import type { Theme } from '../../theme/theme.js';
import { blocks } from './blocks.js';
import { Media } from './media.js';
import { packDocx, REL_IDS } from './package.js';
import { footerXml, headerXml, sectionProperties } from './page-furniture.js';
import { numberingXml, stylesXml, wordLanguage } from './styles.js';
import { W_NAMESPACES, XML_DECLARATION } from './xml.js';

/** One turn of node's event loop. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function renderDocx(doc: Document, theme: Theme): Promise<Buffer> {
  const { meta } = doc;
  const ctx = { theme, textWidth: theme.page.width - theme.page.margin.left - theme.page.margin.right, lists: 0, media: new Media() };
  const body = blocks(doc.blocks, ctx);
  // resvg's pixmaps (about 2 MB a chart) live outside V8's heap and are freed by finalizers that
  // node runs on its event loop. Rendering is synchronous, so a caller going from document to
  // document without other I/O would never let them run: 200 summaries in a row held 2.4 GB.
  // One turn per document keeps memory flat (about 300 MB in the same run).
  await turn();
  return packDocx({
    document: `${XML_DECLARATION}<w:document ${W_NAMESPACES}><w:body>${body}${sectionProperties(theme, REL_IDS)}</w:body></w:document>`,
    styles: stylesXml(theme, meta.lang),
    numbering: numberingXml(ctx.lists),
    header: headerXml(meta),
    footer: footerXml(meta),
    media: ctx.media.files,
    title: meta.title,
    author: meta.author,
    language: wordLanguage(meta.lang),
    date: meta.date,
  });
}
