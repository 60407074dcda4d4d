/**
 * SVG pictures with a PNG fallback. Word 2016+ draws the SVG; older Word and LibreOffice 7 draw
 * the PNG, which resvg rasterises here. The SVGs carry no <text> (see svg-text.ts), so resvg is
 * given no fonts at all: no system font scan, no font file parse, nothing that depends on the
 * machine — the PNG bytes are the same wherever it runs.
 */
import { constants, crc32, deflateSync } from 'node:zlib';
// First: it configures the allocator resvg-js loads with.
import './resvg-memory.js';
import { Resvg } from '@resvg/resvg-js';

export interface Picture {
  svg: Buffer;
  png: Buffer;
  /** Size as placed in the document, in points. */
  width: number;
  height: number;
  /** Alternative text for readers that cannot see the picture. */
  description: string;
}

/**
 * Pixels per point of a fallback: 2.8, i.e. about 202 pixels to the inch at the size the picture is
 * placed. Print wants 200 or more; at the former 1.5 (108 ppi) LibreOffice's printout of a chart
 * was visibly soft. No higher: resvg's time grows with the pixels (even a blank picture costs
 * about 30 ns a pixel), and it is most of a chart's cost. The palette encoding below keeps a
 * chart's PNG about the size it was (measured in the README, "The DOCX back end").
 */
export const PRINT_SCALE = 2.8;

export interface RasterOptions {
  /** Pixels per point of the fallback (PRINT_SCALE unless a test asks for less). */
  scale?: number;
  /** The picture paints every pixel (a background rect), so its PNG can be encoded the fast way. */
  opaque?: boolean;
}

export function picture(svg: string, width: number, height: number, description: string, { scale = PRINT_SCALE, opaque = false }: RasterOptions = {}): Picture {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: Math.round(width * scale) }, font: { loadSystemFonts: false } }).render();
  const png = opaque ? encodeOpaquePng(image.pixels, image.width, image.height) : image.asPng();
  return { svg: Buffer.from(svg), png: Buffer.from(png), width, height, description };
}

/** The start of an SVG of `width` × `height` points. */
export function svgOpen(width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(width: number, height: number, colourType: 2 | 3, raw: Buffer, palette?: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per sample (or per palette index)
  header[9] = colourType;
  const parts = [SIGNATURE, chunk('IHDR', header)];
  if (palette) parts.push(chunk('PLTE', palette));
  // Run-length matching only: a chart's rows are long runs of one palette index, which it finds
  // faster than level 1's hash chains, and the file comes out a sixth smaller (9.7 kB against 11.7 kB).
  parts.push(chunk('IDAT', deflateSync(raw, { level: 1, strategy: constants.Z_RLE })), chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}

/**
 * Opaque RGBA pixels as a PNG, without the alpha channel, with no per-row filter and a fast deflate.
 * resvg's own encoder filters every row and deflates harder, which costs about three times as long
 * for a file of the same size: a chart is white paper with a few thin lines, and plain runs of white
 * compress well without filtering. resvg's pixels are premultiplied, which only equals plain RGBA
 * when every pixel is opaque — hence only for opaque pictures.
 *
 * A chart has a few hundred colours at most (its five or six, and their anti-aliased edges on
 * white): with 256 or fewer the PNG is indexed, one byte a pixel instead of three, which halves the
 * file at 202 ppi. More colours fall back to plain RGB.
 */
export function encodeOpaquePng(rgba: Uint8Array, width: number, height: number): Buffer {
  return encodeIndexed(rgba, width, height) ?? encodeRgb(rgba, width, height);
}

/** TypedArray#fill, V8's own: Buffer#fill validates and converts its arguments first. */
const fillBytes = Uint8Array.prototype.fill;

/** The indexed PNG, or undefined when the picture has more than 256 colours. */
function encodeIndexed(rgba: Uint8Array, width: number, height: number): Buffer | undefined {
  const raw = Buffer.allocUnsafe((width + 1) * height);
  // Each pixel is read as one 32-bit number, four times fewer reads than byte by byte. The number
  // is only compared, so the machine's byte order does not matter: the palette takes its bytes
  // from the pixel itself.
  const bytes = rgba.byteOffset % 4 === 0 ? rgba : Uint8Array.from(rgba);
  const pixels = new Uint32Array(bytes.buffer, bytes.byteOffset, width * height);
  const index = new Map<number, number>();
  const palette: number[] = [];
  let o = 0;
  let p = 0;
  for (let y = 0; y < height; y++) {
    raw[o++] = 0; // the row's filter type: None
    const rowEnd = p + width;
    // Runs of one colour are long (white paper, a line's length): each run is one palette lookup
    // and one fill, which halved this loop's time against a write per pixel.
    while (p < rowEnd) {
      const start = p;
      const colour = pixels[p]!;
      do p++;
      while (p < rowEnd && pixels[p] === colour);
      let i = index.get(colour);
      if (i === undefined) {
        if (index.size === 256) return undefined;
        i = index.size;
        index.set(colour, i);
        palette.push(bytes[4 * start]!, bytes[4 * start + 1]!, bytes[4 * start + 2]!);
      }
      const n = p - start;
      // Most runs are the one to three pixels of an anti-aliased edge: for those a loop is cheaper
      // than a call into Buffer#fill, which checks its arguments and crosses into C++ each time
      // (the encoding took half the time in a warm process, three quarters in a new one).
      if (n < 16) for (let k = o; k < o + n; k++) raw[k] = i;
      else fillBytes.call(raw, i, o, o + n);
      o += n;
    }
  }
  return png(width, height, 3, raw, Buffer.from(palette));
}

function encodeRgb(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 3;
  const raw = Buffer.allocUnsafe((stride + 1) * height);
  let o = 0;
  let p = 0;
  for (let y = 0; y < height; y++) {
    raw[o++] = 0; // the row's filter type: None
    for (let x = 0; x < width; x++, p += 4) {
      raw[o++] = rgba[p]!;
      raw[o++] = rgba[p + 1]!;
      raw[o++] = rgba[p + 2]!;
    }
  }
  return png(width, height, 2, raw);
}
