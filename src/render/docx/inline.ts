/** Spans to Word runs (w:r): bold, italic, code (monospace on a grey shade), and line breaks inside a paragraph. */
import type { Span } from '../../document/types.js';
import { CODE_SHADE, MONO } from './styles.js';
import { clean, esc } from './xml.js';

export interface RunExtras {
  bold?: boolean;
  /** RRGGBB */
  color?: string;
}

/** w:rPr for a run; children in the order the schema requires (rFonts, b, i, color, shd). */
function runProperties(bold: boolean, italic: boolean, code: boolean, color: string | undefined): string {
  if (!bold && !italic && !code && !color) return '';
  let p = '<w:rPr>';
  if (code) p += `<w:rFonts w:ascii="${MONO}" w:hAnsi="${MONO}" w:cs="${MONO}"/>`;
  if (bold) p += '<w:b/><w:bCs/>';
  if (italic) p += '<w:i/><w:iCs/>';
  if (color) p += `<w:color w:val="${color}"/>`;
  if (code) p += `<w:shd w:val="clear" w:color="auto" w:fill="${CODE_SHADE}"/>`;
  return p + '</w:rPr>';
}

/** Text as w:t, with a w:br before each line after the first. */
function lines(text: string): string {
  const parts = clean(text).split('\n');
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) out += '<w:br/>';
    if (parts[i] !== '') out += `<w:t xml:space="preserve">${esc(parts[i]!)}</w:t>`;
  }
  return out;
}

export function runs(spans: readonly Span[], extra: RunExtras = {}): string {
  let out = '';
  for (const span of spans) {
    if (span.text === '') continue;
    out += `<w:r>${runProperties(!!(span.bold || extra.bold), !!span.italic, !!span.code, extra.color)}${lines(span.text)}</w:r>`;
  }
  return out;
}

/** One plain run (labels, captions). */
export function plainRun(text: string, extra: RunExtras = {}): string {
  return runs([{ text }], extra);
}
