/**
 * What every part of the DOCX back end needs: cleaning text that XML 1.0 cannot carry, and Word's
 * units. (Escaping is the docx package's job.)
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

/** Word colours are RRGGBB without the '#'. */
export const hex = (c: string): string => c.replace('#', '').toUpperCase();
/** Run sizes are half-points. */
export const half = (pt: number): number => Math.round(pt * 2);
/** Points to twentieths of a point (twips), Word's unit for spacing, indents and page size. */
export const twip = (pt: number): number => Math.round(pt * 20);
