/**
 * Theme: page size, margins, type sizes, colours and fonts. Back ends read these; nothing in a
 * back end hard-codes a look.
 */
import type { Status } from '../document/types.js';

export type FontFace = 'latin' | 'sc' | 'tc' | 'kr' | 'emoji';

/** A face's font files on disk, when the user gives their own (a theme from a config file). */
export interface FontFiles {
  regular: string;
  /** Without it, bold text is drawn from the regular file. */
  bold?: string;
}

/** A picture for the page header, already read and checked; drawn `logoHeight` points tall, its width by its proportions. */
export interface Logo {
  file: string;
  /** The picture both back ends draw: PNG or JPEG bytes, as `type` says (an SVG logo is rasterised to a PNG when the config is read). */
  data: Buffer;
  type: 'png' | 'jpg';
  /** An SVG logo's own source: the DOCX carries it, with `data` as the fallback for readers without SVG. */
  svg?: Buffer;
  /** Size in pixels of `data`, for the proportions. */
  pixelWidth: number;
  pixelHeight: number;
}

/** How running prose (body paragraphs, not table cells or labels) is set in one language. */
export interface ProseStyle {
  /** Justified, or ragged right. */
  justify: boolean;
  /** Where a justified line takes its extra room: at word spaces, or between characters. */
  justifyAt: 'spaces' | 'characters';
  /** First-line indent of a body paragraph, in ems. */
  indent: number;
  /** Extra room between a CJK character and a Latin letter or digit written next to it, in ems. */
  cjkLatinSpace: number;
}

export interface Theme {
  /**
   * The running header: {org}, {who}, {team}, {kind} and {period} are filled in, and a part
   * between " · " that comes out empty is dropped with its separator (a rep without a team).
   */
  header: string;
  /** The organisation's name, for {org} in the header. */
  organisation?: string;
  /** Drawn at the left of the running header, before its text. */
  logo?: Logo;
  /** Height of the logo in points. */
  logoHeight: number;
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
  /** The user's own font files, by face; the bundled Noto files for a face without an entry. */
  fontFiles?: Partial<Record<FontFace, FontFiles>>;
  /** Order in which PDF faces are tried for a character, per document language. */
  pdfFallback: Record<string, FontFace[]>;
  /**
   * Per document language: the CJK face that draws quotes, ellipsis, middle dot and dashes, so they
   * have the CJK shape and position (centred ellipsis, full-width quotes) rather than the Latin one.
   * Languages without an entry take these from the fallback chain.
   */
  pdfPunctuationFace?: Record<string, FontFace>;
  /** Per document language, how prose is set in the PDF; languages without an entry are set ragged right. */
  prose?: Record<string, ProseStyle>;
}

/** A4 in points. */
export const defaultTheme: Theme = {
  header: '{org} · {who} · {team} · {kind} · {period}',
  logoHeight: 16,
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
    tracked: '#6e7781',
  },
  docxFonts: {
    en: { ascii: 'Noto Sans', eastAsia: 'Noto Sans SC' },
    'zh-CN': { ascii: 'Noto Sans', eastAsia: 'Noto Sans SC' },
    'zh-TW': { ascii: 'Noto Sans', eastAsia: 'Noto Sans TC' },
    ko: { ascii: 'Noto Sans', eastAsia: 'Noto Sans KR' },
  },
  faceNames: { latin: 'Noto Sans', sc: 'Noto Sans SC', tc: 'Noto Sans TC', kr: 'Noto Sans KR', emoji: 'Noto Emoji' },
  embedDocxFonts: true,
  pdfFallback: {
    en: ['latin', 'sc', 'tc', 'kr', 'emoji'],
    'zh-CN': ['latin', 'sc', 'tc', 'kr', 'emoji'],
    'zh-TW': ['latin', 'tc', 'sc', 'kr', 'emoji'],
    ko: ['latin', 'kr', 'sc', 'tc', 'emoji'],
  },
  pdfPunctuationFace: { 'zh-CN': 'sc', 'zh-TW': 'tc', ko: 'kr' },
  prose: {
    // Chinese (W3C clreq): body text justified with every character on the grid, the first line
    // of a paragraph indented two characters, and about a quarter em between Han characters and
    // Latin letters or digits written next to them.
    'zh-CN': { justify: true, justifyAt: 'characters', indent: 2, cjkLatinSpace: 0.25 },
    'zh-TW': { justify: true, justifyAt: 'characters', indent: 2, cjkLatinSpace: 0.25 },
    // Korean (W3C klreq): words are separated by spaces, so a justified line stretches its spaces;
    // business documents set paragraphs flush with space between them (no indent); Hangul and
    // Latin sit side by side with no extra space, as a Korean reader types them.
    ko: { justify: true, justifyAt: 'spaces', indent: 0, cjkLatinSpace: 0 },
    // English reports are set ragged right: narrow columns justified without fine hyphenation leave rivers.
    en: { justify: false, justifyAt: 'spaces', indent: 0, cjkLatinSpace: 0 },
  },
};
