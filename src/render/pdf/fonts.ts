/**
 * The PDF fonts: Noto Sans for Latin, Noto Sans SC / TC / KR for Chinese and Korean, and Noto
 * Emoji (monochrome outlines, so emoji print in the text colour and copy out as text). Each file
 * is read and parsed (fontkit) at most once per process, and only when a document needs that face
 * and weight; the parsed object is handed to pdfkit, which is about three times cheaper per document
 * than passing a path. Glyphs and advances are cached per face for the life of the process.
 */
import * as fontkit from 'fontkit';
import type { FontFace, FontFiles } from '../../theme/theme.js';
import { readFontFile } from '../font-file.js';
import { fontPath as bundledFontPath, type Weight } from '../font-files.js';
import { applyShortcuts } from './fontkit-shortcuts.js';

export type { Weight };

export interface LoadedFont {
  /** Name the face is registered under in each pdfkit document, e.g. `sc-bold`. */
  key: string;
  font: fontkit.Font;
  /**
   * The font file's bytes, kept so the DOCX back end subsets from them without reading the file
   * again. A glyph's outline is in them once fontkit has made the glyph (see font-file.ts).
   */
  file: Buffer;
  unitsPerEm: number;
  ascent: number;
  glyphs: Map<number, fontkit.Glyph>;
  has: Map<number, boolean>;
}

/** Parsed fonts by file: a user's file and a bundled one never share an entry. */
const loaded = new Map<string, LoadedFont>();

const NO_FILES: Partial<Record<FontFace, FontFiles>> = {};
/** The user's own files, by face, for the documents rendered from now on (see useFontFiles). */
let ownFiles = NO_FILES;

/**
 * Sets the faces for the next documents: the theme's own files where it has them, the bundled
 * Noto elsewhere. The renderers call it first thing, and choose every glyph synchronously after
 * it, so two documents with different themes in one process never mix their faces.
 */
export function useFontFiles(files: Partial<Record<FontFace, FontFiles>> = NO_FILES): void {
  if (files === ownFiles) return;
  ownFiles = files;
  for (const face of Object.keys(byFace) as FontFace[]) byFace[face] = {};
}

export function fontPath(face: FontFace, weight: Weight): string {
  const own = ownFiles[face];
  if (own) return weight === 'bold' ? (own.bold ?? own.regular) : own.regular;
  return bundledFontPath(face, weight);
}

/** The same fonts by face and weight: the per-character path builds no key strings. */
const byFace: Record<FontFace, { regular?: LoadedFont; bold?: LoadedFont }> = { latin: {}, sc: {}, tc: {}, kr: {}, emoji: {} };

export function getFont(face: FontFace, weight: Weight): LoadedFont {
  const hit = byFace[face][weight];
  if (hit) return hit;
  const path = fontPath(face, weight);
  let f = loaded.get(path);
  if (!f) {
    // Outlines are read glyph by glyph as the documents use them (font-file.ts).
    const { bytes: file, loadGlyph } = readFontFile(path);
    const font = fontkit.create(file);
    // A user's file gets its own key: pdfkit names a face in a page by it.
    const key = ownFiles[face] ? `${face}-own-${loaded.size}` : `${face}-${weight}`;
    f = { key, font, file, unitsPerEm: font.unitsPerEm, ascent: font.ascent, glyphs: new Map(), has: new Map() };
    font.layout = plainLayout(f);
    applyShortcuts(font, file, loadGlyph);
    loaded.set(path, f);
  }
  byFace[face][weight] = f;
  return f;
}

/** Faces parsed so far in this process (for tests and timing). */
export function loadedFaces(): string[] {
  return [...loaded.values()].map((f) => f.key);
}

export function hasGlyph(f: LoadedFont, cp: number): boolean {
  let h = f.has.get(cp);
  if (h === undefined) {
    h = f.font.hasGlyphForCodePoint(cp);
    f.has.set(cp, h);
  }
  return h;
}

/**
 * What pdfkit needs of a glyph (id, advance, the code point for the ToUnicode map), per code point,
 * made once per process. Not fontkit's glyph object: fontkit keeps one per glyph id, carrying the
 * code points it was first reached by. When the subsetter reached it first, as a component of a
 * composite (the "e" in "é"), that list is empty, and a later document would draw an "e" that
 * does not copy out; a glyph shared by two code points would copy out as whichever came first.
 */
export function glyphFor(f: LoadedFont, cp: number): fontkit.Glyph {
  let g = f.glyphs.get(cp);
  if (!g) {
    const { id, advanceWidth } = f.font.glyphForCodePoint(cp);
    g = { id, advanceWidth, codePoints: [cp] };
    f.glyphs.set(cp, g);
  }
  return g;
}

/** Advance of a code point in points at `size`. */
export function advance(f: LoadedFont, cp: number, size: number): number {
  return (glyphFor(f, cp).advanceWidth / f.unitsPerEm) * size;
}

/**
 * Replaces fontkit's shaping, which pdfkit calls for every string it draws, with one glyph per code
 * point at its plain advance. Nothing in Chinese, Korean (precomposed syllables) or our Latin text
 * needs substitution, and this way (1) the widths pdfkit draws are exactly the widths our line
 * breaker measured, and (2) the large GSUB/GPOS tables of the CJK fonts are never parsed, which was
 * about half the cost of a cold first document. Kerning and ligatures are given up for that.
 */
function plainLayout(f: LoadedFont): fontkit.Font['layout'] {
  return (text: string) => {
    const glyphs: fontkit.Glyph[] = [];
    const positions: fontkit.GlyphPosition[] = [];
    for (const ch of text) {
      const g = glyphFor(f, ch.codePointAt(0)!);
      glyphs.push(g);
      // pdfkit scales these in place, so each run gets fresh position objects.
      positions.push({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
    }
    return {
      glyphs,
      positions,
      // A getter, as in fontkit: pdfkit reads it after scaling the positions.
      get advanceWidth() {
        return positions.reduce((w, p) => w + p.xAdvance, 0);
      },
    };
  };
}

