/**
 * The page flow: a cursor moving down the page, new pages when content does not fit, and the text
 * primitives every block uses (measure a paragraph, draw it at the cursor).
 */
import type PDFDocument from 'pdfkit';
import type { Span } from '../../document/types.js';
import type { FontFace, Theme } from '../../theme/theme.js';
import { breakLines, type Line } from './break-lines.js';
import { drawLine, type Align } from './draw-text.js';
import { shapeSpans, type Glyph, type TextStyle } from './shape-text.js';

type Doc = InstanceType<typeof PDFDocument>;

export interface Paragraph {
  glyphs: Glyph[];
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

  newPage(): void {
    this.doc.addPage();
    this.y = this.top;
  }

  /** Starts a new page unless `height` fits below the cursor (a block taller than a page starts at the top). */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > this.top) this.newPage();
  }

  remaining(): number {
    return this.bottom - this.y;
  }

  /** Lays out styled text in `width`; nothing is drawn. */
  measure(spans: readonly Span[], width: number, style: TextStyle): Paragraph {
    const glyphs = shapeSpans(spans, this.chain, style);
    const lines = breakLines(glyphs, width);
    const lineHeight = style.size * this.theme.lineHeight;
    return { glyphs, lines, lineHeight, height: Math.max(1, lines.length) * lineHeight, size: style.size };
  }

  /** Draws lines [from, to) of a measured paragraph with its top at `y`. */
  drawLines(p: Paragraph, x: number, y: number, width: number, align: Align = 'left', from = 0, to = p.lines.length): void {
    const color = this.theme.colors.text;
    for (let i = from; i < to; i++) {
      // Baseline: a little below the middle of the line box, as in CSS.
      const baseline = y + (i - from) * p.lineHeight + (p.lineHeight - p.size) / 2 + p.size * 0.88;
      drawLine(this.doc, p.glyphs, p.lines[i]!, x, baseline, width, align, color);
    }
  }

  /** Draws a paragraph at the cursor, continuing on the next page line by line when it runs out of room. */
  paragraph(spans: readonly Span[], style: TextStyle, x = this.left, width = this.right - x, align: Align = 'left'): void {
    const p = this.measure(spans, width, style);
    let from = 0;
    // Avoid a single orphan line at the bottom of a page.
    this.ensure(Math.min(p.height, p.lineHeight * 2));
    while (from < p.lines.length) {
      const fit = Math.max(1, Math.floor((this.bottom - this.y + 0.01) / p.lineHeight));
      const to = Math.min(p.lines.length, from + fit);
      this.drawLines(p, x, this.y, width, align, from, to);
      this.y += (to - from) * p.lineHeight;
      from = to;
      if (from < p.lines.length) this.newPage();
    }
  }
}
