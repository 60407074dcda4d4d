/** Draws laid-out lines: each run of glyphs in one face, all on a shared baseline. */
import type PDFDocument from 'pdfkit';
import type { Glyph } from './shape-text.js';
import type { Line } from './break-lines.js';
import { getFont, pdfFontObject, type LoadedFont } from './fonts.js';

type Doc = InstanceType<typeof PDFDocument>;

export type Align = 'left' | 'center' | 'right';

/** Draws one line with its baseline at `baseline`. */
export function drawLine(doc: Doc, glyphs: readonly Glyph[], line: Line, x: number, baseline: number, width: number, align: Align, color: string): void {
  let cx = align === 'left' ? x : align === 'right' ? x + width - line.width : x + (width - line.width) / 2;
  let i = line.start;
  while (i < line.end) {
    const first = glyphs[i]!;
    let j = i + 1;
    let text = first.ch;
    let w = first.width;
    while (j < line.end) {
      const g = glyphs[j]!;
      if (g.face !== first.face || g.weight !== first.weight || g.italic !== first.italic || g.code !== first.code || g.size !== first.size || g.color !== first.color) break;
      text += g.ch;
      w += g.width;
      j++;
    }
    const font = getFont(first.face, first.weight);
    const top = baseline - (font.ascent / font.unitsPerEm) * first.size;
    useFont(doc, font);
    doc.font(font.key).fontSize(first.size).fillColor(first.color ?? color);
    // Noto has no italic here: a synthetic 10° slant keeps emphasis visible in every script.
    doc.text(text, cx, top, { lineBreak: false, oblique: first.italic ? 10 : undefined });
    cx += w;
    i = j;
  }
}

const registered = new WeakMap<Doc, Set<string>>();

/** Registers a face with this document the first time it draws with it, so unused faces cost nothing. */
function useFont(doc: Doc, font: LoadedFont): void {
  let keys = registered.get(doc);
  if (!keys) registered.set(doc, (keys = new Set()));
  if (keys.has(font.key)) return;
  // pdfkit 0.20 accepts a parsed font (an object with `layout`) in place of a path.
  doc.registerFont(font.key, pdfFontObject(font) as unknown as string);
  keys.add(font.key);
}
