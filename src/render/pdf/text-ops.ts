/**
 * Writes text straight into the page's content stream, one BT…ET block per line, instead of one
 * `doc.text()` per run. pdfkit's text() measures each string twice, multiplies three matrices and
 * saves/restores state per call, which was about a third of a warm document. The subset, the
 * widths and the ToUnicode map (so text copies out) stay pdfkit's; glyphs are encoded here, one per
 * code point, as our layout measured them (see fonts.ts), rather than through pdfkit's `encode`,
 * which lays each string out again and builds a position object per glyph only to drop it. The few
 * pdfkit internals used are named in `EmbeddedFont` and `PdfkitInternals`.
 */
import { glyphFor, type LoadedFont } from './fonts.js';
import type { Doc } from './pdf-doc.js';

/** pdfkit's embedded font, as `doc.font(name)` leaves it in `doc._font`. */
interface EmbeddedFont {
  id: string;
  ref(): unknown;
  /** Font units to pdfkit's 1000-unit glyph space. */
  scale: number;
  subset: { includeGlyph(id: number): number };
  /** By subset glyph id: advance (glyph space) and code points, for the widths array and ToUnicode. */
  widths: number[];
  unicode: number[][];
}

interface PdfkitInternals {
  _font: EmbeddedFont;
  page: { height: number; fonts: Record<string, unknown> };
}

/** One piece of text in one font, style and colour, placed by its baseline start. */
export interface TextRun {
  font: LoadedFont;
  text: string;
  x: number;
  size: number;
  color: string;
  /** Slant in degrees (synthetic italic), 0 for upright. */
  slant: number;
  /** Room added after every glyph (character spacing, for justified lines), in points. */
  spacing?: number;
  /** BCP 47 language of this run where it differs from the document's: a tagged span carries it. */
  lang?: string;
}

const fonts = new WeakMap<Doc, Map<string, EmbeddedFont>>();

/** The document's embedded font for a registered name, created on first use (pdfkit's own path). */
function embedded(doc: Doc, key: string): EmbeddedFont {
  let byKey = fonts.get(doc);
  if (!byKey) fonts.set(doc, (byKey = new Map()));
  let font = byKey.get(key);
  if (!font) {
    doc.font(key);
    font = (doc as unknown as PdfkitInternals)._font;
    byKey.set(key, font);
  }
  return font;
}

/** Per embedded font (so per document): code point → the 4-digit hex subset glyph id. */
const codes = new WeakMap<EmbeddedFont, Map<number, string>>();

/** The Tj operand for `text`: what pdfkit's `encode` writes, for one glyph per code point. */
function encode(f: EmbeddedFont, font: LoadedFont, text: string): string {
  let byCp = codes.get(f);
  if (!byCp) codes.set(f, (byCp = new Map()));
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    let hex = byCp.get(cp);
    if (hex === undefined) {
      const glyph = glyphFor(font, cp);
      const gid = f.subset.includeGlyph(glyph.id);
      hex = gid.toString(16).padStart(4, '0');
      f.widths[gid] ??= glyph.advanceWidth * f.scale;
      f.unicode[gid] ??= glyph.codePoints;
      byCp.set(cp, hex);
    }
    out += hex;
  }
  return out;
}

const rgbCache = new Map<string, string>();

/** "#0b5cad" → "0.0431 0.3608 0.6784", the operands of `rg`. */
function rgb(color: string): string {
  let s = rgbCache.get(color);
  if (!s) {
    // Theme text colours are hex; anything else would write a broken operator, so say so instead.
    if (!/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(color)) throw new Error(`PDF text colour must be #rgb or #rrggbb, got "${color}"`);
    const hex = color.length === 4 ? color.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3') : color;
    const n = parseInt(hex.slice(1), 16);
    s = [n >> 16, (n >> 8) & 0xff, n & 0xff].map((c) => num(c / 255)).join(' ');
    rgbCache.set(color, s);
  }
  return s;
}

/** A language tag as a PDF string: tags are ASCII letters, digits and hyphens. */
const pdfString = (s: string) => `(${s.replace(/[^A-Za-z0-9-]/g, '')})`;

/** Fixed, short number formatting: the same input always writes the same bytes. */
const num = (v: number) => String(Math.round(v * 1000) / 1000);

/**
 * Draws runs sharing one baseline (top-down page coordinates). The block is wrapped in q…Q, so the
 * colours set here never leak into pdfkit's idea of the graphics state.
 */
export function writeLine(doc: Doc, runs: readonly TextRun[], baseline: number): void {
  if (runs.length === 0) return;
  const internals = doc as unknown as PdfkitInternals;
  const { page } = internals;
  // pdfkit flips each page to top-down coordinates; text wants PDF's own, bottom-up.
  const y = num(page.height - baseline);
  const ops: string[] = ['q', `1 0 0 -1 0 ${num(page.height)} cm`, 'BT'];
  let font = '';
  let color = '';
  let spacing = '0';
  for (const run of runs) {
    const f = embedded(doc, run.font.key);
    page.fonts[f.id] ??= f.ref();
    const tf = `/${f.id} ${num(run.size)} Tf`;
    if (tf !== font) ops.push((font = tf));
    if (run.color !== color) ops.push(`${rgb((color = run.color))} rg`);
    const tc = num(run.spacing ?? 0);
    if (tc !== spacing) ops.push(`${(spacing = tc)} Tc`);
    const skew = run.slant ? num(Math.tan((run.slant * Math.PI) / 180)) : '0';
    // A span in another language is marked so a screen reader switches voice (tagged PDF).
    if (run.lang) ops.push(`/Span <</Lang ${pdfString(run.lang)}>> BDC`);
    ops.push(`1 0 ${skew} 1 ${num(run.x)} ${y} Tm`, `<${encode(f, run.font, run.text)}> Tj`);
    if (run.lang) ops.push('EMC');
  }
  ops.push('ET', 'Q');
  // As text: the page gathers its content and makes it bytes once (page-content.ts).
  doc.addContent(ops.join('\n'));
}
