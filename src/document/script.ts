/**
 * Which writing system a character belongs to, as far as layout needs to know: one home for these
 * ranges, shared by the Markdown reader (soft line breaks) and the PDF back end (line breaking,
 * spacing, fonts).
 */

/** Hangul syllables, jamo and compatibility jamo: Korean, which separates words with spaces. */
export const isHangul = (cp: number): boolean =>
  (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f) || (cp >= 0xa960 && cp <= 0xa97f) || (cp >= 0xd7b0 && cp <= 0xd7ff);

/** Han ideographs (with extensions and compatibility forms), kana and the iteration marks: set without spaces between words. */
export const isIdeographic = (cp: number): boolean =>
  (cp >= 0x4e00 && cp <= 0x9fff) ||
  (cp >= 0x3400 && cp <= 0x4dbf) ||
  (cp >= 0x20000 && cp <= 0x3134f) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0x3040 && cp <= 0x30ff) ||
  cp === 0x3005 ||
  cp === 0x3007;

/** CJK symbols and punctuation (、。「」…) and the full-width forms (，：（）): wide marks of Chinese and Japanese text. */
export const isWidePunctuation = (cp: number): boolean => (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff01 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6);

/** ASCII letters and digits, and Latin letters with accents: the "Western" side of CJK–Latin spacing. */
export const isLatinOrDigit = (cp: number): boolean => (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7);

export const isDigit = (cp: number): boolean => cp >= 0x30 && cp <= 0x39;
