/** Text of a PDF as a reader would copy it, pulled out with pdfjs. Shared by unit and end-to-end tests. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of each page: items in drawing order, a newline where pdfjs sees a line end. */
export async function pdfPageTexts(buf: Uint8Array): Promise<string[]> {
  // pdfjs may detach the buffer it is given, so it gets a copy.
  const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      pages.push(text);
    }
  } finally {
    await pdf.destroy();
  }
  return pages;
}

/** All the text of a PDF, pages joined by newlines. */
export async function pdfText(buf: Uint8Array): Promise<string> {
  return (await pdfPageTexts(buf)).join('\n');
}

/** Number of pages of a PDF. */
export async function pdfPages(buf: Uint8Array): Promise<number> {
  const pdf = await getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
  const n = pdf.numPages;
  await pdf.destroy();
  return n;
}
