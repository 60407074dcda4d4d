/** One function per output format behind one switch; back ends see only the Document and theme. */
import type { Document } from '../document/types.js';
import type { Format } from '../output/paths.js';
import type { Theme } from '../theme/theme.js';
import { renderDocx, type DocxOptions } from './docx/index.js';
import { renderPdf } from './pdf/index.js';

export async function renderDocument(doc: Document, format: Format, theme: Theme, options: DocxOptions = {}): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return renderDocx(doc, theme, options);
    case 'pdf':
      return renderPdf(doc, theme);
  }
}
