/** The fast PNG encoder for opaque pictures: a valid PNG whose pixels are exactly the input. */
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

describe('encodeOpaquePng', () => {
  test('IHDR, IDAT, IEND with valid CRCs; the rows inflate back to the pixels, each with filter None', () => {
    const [w, h] = [3, 2];
    const rgba = Uint8Array.from({ length: w * h * 4 }, (_, i) => (i % 4 === 3 ? 255 : (i * 37) % 256));
    const parts = chunks(encodeOpaquePng(rgba, w, h));
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const ihdr = parts[0]!.data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9], ihdr[10], ihdr[11], ihdr[12]]).toEqual([w, h, 8, 6, 0, 0, 0]);
    const raw = inflateSync(parts[1]!.data);
    expect(raw.length).toBe((w * 4 + 1) * h);
    for (let y = 0; y < h; y++) {
      expect(raw[y * (w * 4 + 1)]).toBe(0);
      expect([...raw.subarray(y * (w * 4 + 1) + 1, (y + 1) * (w * 4 + 1))]).toEqual([...rgba.subarray(y * w * 4, (y + 1) * w * 4)]);
    }
  });

  test('an opaque picture gets the same pixels as resvg’s own encoder would give', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20"><rect width="40" height="20" fill="#ffffff"/><path d="M2 18L38 2" stroke="#0b5cad" stroke-width="2"/></svg>';
    const fast = picture(svg, 40, 20, '', { scale: 1, opaque: true }).png;
    const slow = picture(svg, 40, 20, '', { scale: 1 }).png;
    const pixels = (png: Buffer) => {
      const idat = Buffer.concat(chunks(png).filter((c) => c.type === 'IDAT').map((c) => c.data));
      return inflateSync(idat);
    };
    // resvg filters its rows, so compare after undoing the filters: decode both through one path.
    expect(unfilter(pixels(slow), 40, 20)).toEqual(unfilter(pixels(fast), 40, 20));
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
