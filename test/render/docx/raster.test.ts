/** The fast PNG encoder for opaque pictures: a valid PNG (indexed, or RGB past 256 colours) whose pixels are exactly the input. */
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { encodeOpaquePng, picture } from '../../../src/render/docx/raster.js';

function chunks(png: Buffer): { type: string; data: Buffer }[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    out.push({ type, data });
    at += 12 + length;
  }
  return out;
}

/** The RGB pixels of one of our PNGs (filter None on every row), expanding a palette. */
function rgbOf(png: Buffer): { colourType: number; rgb: number[] } {
  const parts = chunks(png);
  const ihdr = parts[0]!.data;
  const [w, h, colourType] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[9]!];
  const palette = parts.find((c) => c.type === 'PLTE')?.data;
  const raw = inflateSync(Buffer.concat(parts.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const perPixel = colourType === 3 ? 1 : 3;
  expect(raw.length).toBe((w * perPixel + 1) * h);
  const rgb: number[] = [];
  for (let y = 0; y < h; y++) {
    const row = y * (w * perPixel + 1);
    expect(raw[row], `row ${y} filter`).toBe(0);
    for (let x = 0; x < w; x++) {
      if (colourType === 3) rgb.push(...palette!.subarray(raw[row + 1 + x]! * 3, raw[row + 1 + x]! * 3 + 3));
      else rgb.push(...raw.subarray(row + 1 + x * 3, row + 1 + x * 3 + 3));
    }
  }
  return { colourType, rgb };
}

const withoutAlpha = (rgba: ArrayLike<number>) => Array.from(rgba).filter((_, i) => i % 4 !== 3);

describe('encodeOpaquePng', () => {
  test('a picture of 256 colours or fewer: IHDR, PLTE, IDAT, IEND with valid CRCs, colours in order of first use', () => {
    const [w, h] = [3, 2];
    // Six pixels in four colours: four palette entries, indices in order of first use.
    const pixels = [[255, 255, 255], [11, 92, 173], [255, 255, 255], [200, 0, 0], [1, 2, 3], [11, 92, 173]];
    const rgba = Uint8Array.from(pixels.flatMap((p) => [...p, 255]));
    const png = encodeOpaquePng(rgba, w, h);
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    const ihdr = parts[0]!.data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9], ihdr[10], ihdr[11], ihdr[12]]).toEqual([w, h, 8, 3, 0, 0, 0]);
    expect([...parts[1]!.data]).toEqual([255, 255, 255, 11, 92, 173, 200, 0, 0, 1, 2, 3]);
    expect([...inflateSync(parts[2]!.data)]).toEqual([0, 0, 1, 0, 0, 2, 3, 1]);
    expect(rgbOf(png).rgb).toEqual(pixels.flat());
  });

  test('a run of one colour across the end of a row starts again on the next, and an unaligned buffer reads the same', () => {
    const [w, h] = [4, 3];
    // White from the middle of row 0 to the middle of row 2: each row keeps its own filter byte.
    const pixels = [[9, 9, 9], [9, 9, 9], [255, 255, 255], [255, 255, 255], [255, 255, 255], [255, 255, 255], [255, 255, 255], [255, 255, 255], [255, 255, 255], [255, 255, 255], [9, 9, 9], [0, 0, 0]];
    const rgba = Uint8Array.from(pixels.flatMap((p) => [...p, 255]));
    const png = encodeOpaquePng(rgba, w, h);
    expect([...inflateSync(chunks(png)[2]!.data)]).toEqual([0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 0, 2]);
    // The same pixels one byte into a buffer, as a Buffer from a pool may sit.
    const shifted = new Uint8Array(rgba.length + 1).subarray(1);
    shifted.set(rgba);
    expect(encodeOpaquePng(shifted, w, h).equals(png)).toBe(true);
  });

  test('resvg-js is loaded with its allocator told to keep freed pages (unless the user set it)', () => {
    expect(process.env.MIMALLOC_PURGE_DELAY).toBeDefined();
  });

  test('more than 256 colours: plain RGB, every pixel kept', () => {
    const [w, h] = [20, 15]; // 300 pixels, each its own colour
    const rgba = Uint8Array.from({ length: w * h * 4 }, (_, i) => (i % 4 === 3 ? 255 : i % 4 === 0 ? Math.floor(i / 4) % 256 : i % 4 === 1 ? Math.floor(i / 1024) : 7));
    const { colourType, rgb } = rgbOf(encodeOpaquePng(rgba, w, h));
    expect(colourType).toBe(2);
    expect(rgb).toEqual(withoutAlpha(rgba));
  });

  test('an opaque picture gets the same pixels as resvg’s own encoder would give', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20"><rect width="40" height="20" fill="#ffffff"/><path d="M2 18L38 2" stroke="#0b5cad" stroke-width="2"/></svg>';
    const fast = picture(svg, 40, 20, '', { scale: 1, opaque: true }).png;
    const slow = picture(svg, 40, 20, '', { scale: 1 }).png;
    const idat = Buffer.concat(chunks(slow).filter((c) => c.type === 'IDAT').map((c) => c.data));
    // resvg filters its rows and keeps alpha: undo both, and compare with ours decoded.
    expect(rgbOf(fast).rgb).toEqual(withoutAlpha(unfilter(inflateSync(idat), 40, 20)));
  });
});

/** Undo PNG row filters (RGBA, 8 bits), giving the plain pixels. */
function unfilter(raw: Buffer, w: number, h: number): number[] {
  const stride = w * 4;
  const out = new Uint8Array(stride * h);
  for (let y = 0; y < h; y++) {
    const type = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? out[y * stride + x - 4]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4]! : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][type]!;
      out[y * stride + x] = (v + pred) & 255;
    }
  }
  return [...out];
}
