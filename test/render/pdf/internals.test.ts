/**
 * The PDF back end reaches into pdfkit and fontkit (fontkit-shortcuts.ts, text-ops.ts,
 * fast-deflate.ts), so both are pinned to exact versions in package.json. This file is the alarm
 * for an upgrade: it checks the pins, then every internal the back end reads or replaces, with the
 * shape and values it relies on. If it fails after an upgrade, read the named module before
 * changing anything else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, test } from 'vitest';
import { applyShortcuts } from '../../../src/render/pdf/fontkit-shortcuts.js';
import { fontPath } from '../../../src/render/pdf/fonts.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const manifest = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as { version: string; devDependencies: Record<string, string> };

describe('pins', () => {
  test.each([
    ['pdfkit', '0.20.2'],
    ['fontkit', '2.0.4'],
  ])('%s is pinned to exactly %s, and that is the version installed', (name, version) => {
    // A development dependency: the bundle carries it (scripts/bundle.mjs), an install does not.
    expect(manifest('package.json').devDependencies[name], `${name} must be pinned exactly: the PDF back end uses its internals`).toBe(version);
    expect(manifest(`node_modules/${name}/package.json`).version).toBe(version);
  });
});

interface FontkitInternals {
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  _tables: Record<string, unknown>;
  head: { indexToLocFormat: number };
  loca: { offsets: number[]; version: number };
  post: { version: number; italicAngle: number; underlinePosition: number; underlineThickness: number; isFixedPitch: number };
  glyphForCodePoint(cp: number): { id: number };
  getGlyph(id: number): { _decode(): { numberOfContours: number; xMin: number; yMin: number; xMax: number; yMax: number; components?: unknown[] } | null };
}

describe('fontkit internals (fontkit-shortcuts.ts)', () => {
  const file = readFileSync(fontPath('latin', 'regular'));
  const plain = fontkit.create(file) as unknown as FontkitInternals;
  const quick = fontkit.create(file) as unknown as FontkitInternals & fontkit.Font;
  applyShortcuts(quick, file);

  test('the table directory, the decoded-table cache and head.indexToLocFormat are where the shortcuts read them', () => {
    for (const tag of ['post', 'loca', 'glyf']) {
      const t = plain.directory.tables[tag]!;
      expect(t, tag).toBeDefined();
      expect(Number.isInteger(t.offset) && Number.isInteger(t.length), tag).toBe(true);
    }
    expect(typeof plain._tables).toBe('object');
    expect([0, 1]).toContain(plain.head.indexToLocFormat);
    // The shortcuts fill fontkit's cache, so fontkit's getters must read from it.
    expect('post' in quick._tables && 'loca' in quick._tables).toBe(true);
  });

  test('the post header and loca offsets read straight from the file equal what fontkit decodes', () => {
    const { version, italicAngle, underlinePosition, underlineThickness, isFixedPitch } = plain.post;
    expect(quick.post).toEqual({ version, italicAngle, underlinePosition, underlineThickness, isFixedPitch });
    expect(quick.loca.offsets).toEqual(plain.loca.offsets);
    expect(quick.loca.offsets.length).toBe(4503 + 1);
  });

  test("a glyph's _decode gives contours and bounding box (simple) or components (composite), as fontkit's own", () => {
    for (const ch of ['A', 'g', '%', 'é', 'ﬁ']) {
      const id = quick.glyphForCodePoint(ch.codePointAt(0)!).id;
      const mine = quick.getGlyph(id)._decode()!;
      const theirs = plain.getGlyph(id)._decode()!;
      expect(mine.numberOfContours, ch).toBe(theirs.numberOfContours);
      expect([mine.xMin, mine.yMin, mine.xMax, mine.yMax], ch).toEqual([theirs.xMin, theirs.yMin, theirs.xMax, theirs.yMax]);
      if (theirs.numberOfContours < 0) expect(mine.components, ch).toEqual(theirs.components);
    }
    // é is composite in Noto Sans: the composite path must be exercised.
    expect(plain.getGlyph(plain.glyphForCodePoint(0xe9).id)._decode()!.numberOfContours).toBeLessThan(0);
  });
});

interface PdfkitInternals {
  _font: { id: string; ref(): unknown; scale: number; subset: { includeGlyph(id: number): number }; widths: number[]; unicode: number[][] };
  page: { height: number; fonts: Record<string, unknown> };
  ref(data: object): { compress: boolean; buffer: Uint8Array[]; data: Record<string, unknown>; finalize(): void };
}

describe('pdfkit internals (text-ops.ts, fast-deflate.ts)', () => {
  const file = readFileSync(fontPath('latin', 'regular'));

  test("doc.font(name) leaves the embedded font in doc._font: id, ref(), scale, subset, widths and unicode by subset glyph", () => {
    const doc = new PDFDocument({ size: [200, 300], font: null as unknown as string });
    doc.registerFont('latin', fontkit.create(file) as unknown as string);
    doc.font('latin');
    const internals = doc as unknown as PdfkitInternals;
    const f = internals._font;
    expect(typeof f.id).toBe('string');
    expect(typeof f.ref).toBe('function');
    // Noto Sans has 1000 units to the em, pdfkit's glyph space too.
    expect(f.scale).toBe(1);
    expect(f.subset.includeGlyph(36)).toBe(1);
    expect(f.subset.includeGlyph(36)).toBe(1);
    expect(Array.isArray(f.widths) && Array.isArray(f.unicode)).toBe(true);
    expect(internals.page.height).toBe(300);
    expect(typeof internals.page.fonts).toBe('object');
  });

  test('a reference holds compress, its chunks in buffer, data, and a finalize that writes them', () => {
    const doc = new PDFDocument({ size: [200, 300], font: null as unknown as string });
    const ref = (doc as unknown as PdfkitInternals).ref({});
    expect(typeof ref.compress).toBe('boolean');
    expect(Array.isArray(ref.buffer)).toBe(true);
    expect(ref.data).toEqual({});
    expect(typeof ref.finalize).toBe('function');
    doc.end();
  });
});
