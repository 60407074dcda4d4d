/**
 * The faces a DOCX embeds: its Latin face and its East Asian face (theme.docxFonts), each in the
 * weights the document draws, cut down to the characters drawn in that weight. A reader without
 * Noto then still sees the region's own glyphs — 们 in Noto Sans SC, 們 in Noto Sans TC, 한 in
 * Noto Sans KR — rather than whatever CJK font the machine picks. Faces are read from the same
 * files as the PDF's (and parsed once per process, shared with the PDF back end).
 */
import type { Block, Document, Span } from '../../document/types.js';
import type { FontFace, Theme } from '../../theme/theme.js';
import { fontPath, getFont, hasGlyph, useFontFiles, type Weight } from '../pdf/fonts.js';
import { copiedTables, subsetFont, type CopiedTables } from './font-subset.js';
import { bulletChar, EAST_ASIAN_TAG, fontsFor, MAX_LIST_LEVEL, wordLanguage } from './styles.js';

/** What the docx package's `fonts` option takes. */
export interface EmbeddedFont {
  name: string;
  data: Buffer;
  bold?: Buffer;
}

/** The characters drawn in each weight. */
export interface UsedText {
  regular: Set<number>;
  bold: Set<number>;
  /** The Document's own characters (not page numbers or bullets), in either weight. */
  own: Set<number>;
}

/** Characters the DOCX draws besides the Document's text: page numbers, list numbers and bullets. */
const FURNITURE = `0123456789.${Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, l) => bulletChar(l)).join('')}`;

/** Every character of the Document by the weight Word draws it in (headings, table headers, chart titles and captions are bold). */
export function usedText(doc: Document): UsedText {
  const used: UsedText = { regular: new Set(), bold: new Set(), own: new Set() };
  const add = (text: string, bold: boolean) => {
    for (const ch of text) if (ch > ' ') (bold ? used.bold : used.regular).add(ch.codePointAt(0)!);
  };
  const spans = (list: readonly Span[], bold = false) => list.forEach((s) => add(s.text, bold || !!s.bold));
  const visit = (b: Block): void => {
    switch (b.type) {
      case 'heading':
        return spans(b.spans, true);
      case 'paragraph':
        return spans(b.spans);
      case 'list':
        return b.items.forEach((item) => item.forEach(visit));
      case 'table':
        b.header.forEach((c) => spans(c, true));
        return b.rows.forEach((r) => r.forEach((c) => spans(c)));
      case 'progress':
        add(b.label, false);
        return add(b.caption, true);
      case 'chart':
        return add(b.title, true);
      case 'quote':
        return b.blocks.forEach(visit);
      case 'code':
        return add(b.text, false);
    }
  };
  doc.blocks.forEach(visit);
  add(doc.meta.header, false);
  add(doc.meta.footer.replace(/\{pages?\}/g, ''), false);
  for (const cp of [...used.regular, ...used.bold]) used.own.add(cp);
  // A list's number or bullet takes the look of its item's text, which may be bold.
  add(FURNITURE, false);
  add(FURNITURE, true);
  return used;
}

const copied = new Map<string, CopiedTables>();

function subset(face: FontFace, weight: Weight, codePoints: Set<number>): Buffer {
  // Keyed by file: a theme's own font is another file than the bundled face of the same name.
  const path = fontPath(face, weight);
  const loaded = getFont(face, weight);
  let tables = copied.get(path);
  if (!tables) copied.set(path, (tables = copiedTables(loaded.file)));
  return subsetFont(loaded.font, tables, codePoints);
}

const faceOf = (theme: Theme, name: string) => (Object.keys(theme.faceNames) as FontFace[]).find((f) => theme.faceNames[f] === name);

/**
 * The fonts to embed for `doc`: the Latin face, and the East Asian face when the document has a
 * character the Latin face cannot draw. In a Chinese or Korean document the East Asian face gets
 * every character it can draw, since Word draws quotes, dashes and digits next to Chinese with
 * either face depending on the run; elsewhere (an arrow in an English plan) only what the Latin
 * face lacks. A face not bundled (a theme naming another font) is left to the reader's machine.
 */
export function embeddedFonts(doc: Document, theme: Theme): EmbeddedFont[] {
  useFontFiles(theme.fontFiles);
  const used = usedText(doc);
  const { ascii, eastAsia } = fontsFor(theme, doc.meta.lang);
  const latin = faceOf(theme, ascii);
  // A bullet the Latin face lacks (◦) is no reason to embed a CJK face in an English document.
  const needsEastAsia = !latin || [...used.own].some((cp) => !hasGlyph(getFont(latin, used.regular.has(cp) ? 'regular' : 'bold'), cp));
  const eastAsianText = EAST_ASIAN_TAG.test(wordLanguage(doc.meta.lang));
  const lacking = (weight: Weight, cps: Set<number>) => (!latin || eastAsianText ? cps : new Set([...cps].filter((cp) => !hasGlyph(getFont(latin, weight), cp))));
  const out: EmbeddedFont[] = [];
  for (const [name, face, chars] of [
    [ascii, latin, (_: Weight, cps: Set<number>) => cps],
    [eastAsia, needsEastAsia ? faceOf(theme, eastAsia) : undefined, lacking],
  ] as const) {
    if (!face || out.some((f) => f.name === name)) continue;
    const bold = chars('bold', used.bold);
    // Word needs a regular face to embed the bold one with; its bold text is drawn from the bold file.
    out.push({ name, data: subset(face, 'regular', chars('regular', used.regular)), ...(bold.size ? { bold: subset(face, 'bold', bold) } : {}) });
  }
  return out;
}
