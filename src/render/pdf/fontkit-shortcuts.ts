/**
 * Shortcuts around fontkit internals that cost the cold first document most of its font time.
 * fontkit decodes whole tables with a generic struct reader; three tables are read here straight
 * from the file instead, in the exact shape fontkit would produce for the fields pdfkit uses:
 *  - `post`: pdfkit only needs the header (italic angle, fixed pitch); fontkit also decodes all
 *    4,500 glyph names of Noto Sans (~8 ms a weight).
 *  - `loca`: glyph offsets, 30,000+ in the CJK fonts (~4 ms a font through the struct reader).
 *  - a glyph's outline (`_decode`): pdfkit's subsetter calls it for every glyph of every document
 *    only to learn whether the glyph is composite. Simple glyphs get their header only; composite
 *    ones the full decode (their component ids are needed). Both are remembered per glyph.
 * Only the static TrueType fonts of this back end go through here (no variations, no CFF).
 */
import type * as fontkit from 'fontkit';

interface FontkitInternals {
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  _tables: Record<string, unknown>;
  head: { indexToLocFormat: number };
  loca: { offsets: number[] };
}

interface GlyphInternals {
  _decode(): unknown;
}

const fixed32 = (file: Buffer, at: number) => file.readInt32BE(at) / 65536;

/**
 * `loadGlyph` makes a glyph's outline present in `file` (font-file.ts): it is called for every
 * glyph fontkit makes, before anything reads the glyph's outline.
 */
export function applyShortcuts(font: fontkit.Font, file: Buffer, loadGlyph: (id: number) => void = () => {}): void {
  const f = font as unknown as FontkitInternals;
  const post = f.directory.tables.post;
  if (post && !('post' in f._tables)) {
    const o = post.offset;
    f._tables.post = {
      version: fixed32(file, o),
      italicAngle: fixed32(file, o + 4),
      underlinePosition: file.readInt16BE(o + 8),
      underlineThickness: file.readInt16BE(o + 10),
      isFixedPitch: file.readUInt32BE(o + 12),
    };
  }
  const loca = f.directory.tables.loca;
  if (loca && !('loca' in f._tables)) {
    const long = f.head.indexToLocFormat === 1;
    const count = loca.length / (long ? 4 : 2);
    const offsets = new Array<number>(count);
    // Short offsets are stored halved, as fontkit's own loca reader undoes.
    for (let i = 0; i < count; i++) offsets[i] = long ? file.readUInt32BE(loca.offset + 4 * i) : 2 * file.readUInt16BE(loca.offset + 2 * i);
    f._tables.loca = { version: long ? 1 : 0, offsets };
  }
  const glyf = f.directory.tables.glyf;
  if (!glyf) return;
  const getGlyph = font.getGlyph.bind(font);
  const patched = new Set<number>();
  font.getGlyph = (id: number, codePoints?: number[]) => {
    if (patched.has(id)) return getGlyph(id, codePoints);
    patched.add(id);
    loadGlyph(id);
    const glyph = getGlyph(id, codePoints);
    const g = glyph as unknown as GlyphInternals;
    const full = g._decode.bind(g);
    let decoded: unknown;
    let done = false;
    g._decode = () => {
      if (done) return decoded;
      done = true;
      const { offsets } = f.loca;
      const start = offsets[id];
      if (start === undefined || start === offsets[id + 1]) return (decoded = null);
      const at = glyf.offset + start;
      const numberOfContours = file.readInt16BE(at);
      if (numberOfContours < 0) return (decoded = full());
      const [xMin, yMin, xMax, yMax] = [2, 4, 6, 8].map((d) => file.readInt16BE(at + d));
      return (decoded = { numberOfContours, xMin, yMin, xMax, yMax });
    };
    return glyph;
  };
}
