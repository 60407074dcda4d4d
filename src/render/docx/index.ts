/**
 * The DOCX back end: takes the Document and the theme, returns the file's bytes — the same bytes
 * for the same input (see deterministic-zip.ts).
 */
import { Document as WordDocument } from 'docx';
import type { Document } from '../../document/types.js';
import type { Theme } from '../../theme/theme.js';
import { blocks } from './blocks.js';
import { packDocx } from './deterministic-zip.js';
import { pageProperties, runningFooter, runningHeader } from './page-furniture.js';
import { documentStyles, numbering, wordLanguage } from './styles.js';

export async function renderDocx(doc: Document, theme: Theme): Promise<Buffer> {
  const { meta } = doc;
  const textWidth = theme.page.width - theme.page.margin.left - theme.page.margin.right;
  const word = new WordDocument({
    creator: meta.author,
    lastModifiedBy: meta.author,
    title: meta.title,
    styles: documentStyles(theme, meta.lang),
    numbering: numbering(),
    // Word fills PAGE/NUMPAGES in headers and footers by itself; asking it to update fields would
    // only add a "This document contains fields…" prompt on open.
    features: { updateFields: false },
    sections: [
      {
        properties: pageProperties(theme),
        headers: { default: runningHeader(meta) },
        footers: { default: runningFooter(meta) },
        children: blocks(doc.blocks, { theme, textWidth, lists: 0 }),
      },
    ],
  });
  return packDocx(word, { date: meta.date, language: wordLanguage(meta.lang) });
}
