/**
 * Checks a user's font file before any document is drawn with it: one static font with TrueType
 * outlines, which is what both back ends handle (the PDF reads TrueType glyphs directly, see
 * fontkit-shortcuts.ts, and the DOCX completes subsets into installable TrueType files).
 */
import * as fontkit from 'fontkit';

export type FontCheck = { ok: true; family: string } | { ok: false; problem: string; hint: string };

interface Tables {
  directory?: { tables: Record<string, unknown> };
}

/** The first four bytes of a WOFF and a WOFF2 file. */
const WEB_FONT_TAGS = new Set(['wOFF', 'wOF2']);

/**
 * `sample`: characters every document of the slot's script uses. A font without them would be
 * drawn as empty boxes (a Latin font given for Chinese), so it is refused here, not on the page.
 */
export function checkFont(bytes: Buffer, sample?: { script: string; text: string }): FontCheck {
  // fontkit reads web fonts as well, and their tables look like a TrueType font's, but both
  // back ends read the file's bytes as an sfnt: a .woff2 renamed .ttf would crash the render.
  if (WEB_FONT_TAGS.has(bytes.subarray(0, 4).toString('latin1'))) {
    return { ok: false, problem: 'is a web font (WOFF), compressed for browsers', hint: 'give the .ttf the web font was made from; font families ship it beside their web fonts' };
  }
  let font: fontkit.Font | { fonts: unknown[] };
  try {
    font = fontkit.create(bytes) as fontkit.Font | { fonts: unknown[] };
  } catch {
    return { ok: false, problem: 'is not a font file', hint: 'give a TrueType (.ttf) or OpenType (.otf) font' };
  }
  if ('fonts' in font) return { ok: false, problem: 'is a font collection (several fonts in one file)', hint: 'give a single font file, e.g. the .ttf of the regular weight' };
  const tables = (font as unknown as Tables).directory?.tables ?? {};
  if (!tables.glyf) return { ok: false, problem: 'has PostScript (CFF) outlines, which workplan cannot embed', hint: 'use the TrueType version of the font (.ttf); most font families ship one' };
  if (tables.fvar) return { ok: false, problem: 'is a variable font', hint: 'use the static file of one weight, e.g. …-Regular.ttf and …-Bold.ttf' };
  const missing = sample ? [...sample.text].filter((c) => !(font as fontkit.Font).hasGlyphForCodePoint(c.codePointAt(0)!)) : [];
  if (sample && missing.length) {
    return { ok: false, problem: `has no ${sample.script} characters (none for ${missing.join(' ')})`, hint: `give a font made for ${sample.script} text here, or name this font under the slot of its own script` };
  }
  return { ok: true, family: (font as unknown as { familyName: string }).familyName };
}
