/** Lays out a Document on pdfkit pages and returns the file's bytes. */
import PDFDocument from 'pdfkit';
import type { Document } from '../../document/types.js';
import type { Theme } from '../../theme/theme.js';
import { drawBlocks } from './blocks.js';
import { useFontFiles } from './fonts.js';
import { fontChain } from './fallback.js';
import { Flow, type LineObserver } from './flow.js';
import { drawFurniture } from './page-furniture.js';
import { Tagger } from './tagger.js';
import { deflateAtLevel1 } from './fast-deflate.js';
import { gatherWrites } from './page-content.js';

/**
 * pdfkit's document, with every stream deflated at level 1 (see fast-deflate.ts), and the file's
 * pieces collected in an array rather than pushed through the readable stream one by one: a tagged
 * PDF has a few thousand small objects, and the stream's bookkeeping per piece cost more than
 * writing them (the bytes are the same: pdfkit's own conversion keeps the low byte of each unit, as latin1 does).
 */
class Pdf extends PDFDocument {
  /** Set on the first write, which happens inside pdfkit's constructor, before field initialisers run. */
  declare parts: Uint8Array[] | undefined;

  override ref(data: object) {
    return deflateAtLevel1(super.ref(data));
  }

  override addPage(options?: PDFKit.PDFDocumentOptions) {
    super.addPage(options);
    gatherWrites((this as unknown as { page: { content: object } }).page.content);
    return this;
  }

  _write(data: string | Uint8Array): void {
    const bytes = data instanceof Uint8Array ? data : Buffer.from(`${data}\n`, 'latin1');
    (this.parts ??= []).push(bytes);
    (this as unknown as { _offset: number })._offset += bytes.length;
  }
}

export interface PdfRenderOptions {
  /** Sees every line as it is drawn (for tests of the line breaking). */
  observe?: LineObserver;
}

export async function renderPdfDocument(doc: Document, theme: Theme, options: PdfRenderOptions = {}): Promise<Buffer> {
  const { meta } = doc;
  useFontFiles(theme.fontFiles);
  const chain = fontChain(theme, meta.lang);
  const pdf = new Pdf({
    size: [theme.page.width, theme.page.height],
    margins: theme.page.margin,
    bufferPages: true,
    autoFirstPage: true,
    lang: meta.lang,
    pdfVersion: '1.7',
    displayTitle: true,
    // A tagged PDF: the structure tree (headings, paragraphs, lists, tables, figures) is built as the pages are drawn.
    tagged: true,
    // Fixed dates: pdfkit derives the file ID from the info, so equal input gives equal bytes.
    info: { Title: meta.title, Author: meta.author, Creator: 'workplan', Producer: 'workplan', CreationDate: meta.date, ModDate: meta.date },
    // No default Helvetica: every run sets its own face; reading the AFM cost time per document,
    // and pdfkit's data files are not beside it in the esbuild bundle.
    font: null as unknown as string,
  });
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  // Nothing is read from the stream (see _write), but it must flow for 'end' to come.
  pdf.resume();
  const flow = new Flow(pdf, theme, chain, meta.lang);
  flow.tags = new Tagger(pdf, meta.lang);
  flow.observe = options.observe;
  drawBlocks(flow, doc.blocks);
  drawFurniture(flow, meta);
  flow.tags.end();
  pdf.end();
  await done;
  return Buffer.concat(pdf.parts ?? []);
}
