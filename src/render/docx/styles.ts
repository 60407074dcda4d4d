/** Word styles and numbering: real Heading 1-4, Normal, list numbering and the table look, from the theme. */
import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';
import type { Theme } from '../../theme/theme.js';

const hex = (c: string) => c.replace('#', '').toUpperCase();
/** docx sizes are half-points. */
const half = (pt: number) => Math.round(pt * 2);

/** The language tag Word expects for each document language. */
export function wordLanguage(lang: string): { value: string; eastAsia: string } {
  switch (lang) {
    case 'zh-CN':
      return { value: 'en-US', eastAsia: 'zh-CN' };
    case 'zh-TW':
      return { value: 'en-US', eastAsia: 'zh-TW' };
    case 'ko':
      return { value: 'en-US', eastAsia: 'ko-KR' };
    default:
      return { value: 'en-US', eastAsia: 'zh-CN' };
  }
}

export function documentStyles(theme: Theme, lang: string): IStylesOptions {
  const fonts = theme.docxFonts[lang] ?? theme.docxFonts.en!;
  const font = { ascii: fonts.ascii, hAnsi: fonts.ascii, eastAsia: fonts.eastAsia, cs: fonts.ascii };
  const heading = (size: number, color: string, before: number) => ({
    run: { size: half(size), bold: true, color: hex(color), font },
    paragraph: { spacing: { before: before * 20, after: 80 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font, size: half(theme.size.body), color: hex(theme.colors.text), language: wordLanguage(lang) },
        paragraph: { spacing: { after: 100, line: Math.round(240 * 1.2) } },
      },
      heading1: heading(theme.size.h1, theme.colors.accent, 0),
      heading2: heading(theme.size.h2, theme.colors.accent, 14),
      heading3: heading(theme.size.h3, theme.colors.text, 10),
      heading4: heading(theme.size.h4, theme.colors.text, 8),
      listParagraph: { run: { font } },
    },
    paragraphStyles: [
      { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { color: hex(theme.colors.muted) }, paragraph: { indent: { left: 360 }, border: { left: { style: 'single', size: 12, color: hex(theme.colors.accent), space: 8 } } } },
      { id: 'CodeBlock', name: 'Code Block', basedOn: 'Normal', next: 'Normal', run: { font: { ascii: 'Courier New', hAnsi: 'Courier New', eastAsia: fonts.eastAsia }, size: half(theme.size.small) }, paragraph: { shading: { type: 'clear', fill: 'F3F4F6', color: 'auto' }, spacing: { after: 0 } } },
      { id: 'TableText', name: 'Table Text', basedOn: 'Normal', run: { size: half(theme.size.body * 0.95) }, paragraph: { spacing: { before: 40, after: 40, line: 240 } } },
      { id: 'PageFurniture', name: 'Page Furniture', basedOn: 'Normal', run: { size: half(theme.size.small), color: hex(theme.colors.muted) } },
    ],
  };
}

export function numbering(): INumberingOptions {
  const levels = (format: 'bullet' | 'decimal') =>
    [0, 1, 2, 3].map((level) => ({
      level,
      format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
      text: format === 'bullet' ? ['•', '◦', '▪', '•'][level]! : `%${level + 1}.`,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
    }));
  return { config: [{ reference: 'bullets', levels: levels('bullet') }, { reference: 'numbers', levels: levels('decimal') }] };
}
