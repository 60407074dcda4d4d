/** Draws laid-out lines: each run of characters in one face and style, all on a shared baseline. */
import { isHangul, isIdeographic, isWidePunctuation } from '../../document/script.js';
import type { Char } from './shape-text.js';
import type { Line } from './break-lines.js';
import { getFont, type LoadedFont } from './fonts.js';
import type { Doc } from './pdf-doc.js';
import { writeLine, type TextRun } from './text-ops.js';

export type Align = 'left' | 'center' | 'right' | 'justify';

/** How a justified line stretches: at word spaces (Korean) or at every gap next to a CJK character (Chinese). */
export type JustifyAt = 'spaces' | 'characters';

/**
 * Noto has no italic in these packages: a synthetic 10° slant keeps emphasis visible in every
 * script (a colour change alone would read as a link or as de-emphasis).
 */
const ITALIC_SLANT = 10;
/** Behind inline code; the theme has no colour for it, and this matches the code block's. */
export const CODE_BACKGROUND = '#f0f2f4';
/**
 * A line that would need more than this share of its width as added space is set flush left
 * instead (a line cut short before a long unbreakable number): wide gaps read worse than a ragged end.
 */
const MAX_STRETCH = 0.25;
const SOFT_HYPHEN = '\u00ad';

export interface LineOptions {
  align: Align;
  color: string;
  justifyAt?: JustifyAt;
  /** Language of text in each face, where it differs from the document's (`Lang` of a tagged span). */
  langOf?: (c: Char) => string | undefined;
}

const isCjkChar = (cp: number) => isIdeographic(cp) || isHangul(cp) || isWidePunctuation(cp);

/** Whether a justified line may add room after character k (never after the line's last). */
function stretchable(chars: readonly Char[], k: number, at: JustifyAt): boolean {
  const c = chars[k]!.cp;
  if (c === 0x20) return true;
  if (at === 'spaces') return false;
  const next = chars[k + 1]!.cp;
  return next !== 0x20 && (isCjkChar(c) || isCjkChar(next));
}

/** Draws one line with its baseline at `baseline`. */
export function drawLine(doc: Doc, chars: readonly Char[], line: Line, x: number, baseline: number, width: number, o: LineOptions): void {
  const { align, color } = o;
  let cx = align === 'right' ? x + width - line.width : align === 'center' ? x + (width - line.width) / 2 : x;
  // Justified: the extra room is shared by the line's stretch points, as character spacing (Tc).
  let unit = 0;
  let stretch: Uint8Array | undefined;
  if (align === 'justify' && line.end - line.start > 1) {
    const at = o.justifyAt ?? 'characters';
    stretch = new Uint8Array(line.end - line.start);
    let count = 0;
    for (let k = line.start; k < line.end - 1; k++) if (stretchable(chars, k, at)) count += stretch[k - line.start] = 1;
    // Korean without a space on the line stretches between characters.
    if (count === 0 && at === 'spaces') for (let k = line.start; k < line.end - 1; k++) count += stretch[k - line.start] = 1;
    const extra = width - line.width;
    if (count > 0 && extra > 0.01 && extra <= width * MAX_STRETCH) unit = extra / count;
    else stretch = undefined;
  }
  const runs: TextRun[] = [];
  let i = line.start;
  while (i < line.end) {
    const first = chars[i]!;
    const { style } = first;
    const s = stretch ? stretch[i - line.start]! : 0;
    let j = i + 1;
    let w = first.width;
    // A run ends after a character with a gap of its own: the gap is room between runs, not a glyph advance.
    while (j < line.end && chars[j - 1]!.gap === 0 && chars[j]!.face === first.face && chars[j]!.style === style && (stretch ? stretch[j - line.start] : 0) === s) {
      w += chars[j++]!.width;
    }
    let text = '';
    for (let k = i; k < j; k++) text += chars[k]!.ch;
    const font = getFont(first.face, style.weight);
    // Boxes go down before the line's text, which is written in one block afterwards.
    if (style.code) doc.rect(cx - 0.5, baseline - style.size * 0.95, w + 1, style.size * 1.25).fill(CODE_BACKGROUND);
    useFont(doc, font);
    const spacing = s ? unit : 0;
    runs.push({ font, text, x: cx, size: style.size, color: style.color ?? color, slant: style.italic ? ITALIC_SLANT : 0, spacing, lang: o.langOf?.(first) });
    cx += w + spacing * (j - i);
    i = j;
  }
  if (line.hyphen && line.end > line.start) {
    // The hyphen of a word split at the line's end, in the word's face and style. It is drawn as
    // U+00AD, the soft hyphen (the same glyph in Noto), which is what the PDF reference asks for:
    // text copied out, searched or read aloud gets the word whole.
    const last = chars[line.end - 1]!;
    const font = getFont(last.face, last.style.weight);
    useFont(doc, font);
    runs.push({ font, text: SOFT_HYPHEN, x: cx - last.gap, size: last.style.size, color: last.style.color ?? color, slant: last.style.italic ? ITALIC_SLANT : 0, spacing: 0, lang: o.langOf?.(last) });
  }
  writeLine(doc, runs, baseline);
}

const registered = new WeakMap<Doc, Set<string>>();

/** Registers a face with this document the first time it draws with it, so unused faces cost nothing. */
function useFont(doc: Doc, font: LoadedFont): void {
  let keys = registered.get(doc);
  if (!keys) registered.set(doc, (keys = new Set()));
  if (keys.has(font.key)) return;
  // pdfkit 0.20 accepts a parsed fontkit font (an object with `layout`) where its types say path.
  doc.registerFont(font.key, font.font as unknown as string);
  keys.add(font.key);
}
