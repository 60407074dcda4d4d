/**
 * Word styles and numbering from the theme, as the docx package's options. Everything visual lives
 * in named styles (Title, Heading 1-4, Normal, Quote, …) rather than on each paragraph, so a reader
 * can restyle the whole document in Word and the navigation pane shows the headings.
 */
import { AlignmentType, BorderStyle, LevelFormat, LineRuleType, ShadingType, type INumberingOptions, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import type { Theme } from '../../theme/theme.js';
import { half, hex, twip } from './xml.js';

/** Monospace face for code; every Word install and LibreOffice (as Liberation Mono) has it. */
export const MONO = 'Courier New';
/** Light grey behind code. */
export const CODE_SHADE = 'F3F4F6';

/** Word's language tag (w:lang) for a document language: region-qualified, as Word writes it. */
/** Word language tags of the languages written in CJK characters or Hangul: their text is drawn by the East Asian face. */
export const EAST_ASIAN_TAG = /^(zh|ja|ko)(-|$)/;

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
const bodyLine = (theme: Theme) => Math.round((240 * theme.lineHeight) / 1.2);
const AUTO = LineRuleType.AUTO;

const runFonts = (ascii: string, eastAsia: string) => ({ ascii, hAnsi: ascii, eastAsia, cs: ascii });
const size = (pt: number) => ({ size: half(pt), sizeComplexScript: half(pt) });

const cache = new WeakMap<Theme, Map<string, IStylesOptions>>();

/** The styles for a theme and document language: the same for every document, so built once. */
export function stylesFor(theme: Theme, lang: string): IStylesOptions {
  let byLang = cache.get(theme);
  if (!byLang) cache.set(theme, (byLang = new Map()));
  let styles = byLang.get(lang);
  if (styles === undefined) byLang.set(lang, (styles = buildStyles(theme, lang)));
  return styles;
}

function buildStyles(theme: Theme, lang: string): IStylesOptions {
  const fonts = fontsFor(theme, lang);
  const tag = wordLanguage(lang);
  const { colors, size: sizes } = theme;
  // keepNext: a heading never ends a page without the text it introduces. The outline level is
  // what puts a heading in Word's navigation pane and a PDF export's bookmarks.
  const heading = (id: string, name: string, pt: number, color: string, before: number, outline: number | undefined): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    paragraph: { keepNext: true, keepLines: true, spacing: { before: twip(before), after: twip(4), line: 240, lineRule: AUTO }, outlineLevel: outline },
    run: { font: runFonts(fonts.ascii, fonts.eastAsia), bold: true, boldComplexScript: true, color: hex(color), ...size(pt) },
  });
  const muted = { color: hex(colors.muted), ...size(sizes.small) };
  return {
    default: {
      // Latin text in Noto Sans, Chinese/Korean in the language's Noto CJK face, marked with the
      // document's language so Word picks the right glyph variants, line breaking and proofing.
      // In a Chinese or Korean document the Latin text (figures, names, English terms) is marked
      // English, as Word marks it for a Chinese or Korean user: marked Chinese, LibreOffice breaks
      // it by Chinese rules, anywhere — "1,|460", "(68|%)" — in a narrow table cell.
      document: {
        run: { font: runFonts(fonts.ascii, fonts.eastAsia), color: hex(colors.text), ...size(sizes.body), language: { value: EAST_ASIAN_TAG.test(tag) ? 'en-US' : tag, eastAsia: tag } },
        paragraph: { spacing: { after: twip(5), line: bodyLine(theme), lineRule: AUTO } },
      },
    },
    paragraphStyles: [
      // The document's title is its level-1 heading (so it is in the navigation pane); Title is
      // still themed for anyone who restyles a paragraph as Title in Word.
      heading('Title', 'Title', sizes.h1 * 1.3, colors.accent, 0, undefined),
      heading('Heading1', 'heading 1', sizes.h1, colors.accent, 0, 0),
      heading('Heading2', 'heading 2', sizes.h2, colors.accent, 14, 1),
      heading('Heading3', 'heading 3', sizes.h3, colors.text, 10, 2),
      heading('Heading4', 'heading 4', sizes.h4, colors.text, 8, 3),
      { id: 'ListParagraph', name: 'List Paragraph', basedOn: 'Normal', quickFormat: true },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        paragraph: { border: { left: { style: BorderStyle.SINGLE, size: 12, space: 8, color: hex(colors.accent) } }, indent: { left: twip(18) } },
        run: { color: hex(colors.muted) },
      },
      // Lines of one block sit together with no gap, on one shaded band.
      {
        id: 'CodeBlock',
        name: 'Code Block',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { shading: { type: ShadingType.CLEAR, color: 'auto', fill: CODE_SHADE }, spacing: { after: 0, line: 240, lineRule: AUTO }, indent: { left: twip(4), right: twip(4) } },
        run: { font: runFonts(MONO, fonts.eastAsia), ...size(sizes.small) },
      },
      { id: 'TableText', name: 'Table Text', basedOn: 'Normal', paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: AUTO } }, run: size(sizes.body * 0.95) },
      { id: 'ChartTitle', name: 'Chart Title', basedOn: 'Normal', next: 'Normal', paragraph: { keepNext: true, spacing: { before: twip(6), after: twip(2) } }, run: { bold: true, boldComplexScript: true } },
      { id: 'Picture', name: 'Picture', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { after: twip(6), line: 240, lineRule: AUTO } } },
      // Word's own style ids for running heads, so "Header"/"Footer" in Word's style list is what we use.
      { id: 'Header', name: 'header', basedOn: 'Normal', paragraph: { spacing: { after: 0 } }, run: muted },
      { id: 'Footer', name: 'footer', basedOn: 'Normal', paragraph: { spacing: { after: 0 } }, run: muted },
    ],
  };
}

/** Deepest list level given its own look; deeper lists reuse it. */
export const MAX_LIST_LEVEL = 5;

/** Left indent of a list level's text, in twips. */
export function listIndent(level: number): number {
  return twip(18 * (level + 1));
}

/**
 * Numbering references: each ordered list is an instance of its own, so each restarts. Word takes
 * an instance's first number from its definition's level, so a list starting at 9 (the long-term
 * goals after eight others) has a definition of its own; so has a list that reaches 10, whose
 * "10." is wider than the usual hanging indent (Word and LibreOffice would push the text on to
 * the next tab stop, a wide gap).
 */
export const BULLETS = 'bullets';
export interface OrderedLook {
  start: number;
  /** Its last number has two digits or more. */
  wide: boolean;
}
export const orderedReference = ({ start, wide }: OrderedLook): string => `ordered${start === 1 ? '' : `-${start}`}${wide ? '-wide' : ''}`;
/** The hanging indent of a list's numbers: room for "9." with its gap, or for "10.". */
const hanging = (wide: boolean) => twip(wide ? 18 : 13);

/** The bullet characters, • ◦ alternating by level, as the PDF draws them. */
export const bulletChar = (level: number): string => (level % 2 === 0 ? '•' : '◦');

/** Bullets, and numbers ("1." at every level) for each first number and width the document's ordered lists use. */
export function numberingFor(ordered: ReadonlyMap<string, OrderedLook>): INumberingOptions {
  const levels = (ordered: boolean, { start, wide }: OrderedLook) =>
    Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({
      level,
      format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
      text: ordered ? `%${level + 1}.` : bulletChar(level),
      alignment: AlignmentType.LEFT,
      // Each list is an instance of its own and uses one level: the one at its depth.
      start,
      style: { paragraph: { indent: { left: listIndent(level), hanging: hanging(wide) } } },
    }));
  const plain = { start: 1, wide: false };
  const looks = new Map([[orderedReference(plain), plain], ...ordered]);
  const numbered = [...looks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { config: [{ reference: BULLETS, levels: levels(false, plain) }, ...numbered.map(([reference, look]) => ({ reference, levels: levels(true, look) }))] };
}
