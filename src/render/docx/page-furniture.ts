/**
 * The page: size and margins from the theme, the running header, and the footer with live page
 * fields — "{page}" and "{pages}" in the localised footer become Word's PAGE and NUMPAGES fields,
 * so "Page 2 of 3" / "第 2 页，共 3 页" stays right however the document reflows in Word.
 */
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { DocumentMeta } from '../../document/types.js';
import type { Theme } from '../../theme/theme.js';
import { clean } from './inline.js';
import { twip } from './styles.js';

/** Distance of the header and footer text from the paper's edge, in points (inside the margin). */
const FURNITURE_INSET = 30;

export function pageProperties(theme: Theme): NonNullable<ISectionOptions['properties']> {
  const { width, height, margin } = theme.page;
  return {
    page: {
      size: { width: twip(width), height: twip(height) },
      margin: {
        top: twip(margin.top),
        bottom: twip(margin.bottom),
        left: twip(margin.left),
        right: twip(margin.right),
        header: twip(Math.min(FURNITURE_INSET, margin.top / 2)),
        footer: twip(Math.min(FURNITURE_INSET, margin.bottom / 2)),
      },
    },
  };
}

export function runningHeader(meta: DocumentMeta): Header {
  return new Header({ children: [new Paragraph({ style: 'Header', children: [new TextRun(clean(meta.header))] })] });
}

export function runningFooter(meta: DocumentMeta): Footer {
  return new Footer({ children: [new Paragraph({ style: 'Footer', alignment: AlignmentType.CENTER, children: footerRuns(meta.footer) })] });
}

/** The footer template split around its placeholders, each placeholder a field. */
export function footerRuns(template: string): TextRun[] {
  return clean(template)
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => {
      if (part === '{page}') return new TextRun({ children: [PageNumber.CURRENT] });
      if (part === '{pages}') return new TextRun({ children: [PageNumber.TOTAL_PAGES] });
      return new TextRun(part);
    });
}
