/** Turns styled spans into measured characters, each with the face that can draw it. */
import type { Span } from '../../document/types.js';
import type { FontFace } from '../../theme/theme.js';
import { faceFor, latinFirstChain } from './fallback.js';
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
  /** Advance in points. */
  width: number;
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

export function shapeSpans(spans: readonly Span[], chain: readonly FontFace[], style: TextStyle): Char[] {
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
    for (const ch of span.text) {
      let cp = ch.codePointAt(0)!;
      // Tabs and other controls draw as a space; a newline stays (the line breaker needs it) but has no width.
      if (cp < 0x20 && cp !== 0x0a) cp = 0x20;
      const face = faceFor(cp, spanChain, run.weight);
      const width = cp === 0x0a ? 0 : advance(getFont(face, run.weight), cp, run.size);
      out.push({ ch: cp === 0x20 ? ' ' : ch, cp, face, style: run, width });
    }
  }
  return out;
}

export function textWidth(chars: readonly Char[], from = 0, to = chars.length): number {
  let w = 0;
  for (let i = from; i < to; i++) w += chars[i]!.width;
  return w;
}
