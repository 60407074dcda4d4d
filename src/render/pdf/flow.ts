/**
 * The page flow: a cursor moving down the page, new pages when content does not fit, and the text
 * primitives every block uses (lay out styled text, draw it at the cursor).
 */
import type { Span } from '../../document/types.js';
import type { FontFace, ProseStyle, Theme } from '../../theme/theme.js';
import { breakLines, type Line } from './break-lines.js';
import { drawLine, type Align } from './draw-text.js';
import { punctuationChain } from './fallback.js';
import { advance, getFont } from './fonts.js';
import type { Doc } from './pdf-doc.js';
import { addCjkLatinSpace } from './cjk-latin-space.js';
import { shapeSpans, type Char, type TextStyle } from './shape-text.js';
import type { Tagger } from './tagger.js';

/** Styled text broken into lines for one width; nothing drawn yet. */
export interface Paragraph {
  chars: Char[];
  lines: Line[];
  lineHeight: number;
  height: number;
  size: number;
  /** First-line indent, in points. */
  indent: number;
}

/** Called with every line drawn, and the paragraph it belongs to: tests check the line breaking with it. */
export type LineObserver = (p: Paragraph, line: number) => void;

/** Paragraph options of body text: the language's prose style applies. */
export interface ProseOptions {
  /** Body text (not inside a list or quote): takes the language's first-line indent. */
  indent?: boolean;
  /** Room the block after this one needs on the page of this paragraph's last lines (an attribution), in points. */
  keep?: number;
}

/**
 * Lines of a paragraph that go to the next page with what is kept with it, and the fewest left
 * behind at the foot of a page: never a single line on either side.
 */
export const KEPT_LINES = 2;

const SOFT_HYPHEN = 0xad;

export class Flow {
  y: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly prose: ProseStyle | undefined;
  /** Quotes, ellipsis and the like come from the CJK face first in a Chinese or Korean document. */
  private readonly punctuation: readonly FontFace[] | undefined;
  /** Marks what is drawn as headings, paragraphs, tables… when the PDF is tagged. */
  tags: Tagger | undefined;
  observe: LineObserver | undefined;

  constructor(
    readonly doc: Doc,
    readonly theme: Theme,
    readonly chain: readonly FontFace[],
    readonly lang = 'en',
  ) {
    const { margin, width, height } = theme.page;
    this.left = margin.left;
    this.right = width - margin.right;
    this.top = margin.top;
    this.bottom = height - margin.bottom;
    this.y = this.top;
    this.prose = theme.prose?.[lang];
    this.punctuation = punctuationChain(chain, theme.pdfPunctuationFace?.[lang]);
  }

  get width(): number {
    return this.right - this.left;
  }

  /** Index of the page being drawn on (0-based). */
  get page(): number {
    return this.doc.bufferedPageRange().count - 1;
  }

  newPage(): void {
    // pdfkit's continueOnNewPage closes the marked content still open (a paragraph running over the
    // page end) on this page and reopens it on the next, so each page's content stays balanced.
    this.doc.continueOnNewPage();
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
    const chars = shapeSpans(spans, this.chain, style, this.punctuation);
    if (this.prose?.cjkLatinSpace) addCjkLatinSpace(chars, this.prose.cjkLatinSpace);
    return chars;
  }

  layoutChars(chars: Char[], width: number, style: TextStyle, indent = 0): Paragraph {
    const lines = breakLines(chars, width, (i) => advance(getFont(chars[i]!.face, chars[i]!.style.weight), SOFT_HYPHEN, chars[i]!.style.size), indent);
    const lineHeight = style.size * this.theme.lineHeight;
    return { chars, lines, lineHeight, height: Math.max(1, lines.length) * lineHeight, size: style.size, indent };
  }

  /** Draws lines [from, to) of a laid-out paragraph with the top of the first at `y`. */
  drawLines(p: Paragraph, x: number, y: number, width: number, align: Align = 'left', from = 0, to = p.lines.length): void {
    const color = this.theme.colors.text;
    const justifyAt = this.prose?.justifyAt;
    for (let i = from; i < to; i++) {
      // Baseline: the glyphs' em box centred in the line box, as CSS does; 0.88 em is Noto's ascent share.
      const baseline = y + (i - from) * p.lineHeight + (p.lineHeight - p.size) / 2 + p.size * 0.88;
      const line = p.lines[i]!;
      const indent = i === 0 ? p.indent : 0;
      // The last line of a paragraph, and one ended by a hard break, stay flush left.
      const lineAlign = align === 'justify' && (i === p.lines.length - 1 || p.chars[line.end]?.cp === 0x0a) ? 'left' : align;
      drawLine(this.doc, p.chars, line, x + indent, baseline, width - indent, { align: lineAlign, color, justifyAt, langOf: this.tags?.langOf });
      this.observe?.(p, i);
    }
  }

  /**
   * Draws laid-out text at the cursor, continuing on the next page line by line when it runs out of
   * room. `before` runs on each page before its lines are drawn (a code block's background).
   */
  flowLines(p: Paragraph, x: number, width: number, align: Align = 'left', before?: (top: number, height: number) => void, keep = 0): void {
    // No single first line alone at the bottom of a page.
    this.ensure(Math.min(p.height, p.lineHeight * 2));
    const n = p.lines.length;
    let from = 0;
    while (from < n) {
      const fit = Math.max(1, Math.floor((this.bottom - this.y + 0.01) / p.lineHeight));
      let to = Math.min(n, from + fit);
      if (keep > 0 && !(to === n && this.y + (n - from) * p.lineHeight + keep <= this.bottom + 0.01)) {
        // What follows will not be on this page: the paragraph's last lines go over with it (the
        // whole paragraph when that would leave a single line behind at the foot of its first page).
        to = Math.min(to, n - Math.min(KEPT_LINES, n - from));
        if (from === 0 && to < KEPT_LINES) to = 0;
        if (to <= from) {
          // Nothing to leave here: start the page with the paragraph, unless it already does.
          if (this.y > this.top) {
            this.newPage();
            continue;
          }
          to = Math.min(n, from + fit);
        }
      }
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

  /** A paragraph of running text, set as the language sets prose (justified, indented). */
  proseLayout(spans: readonly Span[], width: number, options: ProseOptions = {}): Paragraph {
    const size = this.theme.size.body;
    const indent = options.indent ? (this.prose?.indent ?? 0) * size : 0;
    return this.layoutChars(this.shape(spans, { size }), width, { size }, indent);
  }

  /** Draws a paragraph of running text at the cursor. */
  proseParagraph(spans: readonly Span[], x: number, width: number, options: ProseOptions = {}): void {
    this.flowLines(this.proseLayout(spans, width, options), x, width, this.prose?.justify ? 'justify' : 'left', undefined, options.keep);
  }
}
