/**
 * Theme: page size, margins, type sizes, colours and fonts. Back ends read these; nothing in a
 * back end hard-codes a look.
 */
import type { Status } from '../document/types.js';

export type FontFace = 'latin' | 'sc' | 'tc' | 'kr';

export interface Theme {
  page: { width: number; height: number; margin: { top: number; bottom: number; left: number; right: number } };
  size: { body: number; small: number; h1: number; h2: number; h3: number; h4: number };
  lineHeight: number;
  colors: { text: string; muted: string; accent: string; rule: string; tableHeader: string; barTrack: string } & Record<Status, string>;
  /** Font names used in DOCX, by script, per document language. */
  docxFonts: Record<string, { ascii: string; eastAsia: string }>;
  /** Family name of each bundled face, as a DOCX names the faces it embeds. */
  faceNames: Record<FontFace, string>;
  /**
   * Embed the faces a DOCX uses (subset to its characters), so a reader without Noto still sees
   * the region's own glyphs. See README, "DOCX back end", for what it costs.
   */
  embedDocxFonts: boolean;
  /** Order in which PDF faces are tried for a character, per document language. */
  pdfFallback: Record<string, FontFace[]>;
}

/** A4 in points. */
export const defaultTheme: Theme = {
  page: { width: 595.28, height: 841.89, margin: { top: 64, bottom: 60, left: 56, right: 56 } },
  size: { body: 10.5, small: 8.5, h1: 20, h2: 14, h3: 12, h4: 11 },
  lineHeight: 1.45,
  colors: {
    text: '#1f2328',
    muted: '#6e7781',
    accent: '#0b5cad',
    rule: '#d0d7de',
    tableHeader: '#eaf1fb',
    barTrack: '#e6e9ed',
    met: '#1a7f37',
    'on-track': '#0b5cad',
    behind: '#c2410c',
    none: '#8c959f',
    untargeted: '#6e7781',
  },
  docxFonts: {
    en: { ascii: 'Noto Sans', eastAsia: 'Noto Sans SC' },
    'zh-CN': { ascii: 'Noto Sans', eastAsia: 'Noto Sans SC' },
    'zh-TW': { ascii: 'Noto Sans', eastAsia: 'Noto Sans TC' },
    ko: { ascii: 'Noto Sans', eastAsia: 'Noto Sans KR' },
  },
  faceNames: { latin: 'Noto Sans', sc: 'Noto Sans SC', tc: 'Noto Sans TC', kr: 'Noto Sans KR' },
  embedDocxFonts: true,
  pdfFallback: {
    en: ['latin', 'sc', 'tc', 'kr'],
    'zh-CN': ['latin', 'sc', 'tc', 'kr'],
    'zh-TW': ['latin', 'tc', 'sc', 'kr'],
    ko: ['latin', 'kr', 'sc', 'tc'],
  },
};
