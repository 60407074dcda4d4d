/**
 * The header logo: a PNG, JPEG or SVG file, recognised by its first bytes (not its name), with its
 * size in pixels read from the file. An SVG is rasterised once here: the PDF draws the PNG, the DOCX
 * carries the SVG with the PNG as the fallback for older readers.
 */
import type { Logo } from '../theme/theme.js';
// Before resvg-js is first loaded, which may be here (an SVG logo).
import '../render/docx/resvg-memory.js';

/** Pixels an SVG logo is rasterised to, in height: sharp at 600 dpi for the 16-point default. */
const SVG_RASTER_HEIGHT = 256;

export type LogoResult = { ok: true; logo: Logo } | { ok: false; problem: string };

export async function readLogo(file: string, bytes: Buffer): Promise<LogoResult> {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    // IHDR is always the first chunk: width and height at bytes 16 and 20.
    if (bytes.length < 24) return { ok: false, problem: 'is a PNG file cut short' };
    return sized({ file, data: bytes, type: 'png', pixelWidth: bytes.readUInt32BE(16), pixelHeight: bytes.readUInt32BE(20) });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    const size = jpegSize(bytes);
    return size ? sized({ file, data: bytes, type: 'jpg', pixelWidth: size.width, pixelHeight: size.height }) : { ok: false, problem: 'is a JPEG file whose size cannot be read' };
  }
  const head = bytes.subarray(0, 1024).toString('utf8');
  if (/<svg[\s>]/.test(head) || (/^\s*(<\?xml|<!--)/.test(head) && bytes.includes('<svg'))) {
    const { Resvg } = await import('@resvg/resvg-js');
    try {
      const image = new Resvg(bytes, { fitTo: { mode: 'height', value: SVG_RASTER_HEIGHT }, font: { loadSystemFonts: false } }).render();
      return sized({ file, data: image.asPng(), type: 'png', svg: bytes, pixelWidth: image.width, pixelHeight: image.height });
    } catch (error) {
      return { ok: false, problem: `is an SVG picture that cannot be drawn (${(error as Error).message})` };
    }
  }
  return { ok: false, problem: 'is not a PNG, JPEG or SVG picture' };
}

function sized(logo: Logo): LogoResult {
  return logo.pixelWidth > 0 && logo.pixelHeight > 0 ? { ok: true, logo } : { ok: false, problem: 'is a picture with no width or height' };
}

/** Width and height from a JPEG's start-of-frame segment (any SOFn but the DHT, JPG and DAC markers). */
export function jpegSize(bytes: Buffer): { width: number; height: number } | undefined {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1]!;
    // Fill bytes before a marker.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = bytes.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    }
    at += 2 + length;
  }
  return undefined;
}
