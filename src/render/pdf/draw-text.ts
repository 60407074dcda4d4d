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
 * How much a justified line may add at one stretch point, in ems: a Chinese line shares its room
 * between characters, where more than a quarter em reads as letter-spaced text (八 月 的); a Korean
 * line widens its word spaces first, by up to half an em, then its characters a little. A
 * line that would need more (cut short before a long URL or number that could not break) is set
 * flush left instead, like a paragraph's last line: a ragged end reads better than wide gaps.
 */
const MAX_CHARACTER_STRETCH = 0.25;
/** A Korean line letter-spaces only a little once its word spaces are wide: Hangul reads by its spaces. */
const MAX_KOREAN_CHARACTER_STRETCH = 0.1;
const MAX_SPACE_STRETCH = 0.5;
/** Stretch point kinds in a justified line. */
const BETWEEN_CHARACTERS = 1;
const AT_SPACE = 2;
const SOFT_HYPHEN = '\u00ad';

export interface LineOptions {
  align: Align;
  color: string;
  justifyAt?: JustifyAt;
  /** Language of text in each face, where it differs from the document's (`Lang` of a tagged span). */
  langOf?: (c: Char) => string | undefined;
}

const isCjkChar = (cp: number) => isIdeographic(cp) || isHangul(cp) || isWidePunctuation(cp);

/** Whether a justified line may add room after character k (never after the line's last), and as what. */
function stretchKind(chars: readonly Char[], k: number): number {
  const c = chars[k]!.cp;
  if (c === 0x20) return AT_SPACE;
  const next = chars[k + 1]!.cp;
  return next !== 0x20 && (isCjkChar(c) || isCjkChar(next)) ? BETWEEN_CHARACTERS : 0;
}

/**
 * Room added at each stretch point of a justified line, by kind (index 1: between characters,
 * 2: at spaces), or undefined when the line is better set flush left.
 */
function justification(chars: readonly Char[], line: Line, extra: number, at: JustifyAt, stretch: Uint8Array): readonly number[] | undefined {
  const em = chars[line.start]!.style.size;
  let spaces = 0;
  let gaps = 0;
  for (let k = line.start; k < line.end - 1; k++) {
    const kind = (stretch[k - line.start] = stretchKind(chars, k));
    if (kind === AT_SPACE) spaces++;
    else if (kind === BETWEEN_CHARACTERS) gaps++;
  }
  // A line with no space and no CJK character (one long Latin piece in a Korean line) spreads between all its characters.
  if (spaces + gaps === 0) for (let k = line.start; k < line.end - 1; k++) gaps += stretch[k - line.start] = BETWEEN_CHARACTERS;
  if (at === 'characters') {
    // Chinese: every stretch point alike, spaces included.
    const unit = extra / (spaces + gaps);
    return unit <= MAX_CHARACTER_STRETCH * em ? [0, unit, unit] : undefined;
  }
  // Korean: word spaces first, then the rest between characters.
  const atSpace = spaces ? Math.min(extra / spaces, MAX_SPACE_STRETCH * em) : 0;
  const rest = extra - atSpace * spaces;
  if (rest <= 0.01) return [0, 0, atSpace];
  const between = gaps ? rest / gaps : Infinity;
  return between <= MAX_KOREAN_CHARACTER_STRETCH * em ? [0, between, atSpace] : undefined;
}

/** Draws one line with its baseline at `baseline`. */
export function drawLine(doc: Doc, chars: readonly Char[], line: Line, x: number, baseline: number, width: number, o: LineOptions): void {
  const { align, color } = o;
  let cx = align === 'right' ? x + width - line.width : align === 'center' ? x + (width - line.width) / 2 : x;
  // Justified: the extra room is shared by the line's stretch points, as character spacing (Tc).
  let units: readonly number[] | undefined;
  let stretch: Uint8Array | undefined;
  const extra = width - line.width;
  if (align === 'justify' && line.end - line.start > 1 && extra > 0.01) {
    stretch = new Uint8Array(line.end - line.start);
    units = justification(chars, line, extra, o.justifyAt ?? 'characters', stretch);
    if (!units) stretch = undefined;
  }
  // Room after character k: a run of characters shares one character spacing.
  const spacingAt = (k: number) => (stretch && units ? units[stretch[k - line.start]!]! : 0);
  const runs: TextRun[] = [];
  let i = line.start;
  while (i < line.end) {
    const first = chars[i]!;
    const { style } = first;
    const spacing = spacingAt(i);
    let j = i + 1;
    let w = first.width;
    // A run ends after a character with a gap of its own: the gap is room between runs, not a glyph advance.
    while (j < line.end && chars[j - 1]!.gap === 0 && chars[j]!.face === first.face && chars[j]!.style === style && spacingAt(j) === spacing) {
      w += chars[j++]!.width;
    }
    let text = '';
    for (let k = i; k < j; k++) text += chars[k]!.ch;
    const font = getFont(first.face, style.weight);
    // Boxes go down before the line's text, which is written in one block afterwards.
    if (style.code) doc.rect(cx - 0.5, baseline - style.size * 0.95, w + 1, style.size * 1.25).fill(CODE_BACKGROUND);
    useFont(doc, font);
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
