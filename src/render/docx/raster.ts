/**
 * SVG pictures with a PNG fallback. Word 2016+ draws the SVG; older Word and LibreOffice 7 draw
 * the PNG, which resvg rasterises here. The SVGs carry no <text> (see svg-text.ts), so resvg is
 * given no fonts at all: no system font scan, no font file parse, nothing that depends on the
 * machine — the PNG bytes are the same wherever it runs.
 */
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
 * Pixels per point of the fallback: 2 (144 dpi) is sharp on screen and fine in print. Encoding the
 * PNG is most of a picture's cost, so large pictures may ask for less (see chart-image.ts).
 */
export function picture(svg: string, width: number, height: number, description: string, scale = 2): Picture {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: Math.round(width * scale) }, font: { loadSystemFonts: false } }).render().asPng();
  return { svg: Buffer.from(svg), png: Buffer.from(png), width, height, description };
}

/** The start of an SVG of `width` × `height` points. */
export function svgOpen(width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`;
}
