/**
 * The few things every WordprocessingML writer here needs: escaping, cleaning text that XML 1.0
 * cannot carry, and Word's units.
 */

/**
 * XML 1.0 cannot carry the C0 controls (other than tab and line feed), U+FFFE/U+FFFF or unpaired
 * surrogates, and Word refuses a file that has them. Notes are typed by people, pasted from anywhere.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\x00-\x08\x0B-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ALL_NOT_XML = new RegExp(NOT_XML.source, 'g');

export function clean(text: string): string {
  return NOT_XML.test(text) ? text.replace(ALL_NOT_XML, '') : text;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const SPECIAL = /[&<>"]/g;
const HAS_SPECIAL = /[&<>"]/;

/** Text escaped for an element's content or a double-quoted attribute. Callers clean() first. */
export function esc(text: string): string {
  return HAS_SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ESCAPES[c]!) : text;
}

/** Word colours are RRGGBB without the '#'. */
export const hex = (c: string): string => c.replace('#', '').toUpperCase();
/** Run sizes are half-points. */
export const half = (pt: number): number => Math.round(pt * 2);
/** Points to twentieths of a point (twips), Word's unit for spacing, indents and page size. */
export const twip = (pt: number): number => Math.round(pt * 20);
/** Points to English Metric Units, DrawingML's unit for picture sizes. */
export const emu = (pt: number): number => Math.round(pt * 12700);

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Namespaces of the main document, header and footer parts. */
export const W_NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';
