/**
 * Word styles and numbering from the theme. Everything visual lives in named styles (Title,
 * Heading 1-4, Normal, Quote, …) rather than on each paragraph, so a reader can restyle the whole
 * document in Word and the navigation pane shows the headings.
 */
import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';
import type { Theme } from '../../theme/theme.js';

/** docx wants colours as RRGGBB without the '#'. */
export const hex = (c: string): string => c.replace('#', '').toUpperCase();
/** docx run sizes are half-points. */
const half = (pt: number) => Math.round(pt * 2);
/** Points to twentieths of a point (twips), Word's unit for spacing, indents and page size. */
export const twip = (pt: number): number => Math.round(pt * 20);

/** Monospace face for code; every Word install and LibreOffice (as Liberation Mono) has it. */
export const MONO = 'Courier New';
/** Light grey behind code. */
export const CODE_SHADE = 'F3F4F6';

/** Word's language tag (w:lang) for a document language: region-qualified, as Word writes it. */
export function wordLanguage(lang: string): string {
  switch (lang) {
    case 'en':
      return 'en-US';
    case 'ko':
      return 'ko-KR';
    case 'zh':
      return 'zh-CN';
    default:
      return /^[a-z]{2,3}-[A-Z]{2}$/.test(lang) ? lang : 'en-US';
  }
}

export function fontsFor(theme: Theme, lang: string): { ascii: string; eastAsia: string } {
  return theme.docxFonts[lang] ?? theme.docxFonts.en ?? { ascii: 'Noto Sans', eastAsia: 'Noto Sans SC' };
}

/**
 * Word's "single" line is already about 1.2 em for these faces (ascent + descent + gap); the
 * theme's line height is in em, so divide by that to get Word's line multiple. Always with
 * lineRule auto: without it LibreOffice takes the value as an exact height and clips pictures.
 */
const lineSpacing = (theme: Theme) => ({ line: Math.round((240 * theme.lineHeight) / 1.2), lineRule: LineRuleType.AUTO });

export function documentStyles(theme: Theme, lang: string): IStylesOptions {
  const fonts = fontsFor(theme, lang);
  const font = { ascii: fonts.ascii, hAnsi: fonts.ascii, eastAsia: fonts.eastAsia, cs: fonts.ascii };
  const tag = wordLanguage(lang);
  const heading = (size: number, color: string, before: number) => ({
    run: { size: half(size), bold: true, color: hex(color), font },
    // keepNext: a heading never ends a page without the text it introduces.
    paragraph: { spacing: { before: twip(before), after: twip(4), line: 240, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        // Latin text in Noto Sans, Chinese/Korean in the language's Noto CJK face, marked with the
        // document's language so Word picks the right glyph variants, line breaking and proofing.
        run: { font, size: half(theme.size.body), color: hex(theme.colors.text), language: { value: tag, eastAsia: tag } },
        paragraph: { spacing: { after: twip(5), ...lineSpacing(theme) } },
      },
      // The document's title is its level-1 heading (so it is in the navigation pane); Title is
      // still themed for anyone who restyles a paragraph as Title in Word.
      title: heading(theme.size.h1 * 1.3, theme.colors.accent, 0),
      heading1: heading(theme.size.h1, theme.colors.accent, 0),
      heading2: heading(theme.size.h2, theme.colors.accent, 14),
      heading3: heading(theme.size.h3, theme.colors.text, 10),
      heading4: heading(theme.size.h4, theme.colors.text, 8),
      listParagraph: { run: { font } },
    },
    paragraphStyles: [
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { color: hex(theme.colors.muted) },
        paragraph: { indent: { left: twip(18) }, border: { left: { style: 'single', size: 12, color: hex(theme.colors.accent), space: 8 } } },
      },
      {
        id: 'CodeBlock',
        name: 'Code Block',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: { ascii: MONO, hAnsi: MONO, cs: MONO, eastAsia: fonts.eastAsia }, size: half(theme.size.small) },
        // Lines of one block sit together with no gap, on one shaded band.
        paragraph: { shading: { type: 'clear', fill: CODE_SHADE, color: 'auto' }, spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO }, indent: { left: twip(4), right: twip(4) } },
      },
      { id: 'TableText', name: 'Table Text', basedOn: 'Normal', run: { size: half(theme.size.body * 0.95) }, paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } } },
      { id: 'ChartTitle', name: 'Chart Title', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { keepNext: true, spacing: { before: twip(6), after: twip(2) } } },
      { id: 'Picture', name: 'Picture', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { after: twip(6), line: 240, lineRule: LineRuleType.AUTO } } },
      // Word's own style ids for running heads, so "Header"/"Footer" in Word's style list is what we use.
      { id: 'Header', name: 'header', basedOn: 'Normal', run: { size: half(theme.size.small), color: hex(theme.colors.muted) }, paragraph: { spacing: { after: 0 } } },
      { id: 'Footer', name: 'footer', basedOn: 'Normal', run: { size: half(theme.size.small), color: hex(theme.colors.muted) }, paragraph: { spacing: { after: 0 } } },
    ],
  };
}

/** Deepest list level given its own look; deeper lists reuse it. */
export const MAX_LIST_LEVEL = 5;

/**
 * Two abstract lists: 'bullets' (• ◦ alternating by level, as the PDF draws them) and 'numbers'
 * ("1." at every level). Each ordered list in the document is its own instance, so each starts at 1.
 */
export function numbering(): INumberingOptions {
  const levels = (ordered: boolean) =>
    Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({
      level,
      format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
      text: ordered ? `%${level + 1}.` : level % 2 === 0 ? '•' : '◦',
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: listIndent(level), hanging: twip(13) } } },
    }));
  return {
    config: [
      { reference: 'bullets', levels: levels(false) },
      { reference: 'numbers', levels: levels(true) },
    ],
  };
}

/** Left indent of a list level's text, in twips. */
export function listIndent(level: number): number {
  return twip(18 * (level + 1));
}
