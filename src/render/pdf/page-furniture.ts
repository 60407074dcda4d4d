/**
 * The running header (small, muted, over a thin rule) and the "page n of m" footer, added to every
 * page after the body is laid out, when the page count is known (pages are buffered until then).
 */
import type { DocumentMeta } from '../../document/types.js';
import type { Flow } from './flow.js';

/** Header text sits this far above the body's top margin; the footer this far below its bottom. */
const HEADER_RISE = 30;
const FOOTER_DROP = 22;

export function fillFooter(template: string, page: number, pages: number): string {
  return template.replaceAll('{page}', String(page)).replaceAll('{pages}', String(pages));
}

export function drawFurniture(flow: Flow, meta: DocumentMeta): void {
  const { doc, theme } = flow;
  const range = doc.bufferedPageRange();
  const style = { size: theme.size.small, color: theme.colors.muted };
  const header = flow.layout([{ text: meta.header }], flow.width, style);
  const headerY = flow.top - HEADER_RISE;
  const ruleY = headerY + header.lineHeight + 2;
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const draw = () => {
      // One line only: a header that does not fit is cut rather than pushed into the body.
      if (meta.header) flow.drawLines(header, flow.left, headerY, flow.width, 'left', 0, 1);
      doc.moveTo(flow.left, ruleY).lineTo(flow.right, ruleY).lineWidth(0.5).strokeColor(theme.colors.rule).stroke();
      const footer = flow.layout([{ text: fillFooter(meta.footer, i + 1, range.count) }], flow.width, style);
      flow.drawLines(footer, flow.left, flow.bottom + FOOTER_DROP, flow.width, 'center', 0, 1);
    };
    // Running header and page numbers are pagination artifacts: a screen reader skips them.
    if (flow.tags) flow.tags.artifact(draw, 'Pagination');
    else draw();
  }
}
