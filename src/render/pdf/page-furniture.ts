/**
 * The running header (the theme's logo, then small muted text, over a thin rule) and the "page n of m" footer, added to every
 * page after the body is laid out, when the page count is known (pages are buffered until then).
 */
import { HEADER_SEPARATOR as SEPARATOR, type DocumentMeta } from '../../document/types.js';
import { placeLogo } from '../../theme/logo-size.js';
import type { Flow } from './flow.js';

/** Header text sits this far above the body's top margin; the footer this far below its bottom. */
const HEADER_RISE = 30;
const FOOTER_DROP = 22;
/** Room between the logo and the header text. */
const LOGO_GAP = 6;

export function fillFooter(template: string, page: number, pages: number): string {
  return template.replaceAll('{page}', String(page)).replaceAll('{pages}', String(pages));
}

/**
 * The header as long as it fits on one line: whole parts (between " · ") are dropped from the
 * end, so a wide logo or a long name costs the period rather than cutting "Monthly work plan"
 * (or a Chinese name, which breaks anywhere) in the middle of a word.
 */
export function headerThatFits(header: string, fits: (text: string) => boolean): string {
  const parts = header.split(SEPARATOR);
  while (parts.length > 1 && !fits(parts.join(SEPARATOR))) parts.pop();
  return parts.join(SEPARATOR);
}

export function drawFurniture(flow: Flow, meta: DocumentMeta): void {
  const { doc, theme } = flow;
  const range = doc.bufferedPageRange();
  const style = { size: theme.size.small, color: theme.colors.muted };
  const headerY = flow.top - HEADER_RISE;
  const logo = theme.logo && placeLogo(theme.logo.pixelWidth, theme.logo.pixelHeight, theme.logoHeight, flow.width / 3);
  // The logo sits on the rule, as tall as the theme says, and the text moves right of it.
  const textLeft = flow.left + (logo ? logo.width + LOGO_GAP : 0);
  const headerWidth = flow.right - textLeft;
  const layHeader = (text: string) => flow.layout([{ text }], headerWidth, style);
  const header = layHeader(headerThatFits(meta.header, (text) => layHeader(text).lines.length <= 1));
  const ruleY = headerY + header.lineHeight + 2;
  // Opened once, so every page shows the same image object rather than a copy each (pdfkit
  // caches pictures by path only; @types/pdfkit does not declare openImage).
  const image = theme.logo && (doc as unknown as { openImage(src: Buffer): PDFKit.Mixins.ImageSrc }).openImage(theme.logo.data);
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const draw = () => {
      // One line only: a header whose first part alone does not fit is cut rather than pushed into the body.
      if (meta.header) flow.drawLines(header, textLeft, headerY, flow.right - textLeft, 'left', 0, 1);
      if (image && logo) doc.image(image, flow.left, ruleY - 2 - logo.height, { width: logo.width, height: logo.height });
      doc.moveTo(flow.left, ruleY).lineTo(flow.right, ruleY).lineWidth(0.5).strokeColor(theme.colors.rule).stroke();
      const footer = flow.layout([{ text: fillFooter(meta.footer, i + 1, range.count) }], flow.width, style);
      flow.drawLines(footer, flow.left, flow.bottom + FOOTER_DROP, flow.width, 'center', 0, 1);
    };
    // Running header and page numbers are pagination artifacts: a screen reader skips them.
    if (flow.tags) flow.tags.artifact(draw, 'Pagination');
    else draw();
  }
}

