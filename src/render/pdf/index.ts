/**
 * The PDF back end: takes the Document and the theme, returns the file's bytes.
 *
 * pdfkit, fontkit and the line-breaking tables cost about 150 ms to import, so they are loaded on
 * the first PDF rather than by everyone who imports the renderers (a DOCX-only run never pays).
 */
import type { Document } from '../../document/types.js';
import type { Theme } from '../../theme/theme.js';

let impl: Promise<typeof import('./render-document.js')> | undefined;

export async function renderPdf(doc: Document, theme: Theme): Promise<Buffer> {
  impl ??= import('./render-document.js');
  return (await impl).renderPdfDocument(doc, theme);
}
