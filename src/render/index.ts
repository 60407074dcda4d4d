/**
 * One function per output format behind one switch; back ends see only the Document and theme.
 * Each back end is imported when first used, so `--format docx` never loads the PDF and font code
 * and `--format pdf` never loads the DOCX writer and the rasteriser (the module stays loaded after).
 */
import type { Document } from '../document/types.js';
import type { Format } from '../output/paths.js';
import type { Theme } from '../theme/theme.js';
import type { DocxOptions } from './docx/index.js';

export async function renderDocument(doc: Document, format: Format, theme: Theme, options: DocxOptions = {}): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return (await import('./docx/index.js')).renderDocx(doc, theme, options);
    case 'pdf':
      return (await import('./pdf/index.js')).renderPdf(doc, theme);
  }
}
