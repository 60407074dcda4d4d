/**
 * Word styles and numbering from the theme. Everything visual lives in named styles (Title,
 * Heading 1-4, Normal, Quote, …) rather than on each paragraph, so a reader can restyle the whole
 * document in Word and the navigation pane shows the headings.
 */
import type { Theme } from '../../theme/theme.js';
import { esc, half, hex, twip, XML_DECLARATION } from './xml.js';

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
const bodyLine = (theme: Theme) => Math.round((240 * theme.lineHeight) / 1.2);

const spacing = (s: { before?: number; after?: number; line?: number }) =>
  `<w:spacing${s.before !== undefined ? ` w:before="${s.before}"` : ''}${s.after !== undefined ? ` w:after="${s.after}"` : ''}${s.line !== undefined ? ` w:line="${s.line}" w:lineRule="auto"` : ''}/>`;
const fontsXml = (ascii: string, eastAsia: string) => `<w:rFonts w:ascii="${esc(ascii)}" w:hAnsi="${esc(ascii)}" w:eastAsia="${esc(eastAsia)}" w:cs="${esc(ascii)}"/>`;
const size = (pt: number) => `<w:sz w:val="${half(pt)}"/><w:szCs w:val="${half(pt)}"/>`;

interface StyleSpec {
  id: string;
  /** Word's built-in names where there is one ("heading 1", "header"), so Word treats them as its own. */
  name: string;
  basedOn?: string;
  next?: string;
  quick?: boolean;
  /** Children of w:pPr and w:rPr, already in schema order. */
  pPr?: string;
  rPr?: string;
}

const style = (s: StyleSpec) =>
  `<w:style w:type="paragraph" w:styleId="${s.id}"><w:name w:val="${s.name}"/>` +
  (s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : '') +
  (s.next ? `<w:next w:val="${s.next}"/>` : '') +
  (s.quick ? '<w:qFormat/>' : '') +
  (s.pPr ? `<w:pPr>${s.pPr}</w:pPr>` : '') +
  (s.rPr ? `<w:rPr>${s.rPr}</w:rPr>` : '') +
  '</w:style>';

const cache = new WeakMap<Theme, Map<string, string>>();

/** word/styles.xml for a theme and document language; the same text for every document, so built once. */
export function stylesXml(theme: Theme, lang: string): string {
  let byLang = cache.get(theme);
  if (!byLang) cache.set(theme, (byLang = new Map()));
  let xml = byLang.get(lang);
  if (xml === undefined) byLang.set(lang, (xml = buildStyles(theme, lang)));
  return xml;
}

function buildStyles(theme: Theme, lang: string): string {
  const fonts = fontsFor(theme, lang);
  const font = fontsXml(fonts.ascii, fonts.eastAsia);
  const tag = esc(wordLanguage(lang));
  // keepNext: a heading never ends a page without the text it introduces.
  const heading = (id: string, name: string, pt: number, color: string, before: number, outline: number | null): string =>
    style({
      id,
      name,
      basedOn: 'Normal',
      next: 'Normal',
      quick: true,
      pPr: `<w:keepNext/><w:keepLines/>${spacing({ before: twip(before), after: twip(4), line: 240 })}${outline !== null ? `<w:outlineLvl w:val="${outline}"/>` : ''}`,
      rPr: `${font}<w:b/><w:bCs/><w:color w:val="${hex(color)}"/>${size(pt)}`,
    });
  const { colors, size: sizes } = theme;
  const styles = [
    // Latin text in Noto Sans, Chinese/Korean in the language's Noto CJK face, marked with the
    // document's language so Word picks the right glyph variants, line breaking and proofing.
    `<w:docDefaults><w:rPrDefault><w:rPr>${font}<w:color w:val="${hex(colors.text)}"/>${size(sizes.body)}<w:lang w:val="${tag}" w:eastAsia="${tag}"/></w:rPr></w:rPrDefault>` +
      `<w:pPrDefault><w:pPr>${spacing({ after: twip(5), line: bodyLine(theme) })}</w:pPr></w:pPrDefault></w:docDefaults>`,
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
      '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    // The document's title is its level-1 heading (so it is in the navigation pane); Title is
    // still themed for anyone who restyles a paragraph as Title in Word.
    heading('Title', 'Title', sizes.h1 * 1.3, colors.accent, 0, null),
    heading('Heading1', 'heading 1', sizes.h1, colors.accent, 0, 0),
    heading('Heading2', 'heading 2', sizes.h2, colors.accent, 14, 1),
    heading('Heading3', 'heading 3', sizes.h3, colors.text, 10, 2),
    heading('Heading4', 'heading 4', sizes.h4, colors.text, 8, 3),
    style({ id: 'ListParagraph', name: 'List Paragraph', basedOn: 'Normal', quick: true }),
    style({
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quick: true,
      pPr: `<w:pBdr><w:left w:val="single" w:sz="12" w:space="8" w:color="${hex(colors.accent)}"/></w:pBdr><w:ind w:left="${twip(18)}"/>`,
      rPr: `<w:color w:val="${hex(colors.muted)}"/>`,
    }),
    // Lines of one block sit together with no gap, on one shaded band.
    style({
      id: 'CodeBlock',
      name: 'Code Block',
      basedOn: 'Normal',
      next: 'Normal',
      pPr: `<w:shd w:val="clear" w:color="auto" w:fill="${CODE_SHADE}"/>${spacing({ after: 0, line: 240 })}<w:ind w:left="${twip(4)}" w:right="${twip(4)}"/>`,
      rPr: `${fontsXml(MONO, fonts.eastAsia)}${size(sizes.small)}`,
    }),
    style({ id: 'TableText', name: 'Table Text', basedOn: 'Normal', pPr: spacing({ before: 0, after: 0, line: 240 }), rPr: size(sizes.body * 0.95) }),
    style({ id: 'ChartTitle', name: 'Chart Title', basedOn: 'Normal', next: 'Normal', pPr: `<w:keepNext/>${spacing({ before: twip(6), after: twip(2) })}`, rPr: '<w:b/><w:bCs/>' }),
    style({ id: 'Picture', name: 'Picture', basedOn: 'Normal', next: 'Normal', pPr: spacing({ after: twip(6), line: 240 }) }),
    // Word's own style ids for running heads, so "Header"/"Footer" in Word's style list is what we use.
    style({ id: 'Header', name: 'header', basedOn: 'Normal', pPr: spacing({ after: 0 }), rPr: `<w:color w:val="${hex(colors.muted)}"/>${size(sizes.small)}` }),
    style({ id: 'Footer', name: 'footer', basedOn: 'Normal', pPr: spacing({ after: 0 }), rPr: `<w:color w:val="${hex(colors.muted)}"/>${size(sizes.small)}` }),
  ];
  return `${XML_DECLARATION}<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${styles.join('')}</w:styles>`;
}

/** Deepest list level given its own look; deeper lists reuse it. */
export const MAX_LIST_LEVEL = 5;

/** Left indent of a list level's text, in twips. */
export function listIndent(level: number): number {
  return twip(18 * (level + 1));
}

/** The bullet list's numbering id; ordered lists take ids from FIRST_ORDERED_LIST on. */
export const BULLETS_NUM_ID = 1;
export const FIRST_ORDERED_LIST = 2;

/**
 * word/numbering.xml: two abstract lists, bullets (• ◦ alternating by level, as the PDF draws
 * them) and numbers ("1." at every level), and one numbering instance per ordered list in the
 * document, each restarting at 1 — otherwise the second list would carry on from the first.
 */
export function numberingXml(orderedLists: number): string {
  const levels = (ordered: boolean) => {
    let out = '';
    for (let level = 0; level <= MAX_LIST_LEVEL; level++) {
      const text = ordered ? `%${level + 1}.` : level % 2 === 0 ? '•' : '◦';
      out +=
        `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="${ordered ? 'decimal' : 'bullet'}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>` +
        `<w:pPr><w:ind w:left="${listIndent(level)}" w:hanging="${twip(13)}"/></w:pPr></w:lvl>`;
    }
    return out;
  };
  let xml = `${XML_DECLARATION}<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`;
  xml += `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>${levels(false)}</w:abstractNum>`;
  xml += `<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="multilevel"/>${levels(true)}</w:abstractNum>`;
  xml += `<w:num w:numId="${BULLETS_NUM_ID}"><w:abstractNumId w:val="1"/></w:num>`;
  for (let i = 0; i < orderedLists; i++) {
    xml += `<w:num w:numId="${FIRST_ORDERED_LIST + i}"><w:abstractNumId w:val="2"/>`;
    for (let level = 0; level <= MAX_LIST_LEVEL; level++) xml += `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="1"/></w:lvlOverride>`;
    xml += '</w:num>';
  }
  return `${xml}</w:numbering>`;
}
