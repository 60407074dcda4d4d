/** The running header and the "page n of m" footer, added to every page once the page count is known. */
import type { DocumentMeta } from '../../document/types.js';
import type { Flow } from './flow.js';

export function drawFurniture(flow: Flow, meta: DocumentMeta): void {
  const { doc, theme } = flow;
  const range = doc.bufferedPageRange();
  const size = theme.size.small;
  const header = flow.measure([{ text: meta.header }], flow.width, { size, color: theme.colors.muted });
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const headerY = theme.page.margin.top - 30;
    flow.drawLines(header, flow.left, headerY, flow.width, 'left', 0, 1);
    doc.moveTo(flow.left, headerY + header.lineHeight + 2).lineTo(flow.right, headerY + header.lineHeight + 2).lineWidth(0.5).strokeColor(theme.colors.rule).stroke();
    const text = meta.footer.replace('{page}', String(i - range.start + 1)).replace('{pages}', String(range.count));
    const footer = flow.measure([{ text }], flow.width, { size, color: theme.colors.muted });
    flow.drawLines(footer, flow.left, theme.page.height - theme.page.margin.bottom + 22, flow.width, 'center', 0, 1);
  }
}
