/**
 * A font file read whole but for its outlines, which are read glyph by glyph (font-file.ts): the
 * bytes fontkit and pdfkit read must be the file's own wherever they read them.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, test } from 'vitest';
import { readFontFile } from '../../src/render/font-file.js';
import { fontPath } from '../../src/render/font-files.js';

/** The table directory of an sfnt file. */
function tables(file: Buffer): Map<string, { offset: number; length: number }> {
  const out = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < file.readUInt16BE(4); i++) {
    const at = 12 + 16 * i;
    out.set(file.toString('latin1', at, at + 4), { offset: file.readUInt32BE(at + 8), length: file.readUInt32BE(at + 12) });
  }
  return out;
}

interface GlyphOutline {
  id: number;
  _decode(): { numberOfContours: number; components?: { glyphID: number }[] } | null;
}

describe('readFontFile', () => {
  const path = fontPath('latin', 'regular');
  const whole = readFileSync(path);
  const glyf = tables(whole).get('glyf')!;
  const full = fontkit.create(whole);
  const loca = (id: number) => (full as unknown as { loca: { offsets: number[] } }).loca.offsets[id]!;

  test('reads every table but the outlines, which stay zero until a glyph is asked for', () => {
    const { bytes } = readFontFile(path);
    expect(bytes.length).toBe(whole.length);
    expect(bytes.subarray(0, glyf.offset).equals(whole.subarray(0, glyf.offset))).toBe(true);
    expect(bytes.subarray(glyf.offset + glyf.length).equals(whole.subarray(glyf.offset + glyf.length))).toBe(true);
    expect(bytes.subarray(glyf.offset, glyf.offset + glyf.length).every((b) => b === 0)).toBe(true);
  });

  test('a glyph read is the file\'s own bytes, and only that glyph is read', () => {
    const { bytes, loadGlyph } = readFontFile(path);
    const id = full.glyphForCodePoint('A'.codePointAt(0)!).id;
    loadGlyph(id);
    const [start, end] = [glyf.offset + loca(id), glyf.offset + loca(id + 1)];
    expect(end - start).toBeGreaterThan(10);
    expect(bytes.subarray(start, end).equals(whole.subarray(start, end))).toBe(true);
    expect(bytes.subarray(end, end + 64).every((b) => b === 0)).toBe(true);
  });

  test('a composite glyph brings its components, so a subset of it has their outlines', () => {
    // In Noto Sans, "é" is an "e" and an acute accent placed together.
    const eAcute = full.glyphForCodePoint(0xe9) as unknown as GlyphOutline;
    const decoded = eAcute._decode()!;
    expect(decoded.numberOfContours).toBeLessThan(0);
    const components = decoded.components!.map((c) => c.glyphID);
    expect(components.length).toBeGreaterThanOrEqual(2);
    const { bytes, loadGlyph } = readFontFile(path);
    loadGlyph(eAcute.id);
    for (const id of [eAcute.id, ...components]) {
      const [start, end] = [glyf.offset + loca(id), glyf.offset + loca(id + 1)];
      expect(bytes.subarray(start, end).equals(whole.subarray(start, end))).toBe(true);
    }
  });

  test('the same outlines and advances as the whole file, through fontkit', () => {
    const { bytes, loadGlyph } = readFontFile(fontPath('sc', 'regular'));
    const part = fontkit.create(bytes);
    const wholeSc = fontkit.create(readFileSync(fontPath('sc', 'regular')));
    for (const ch of '客户资料完整率Aé') {
      const cp = ch.codePointAt(0)!;
      const id = part.glyphForCodePoint(cp).id;
      loadGlyph(id);
      // A glyph object fresh from the font, made after its outline was read.
      const a = part.getGlyph(id) as unknown as { path: { toSVG(): string }; advanceWidth: number };
      const b = wholeSc.getGlyph(id) as unknown as { path: { toSVG(): string }; advanceWidth: number };
      expect(a.path.toSVG()).toBe(b.path.toSVG());
      expect(a.advanceWidth).toBe(b.advanceWidth);
    }
  });

  test('a file that is not plain TrueType (CFF outlines, a collection) is read whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'workplan-font-file-'));
    const otto = Buffer.concat([Buffer.from('OTTO'), Buffer.alloc(60, 7)]);
    writeFileSync(join(dir, 'f.otf'), otto);
    const { bytes, loadGlyph } = readFontFile(join(dir, 'f.otf'));
    expect(bytes.equals(otto)).toBe(true);
    expect(() => loadGlyph(3)).not.toThrow();
  });
});
