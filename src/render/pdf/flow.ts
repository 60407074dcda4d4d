/**
 * The page flow: a cursor moving down the page, new pages when content does not fit, and the text
 * primitives every block uses (lay out styled text, draw it at the cursor).
 */
import type { Span } from '../../document/types.js';
import type { FontFace, Theme } from '../../theme/theme.js';
import { breakLines, type Line } from './break-lines.js';
import { drawLine, type Align } from './draw-text.js';
import type { Doc } from './pdf-doc.js';
import { shapeSpans, type Char, type TextStyle } from './shape-text.js';

/** Styled text broken into lines for one width; nothing drawn yet. */
export interface Paragraph {
  chars: Char[];
  lines: Line[];
  lineHeight: number;
  height: number;
  size: number;
}

export class Flow {
  y: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;

  constructor(
    readonly doc: Doc,
    readonly theme: Theme,
    readonly chain: readonly FontFace[],
  ) {
    const { margin, width, height } = theme.page;
    this.left = margin.left;
    this.right = width - margin.right;
    this.top = margin.top;
    this.bottom = height - margin.bottom;
    this.y = this.top;
  }

  get width(): number {
    return this.right - this.left;
  }

  /** Index of the page being drawn on (0-based). */
  get page(): number {
    return this.doc.bufferedPageRange().count - 1;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.top;
  }

  /** Starts a new page unless `height` fits below the cursor (a block taller than a page starts at the top). */
  ensure(height: number): void {
    if (this.y + height > this.bottom + 0.01 && this.y > this.top) this.newPage();
  }

  /** Lays out styled text in `width`; nothing is drawn. */
  layout(spans: readonly Span[], width: number, style: TextStyle): Paragraph {
    return this.layoutChars(this.shape(spans, style), width, style);
  }

  /** Styled text as measured characters, before line breaking (tables size columns from these). */
  shape(spans: readonly Span[], style: TextStyle): Char[] {
    return shapeSpans(spans, this.chain, style);
  }

  layoutChars(chars: Char[], width: number, style: TextStyle): Paragraph {
    const lines = breakLines(chars, width);
    const lineHeight = style.size * this.theme.lineHeight;
    return { chars, lines, lineHeight, height: Math.max(1, lines.length) * lineHeight, size: style.size };
  }

  /** Draws lines [from, to) of a laid-out paragraph with the top of the first at `y`. */
  drawLines(p: Paragraph, x: number, y: number, width: number, align: Align = 'left', from = 0, to = p.lines.length): void {
    const color = this.theme.colors.text;
    for (let i = from; i < to; i++) {
      // Baseline: the glyphs' em box centred in the line box, as CSS does; 0.88 em is Noto's ascent share.
      const baseline = y + (i - from) * p.lineHeight + (p.lineHeight - p.size) / 2 + p.size * 0.88;
      drawLine(this.doc, p.chars, p.lines[i]!, x, baseline, width, align, color);
    }
  }

  /**
   * Draws laid-out text at the cursor, continuing on the next page line by line when it runs out of
   * room. `before` runs on each page before its lines are drawn (a code block's background).
   */
  flowLines(p: Paragraph, x: number, width: number, align: Align = 'left', before?: (top: number, height: number) => void): void {
    // No single first line alone at the bottom of a page.
    this.ensure(Math.min(p.height, p.lineHeight * 2));
    let from = 0;
    while (from < p.lines.length) {
      const fit = Math.max(1, Math.floor((this.bottom - this.y + 0.01) / p.lineHeight));
      const to = Math.min(p.lines.length, from + fit);
      before?.(this.y, (to - from) * p.lineHeight);
      this.drawLines(p, x, this.y, width, align, from, to);
      this.y += (to - from) * p.lineHeight;
      from = to;
      if (from < p.lines.length) this.newPage();
    }
  }

  /** Lays out and draws a paragraph at the cursor. */
  paragraph(spans: readonly Span[], style: TextStyle, x = this.left, width = this.right - x, align: Align = 'left'): void {
    this.flowLines(this.layout(spans, width, style), x, width, align);
  }
}
