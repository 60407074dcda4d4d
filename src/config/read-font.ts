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

export function checkFont(bytes: Buffer): FontCheck {
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
  return { ok: true, family: (font as unknown as { familyName: string }).familyName };
}
