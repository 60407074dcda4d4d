/** Text of a PDF as a reader would copy it, pulled out with pdfjs: pages joined by newlines. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfText(buf: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
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
  await pdf.destroy();
  return pages.join('\n');
}

/** Number of pages of a PDF. */
export async function pdfPages(buf: Uint8Array): Promise<number> {
  const pdf = await getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
  const n = pdf.numPages;
  await pdf.destroy();
  return n;
}
