/** The PDF back end: takes the Document and the theme, returns the file's bytes. */
import PDFDocument from 'pdfkit';
import type { Document } from '../../document/types.js';
import type { Theme } from '../../theme/theme.js';
import { Flow } from './flow.js';
import { drawBlocks } from './blocks.js';
import { drawFurniture } from './page-furniture.js';

export async function renderPdf(doc: Document, theme: Theme): Promise<Buffer> {
  const { meta } = doc;
  const chain = theme.pdfFallback[meta.lang] ?? theme.pdfFallback.en!;
  const pdf = new PDFDocument({
    size: [theme.page.width, theme.page.height],
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    bufferPages: true,
    autoFirstPage: true,
    lang: meta.lang,
    pdfVersion: '1.7',
    displayTitle: true,
    info: { Title: meta.title, Author: meta.author, Creator: 'workplan', Producer: 'workplan', CreationDate: meta.date, ModDate: meta.date },
    // No default Helvetica: every run sets its own face, and parsing the AFM cost time per document.
    font: null as unknown as string,
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });
  const flow = new Flow(pdf, theme, chain);
  drawBlocks(flow, doc.blocks);
  drawFurniture(flow, meta);
  pdf.end();
  await done;
  return Buffer.concat(chunks);
}
