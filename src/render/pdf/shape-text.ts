/** Turns styled spans into measured characters, each with the face that can draw it. */
import type { Span } from '../../document/types.js';
import type { FontFace } from '../../theme/theme.js';
import { faceFor, isSharedPunctuation, latinFirstChain } from './fallback.js';
import { advance, getFont, type Weight } from './fonts.js';

/** How a span is drawn; shared by all its characters, so runs are split where this object changes. */
export interface RunStyle {
  weight: Weight;
  italic: boolean;
  /** Inline code: drawn on a tinted box. */
  code: boolean;
  size: number;
  color: string | undefined;
}

/** One code point, measured, with the face that draws it. */
export interface Char {
  ch: string;
  cp: number;
  face: FontFace;
  style: RunStyle;
  /** Advance in points (with `gap`). */
  width: number;
  /**
   * Extra room after this character, part of `width` (CJK–Latin spacing), not needed at a line's
   * end; 0 for most. Always set, so every Char has one shape and the hot loops stay monomorphic.
   */
  gap: number;
}

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: string;
  /** The text is a code block: already small and boxed, so its code span is not shrunk or tinted again. */
  codeBlock?: boolean;
}

/** Inline code is set a little smaller, as the eye reads Noto Sans Latin larger than the CJK faces. */
const CODE_SCALE = 0.92;

/**
 * Variation selectors and the zero-width joiner: they choose between emoji and text presentation
 * or join emoji into one picture, which a monochrome face without shaping cannot do. Each emoji is
 * drawn on its own instead, and these are left out rather than drawn as missing-glyph boxes.
 */
const isPresentationControl = (cp: number) => cp === 0xfe0e || cp === 0xfe0f || cp === 0x200d;

/**
 * A middle dot between spaces (`李娜 · 2026`) is a Latin separator and keeps the Latin face; between
 * CJK characters (`约翰·史密斯`) it is the CJK interpunct, full-width, from the CJK face.
 *
 * `punctuation`: the chain quotes, ellipsis and the like are drawn from (the CJK face first in a
 * Chinese or Korean document), when it differs from `chain`.
 */
export function shapeSpans(spans: readonly Span[], chain: readonly FontFace[], style: TextStyle, punctuation?: readonly FontFace[]): Char[] {
  const out: Char[] = [];
  for (const span of spans) {
    const inlineCode = !!span.code && !style.codeBlock;
    const run: RunStyle = {
      weight: span.bold || style.bold ? 'bold' : 'regular',
      italic: !!span.italic,
      code: inlineCode,
      size: inlineCode ? style.size * CODE_SCALE : style.size,
      color: style.color,
    };
    // Code is set in the Latin face first whatever the language, so ASCII punctuation looks alike.
    const spanChain = span.code ? latinFirstChain(chain) : chain;
    const text = span.text;
    let at = -1;
    for (const ch of text) {
      at += ch.length;
      let cp = ch.codePointAt(0)!;
      if (isPresentationControl(cp)) continue;
      // Tabs and other controls draw as a space; a newline stays (the line breaker needs it) but has no width.
      if (cp < 0x20 && cp !== 0x0a) cp = 0x20;
      const cjkMark = punctuation && !span.code && isSharedPunctuation(cp) && !(cp === 0xb7 && (text[at - 1] === ' ' || text[at + 1] === ' '));
      const face = faceFor(cp, cjkMark ? punctuation : spanChain, run.weight);
      const width = cp === 0x0a ? 0 : advance(getFont(face, run.weight), cp, run.size);
      out.push({ ch: cp === 0x20 ? ' ' : ch, cp, face, style: run, width, gap: 0 });
    }
  }
  return out;
}

export function textWidth(chars: readonly Char[], from = 0, to = chars.length): number {
  let w = 0;
  for (let i = from; i < to; i++) w += chars[i]!.width;
  return w;
}
