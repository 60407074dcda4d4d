/**
 * Writes text straight into the page's content stream, one BT…ET block per line, instead of one
 * `doc.text()` per run. pdfkit's text() measures each string twice, multiplies three matrices and
 * saves/restores state per call, which was about a third of a warm document. Glyph encoding, the
 * subset, the widths and the ToUnicode map (so text copies out) stay pdfkit's: we call its font's
 * own `encode`. The few pdfkit internals used are named in `PdfkitInternals`.
 */
import type { Doc } from './pdf-doc.js';

/** pdfkit's embedded font, as `doc.font(name)` leaves it in `doc._font`. */
interface EmbeddedFont {
  id: string;
  encode(text: string): [string[], unknown[]];
  ref(): unknown;
}

interface PdfkitInternals {
  _font: EmbeddedFont;
  page: { height: number; fonts: Record<string, unknown> };
}

/** One piece of text in one font, style and colour, placed by its baseline start. */
export interface TextRun {
  fontKey: string;
  text: string;
  x: number;
  size: number;
  color: string;
  /** Slant in degrees (synthetic italic), 0 for upright. */
  slant: number;
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
  for (const run of runs) {
    const f = embedded(doc, run.fontKey);
    page.fonts[f.id] ??= f.ref();
    const [encoded] = f.encode(run.text);
    const tf = `/${f.id} ${num(run.size)} Tf`;
    if (tf !== font) ops.push((font = tf));
    if (run.color !== color) ops.push(`${rgb((color = run.color))} rg`);
    const skew = run.slant ? num(Math.tan((run.slant * Math.PI) / 180)) : '0';
    ops.push(`1 0 ${skew} 1 ${num(run.x)} ${y} Tm`, `<${encoded.join('')}> Tj`);
  }
  ops.push('ET', 'Q');
  doc.addContent(ops.join('\n'));
}
