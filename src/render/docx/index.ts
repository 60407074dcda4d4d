/** The DOCX back end: takes the Document and the theme, returns the file's bytes. */
import { AlignmentType, Document as WordDocument, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { Document } from '../../document/types.js';
import type { Theme } from '../../theme/theme.js';
import { blocks } from './blocks.js';
import { documentStyles, numbering } from './styles.js';
import { packDocx } from './deterministic-zip.js';

/** Points to twentieths of a point, Word's page unit. */
const twip = (pt: number) => Math.round(pt * 20);

export async function renderDocx(doc: Document, theme: Theme): Promise<Buffer> {
  const { meta } = doc;
  const { page } = theme;
  const word = new WordDocument({
    creator: meta.author,
    lastModifiedBy: meta.author,
    title: meta.title,
    styles: documentStyles(theme, meta.lang),
    numbering: numbering(),
    features: { updateFields: false },
    sections: [
      {
        properties: {
          page: {
            size: { width: twip(page.width), height: twip(page.height) },
            margin: { top: twip(page.margin.top), bottom: twip(page.margin.bottom), left: twip(page.margin.left), right: twip(page.margin.right), header: twip(page.margin.top - 34), footer: twip(page.margin.bottom - 34) },
          },
        },
        headers: { default: new Header({ children: [new Paragraph({ style: 'PageFurniture', children: [new TextRun(meta.header)] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ style: 'PageFurniture', alignment: AlignmentType.CENTER, children: footerRuns(meta.footer) })] }) },
        children: blocks(doc.blocks, theme, { lists: 0 }),
      },
    ],
  });
  return packDocx(word, meta.date);
}

/** "Page {page} of {pages}" with live PAGE and NUMPAGES fields in place of the placeholders. */
function footerRuns(template: string): TextRun[] {
  return template.split(/(\{page\}|\{pages\})/).filter((p) => p !== '').map((part) => {
    if (part === '{page}') return new TextRun({ children: [PageNumber.CURRENT] });
    if (part === '{pages}') return new TextRun({ children: [PageNumber.TOTAL_PAGES] });
    return new TextRun(part);
  });
}
