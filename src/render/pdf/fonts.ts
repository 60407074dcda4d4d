/**
 * The PDF fonts: Noto Sans for Latin and Noto Sans SC / TC / KR for Chinese and Korean, each parsed
 * once per process (fontkit) and only when a document needs it, then handed to pdfkit as objects,
 * which is about three times cheaper per document than passing paths. Glyph advances are cached.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import type { FontFace } from '../../theme/theme.js';

export type Weight = 'regular' | 'bold';

const PACKAGES: Record<FontFace, { pkg: string; file: string }> = {
  latin: { pkg: '@expo-google-fonts/noto-sans', file: 'NotoSans' },
  sc: { pkg: '@expo-google-fonts/noto-sans-sc', file: 'NotoSansSC' },
  tc: { pkg: '@expo-google-fonts/noto-sans-tc', file: 'NotoSansTC' },
  kr: { pkg: '@expo-google-fonts/noto-sans-kr', file: 'NotoSansKR' },
};

const require = createRequire(import.meta.url);

/** The parts of a fontkit font we use; pdfkit takes the same object. */
export interface LoadedFont {
  key: string;
  font: fontkit.Font;
  unitsPerEm: number;
  ascent: number;
  advances: Map<number, number>;
  has: Map<number, boolean>;
}

const loaded = new Map<string, LoadedFont>();

export function fontPath(face: FontFace, weight: Weight): string {
  const { pkg, file } = PACKAGES[face];
  const folder = weight === 'bold' ? '700Bold' : '400Regular';
  const suffix = weight === 'bold' ? '_700Bold' : '_400Regular';
  return join(dirname(require.resolve(`${pkg}/package.json`)), folder, `${file}${suffix}.ttf`);
}

export function getFont(face: FontFace, weight: Weight): LoadedFont {
  const key = `${face}-${weight}`;
  let f = loaded.get(key);
  if (!f) {
    const font = fontkit.create(readFileSync(fontPath(face, weight)));
    f = { key, font, unitsPerEm: font.unitsPerEm, ascent: font.ascent, advances: new Map(), has: new Map() };
    loaded.set(key, f);
  }
  return f;
}

export function hasGlyph(f: LoadedFont, cp: number): boolean {
  let h = f.has.get(cp);
  if (h === undefined) {
    h = f.font.hasGlyphForCodePoint(cp);
    f.has.set(cp, h);
  }
  return h;
}

/** Advance width of a code point in font units (divide by unitsPerEm, times size). */
export function advance(f: LoadedFont, cp: number): number {
  let a = f.advances.get(cp);
  if (a === undefined) {
    a = f.font.glyphForCodePoint(cp).advanceWidth;
    f.advances.set(cp, a);
  }
  return a;
}

const choice = new Map<string, FontFace>();

/**
 * The first face in the fallback chain with a glyph for the code point. Faces later in the chain
 * are only loaded when an earlier one lacks the character.
 */
export function faceFor(cp: number, chain: readonly FontFace[], weight: Weight): FontFace {
  const key = `${chain.join(',')}|${cp}`;
  const hit = choice.get(key);
  if (hit) return hit;
  let face = chain[0]!;
  // Controls and white space render from the first face; they need no glyph of their own.
  if (cp > 0x20) {
    for (const f of chain) {
      if (hasGlyph(getFont(f, weight), cp)) {
        face = f;
        break;
      }
    }
  }
  choice.set(key, face);
  return face;
}

interface SimpleRun {
  glyphs: fontkit.Glyph[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
  advanceWidth: number;
}

const forPdf = new WeakMap<LoadedFont, object>();

/**
 * The font as pdfkit gets it: the fontkit font with `layout` replaced by a plain character-to-glyph
 * mapping. fontkit's own layout runs OpenType shaping (GSUB/GPOS), whose tables in the CJK fonts
 * cost about half a second to read on first use and a lot per document after. We place text by
 * advance widths anyway (see shape-text.ts), and Chinese, Korean and our Latin text need no
 * shaping, so drawing now matches measuring exactly.
 */
export function pdfFontObject(f: LoadedFont): object {
  let proxy = forPdf.get(f);
  if (!proxy) {
    const font = f.font;
    const layout = (text: string): SimpleRun => {
      const glyphs: fontkit.Glyph[] = [];
      const positions: SimpleRun['positions'] = [];
      let advanceWidth = 0;
      for (const ch of text) {
        const glyph = font.glyphForCodePoint(ch.codePointAt(0)!);
        glyphs.push(glyph);
        // Fresh objects: pdfkit scales positions in place.
        positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
        advanceWidth += glyph.advanceWidth;
      }
      return { glyphs, positions, advanceWidth };
    };
    proxy = new Proxy(font as object, { get: (target, prop) => (prop === 'layout' ? layout : Reflect.get(target, prop)) });
    forPdf.set(f, proxy);
  }
  return proxy;
}
