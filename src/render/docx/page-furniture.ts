/**
 * The page: size and margins from the theme, the running header, and the footer with live page
 * fields — "{page}" and "{pages}" in the localised footer become Word's PAGE and NUMPAGES fields,
 * so "Page 2 of 3" / "第 2 页，共 3 页" stays right however the document reflows in Word.
 */
import type { DocumentMeta } from '../../document/types.js';
import type { Theme } from '../../theme/theme.js';
import { clean, esc, twip, W_NAMESPACES, XML_DECLARATION } from './xml.js';

/** Distance of the header and footer text from the paper's edge, in points (inside the margin). */
const FURNITURE_INSET = 30;

/** The section's properties (w:sectPr), pointing at the header and footer parts by relationship id. */
export function sectionProperties(theme: Theme, rel: { header: string; footer: string }): string {
  const { width, height, margin } = theme.page;
  return (
    `<w:sectPr><w:headerReference w:type="default" r:id="${rel.header}"/><w:footerReference w:type="default" r:id="${rel.footer}"/>` +
    `<w:pgSz w:w="${twip(width)}" w:h="${twip(height)}"/>` +
    `<w:pgMar w:top="${twip(margin.top)}" w:right="${twip(margin.right)}" w:bottom="${twip(margin.bottom)}" w:left="${twip(margin.left)}" ` +
    `w:header="${twip(Math.min(FURNITURE_INSET, margin.top / 2))}" w:footer="${twip(Math.min(FURNITURE_INSET, margin.bottom / 2))}" w:gutter="0"/>` +
    '<w:docGrid w:linePitch="360"/></w:sectPr>'
  );
}

const text = (s: string) => `<w:r><w:t xml:space="preserve">${esc(s)}</w:t></w:r>`;

/** word/header1.xml: the running header, one line in the Header style. */
export function headerXml(meta: DocumentMeta): string {
  return `${XML_DECLARATION}<w:hdr ${W_NAMESPACES}><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>${text(clean(meta.header))}</w:p></w:hdr>`;
}

/** word/footer1.xml: the footer template, centred, each placeholder a field. */
export function footerXml(meta: DocumentMeta): string {
  return `${XML_DECLARATION}<w:ftr ${W_NAMESPACES}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>${footerRuns(meta.footer)}</w:p></w:ftr>`;
}

/** A field Word and LibreOffice compute as they lay out the pages. */
const field = (instruction: string) =>
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
  `<w:r><w:instrText xml:space="preserve">${instruction}</w:instrText></w:r>` +
  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';

/** The footer template split around its placeholders, each placeholder a field. */
export function footerRuns(template: string): string {
  return clean(template)
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? field('PAGE') : part === '{pages}' ? field('NUMPAGES') : text(part)))
    .join('');
}
