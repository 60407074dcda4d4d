/** Draws laid-out lines: each run of characters in one face and style, all on a shared baseline. */
import type { Char } from './shape-text.js';
import type { Line } from './break-lines.js';
import { getFont, type LoadedFont } from './fonts.js';
import type { Doc } from './pdf-doc.js';
import { writeLine, type TextRun } from './text-ops.js';

export type Align = 'left' | 'center' | 'right';

/**
 * Noto has no italic in these packages: a synthetic 10° slant keeps emphasis visible in every
 * script (a colour change alone would read as a link or as de-emphasis).
 */
const ITALIC_SLANT = 10;
/** Behind inline code; the theme has no colour for it, and this matches the code block's. */
export const CODE_BACKGROUND = '#f0f2f4';

/** Draws one line with its baseline at `baseline`. */
export function drawLine(doc: Doc, chars: readonly Char[], line: Line, x: number, baseline: number, width: number, align: Align, color: string): void {
  let cx = align === 'left' ? x : align === 'right' ? x + width - line.width : x + (width - line.width) / 2;
  const runs: TextRun[] = [];
  let i = line.start;
  while (i < line.end) {
    const first = chars[i]!;
    const { style } = first;
    let j = i + 1;
    let w = first.width;
    while (j < line.end && chars[j]!.face === first.face && chars[j]!.style === style) w += chars[j++]!.width;
    let text = '';
    for (let k = i; k < j; k++) text += chars[k]!.ch;
    const font = getFont(first.face, style.weight);
    // Boxes go down before the line's text, which is written in one block afterwards.
    if (style.code) doc.rect(cx - 0.5, baseline - style.size * 0.95, w + 1, style.size * 1.25).fill(CODE_BACKGROUND);
    useFont(doc, font);
    runs.push({ font, text, x: cx, size: style.size, color: style.color ?? color, slant: style.italic ? ITALIC_SLANT : 0 });
    cx += w;
    i = j;
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
