/** Turns styled spans into measured characters, each with the face that can draw it. */
import type { Span } from '../../document/types.js';
import type { FontFace } from '../../theme/theme.js';
import { advance, faceFor, getFont, type Weight } from './fonts.js';

export interface Glyph {
  /** The character (one code point). */
  ch: string;
  cp: number;
  face: FontFace;
  weight: Weight;
  italic: boolean;
  code: boolean;
  /** Width in points at the given size. */
  width: number;
  size: number;
  color?: string;
}

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: string;
}

export function shapeSpans(spans: readonly Span[], chain: readonly FontFace[], style: TextStyle): Glyph[] {
  const out: Glyph[] = [];
  for (const span of spans) {
    const weight: Weight = span.bold || style.bold ? 'bold' : 'regular';
    const spanChain = span.code ? (['latin', ...chain.filter((f) => f !== 'latin')] as FontFace[]) : chain;
    const size = span.code ? style.size * 0.92 : style.size;
    for (const ch of span.text) {
      const cp = ch.codePointAt(0)!;
      const face = faceFor(cp, spanChain, weight);
      const f = getFont(face, weight);
      // Tabs and other controls draw as a space.
      const width = cp === 0x0a ? 0 : (advance(f, cp < 0x20 ? 0x20 : cp) / f.unitsPerEm) * size;
      out.push({ ch: cp < 0x20 && cp !== 0x0a ? ' ' : ch, cp, face, weight, italic: !!span.italic, code: !!span.code, width, size, color: style.color });
    }
  }
  return out;
}

export function textWidth(glyphs: readonly Glyph[], from = 0, to = glyphs.length): number {
  let w = 0;
  for (let i = from; i < to; i++) w += glyphs[i]!.width;
  return w;
}
