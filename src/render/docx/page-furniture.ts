/**
 * The page: size and margins from the theme, the running header, and the footer with live page
 * fields — "{page}" and "{pages}" in the localised footer become Word's PAGE and NUMPAGES fields,
 * so "Page 2 of 3" / "第 2 页，共 3 页" stays right however the document reflows in Word.
 */
import { AlignmentType, Footer, Header, ImageRun, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { DocumentMeta } from '../../document/types.js';
import type { Logo, Theme } from '../../theme/theme.js';
import { placeLogo } from '../../theme/logo-size.js';
import { clean, twip } from './xml.js';

/** Distance of the header and footer text from the paper's edge, in points (inside the margin). */
const FURNITURE_INSET = 30;

type Furniture = Pick<ISectionOptions, 'properties' | 'headers' | 'footers'>;

/** The section's page, header and footer. */
export function pageFurniture(theme: Theme, meta: DocumentMeta): Furniture {
  const { width, height, margin } = theme.page;
  return {
    properties: {
      page: {
        size: { width: twip(width), height: twip(height) },
        margin: {
          top: twip(margin.top),
          right: twip(margin.right),
          bottom: twip(margin.bottom),
          left: twip(margin.left),
          header: twip(Math.min(FURNITURE_INSET, margin.top / 2)),
          footer: twip(Math.min(FURNITURE_INSET, margin.bottom / 2)),
          gutter: 0,
        },
      },
    },
    headers: { default: new Header({ children: [new Paragraph({ style: 'Header', children: [...(theme.logo ? [logoRun(theme.logo, theme), new TextRun('  ')] : []), new TextRun(clean(meta.header))] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ style: 'Footer', alignment: AlignmentType.CENTER, children: [new TextRun({ children: footerParts(meta.footer) })] })] }) },
  };
}

type FooterPart = string | (typeof PageNumber)[keyof typeof PageNumber];

/** The footer template split around its placeholders, each placeholder a field. */
export function footerParts(template: string): FooterPart[] {
  return clean(template)
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? PageNumber.CURRENT : part === '{pages}' ? PageNumber.TOTAL_PAGES : part));
}

/** The package sizes pictures in pixels at 96 to the inch. */
const PX_PER_PT = 96 / 72;
/** The logo's drawing id: the body's pictures are numbered from 1 (media.ts), and Word wants every id in a file unique. */
const LOGO_DRAWING_ID = '100000';

/** The logo inline at the start of the header line, sized as in the PDF; an SVG logo keeps its PNG as the fallback. */
function logoRun(logo: Logo, theme: Theme): ImageRun {
  const width = theme.page.width - theme.page.margin.left - theme.page.margin.right;
  const size = placeLogo(logo.pixelWidth, logo.pixelHeight, theme.logoHeight, width / 3);
  const common = {
    transformation: { width: size.width * PX_PER_PT, height: size.height * PX_PER_PT },
    altText: { id: LOGO_DRAWING_ID, name: 'Logo', description: clean(theme.organisation ?? '') },
  };
  return logo.svg ? new ImageRun({ type: 'svg', data: logo.svg, fallback: { type: 'png', data: logo.data }, ...common }) : new ImageRun({ type: logo.type, data: logo.data, ...common });
}
