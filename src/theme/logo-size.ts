/** How big the header logo is drawn: the same in both back ends. */

/** The logo's size in points: `height` tall, unless that makes it wider than `maxWidth`. */
export function placeLogo(pixelWidth: number, pixelHeight: number, height: number, maxWidth: number): { width: number; height: number } {
  const width = (pixelWidth / pixelHeight) * height;
  return width <= maxWidth ? { width, height } : { width: maxWidth, height: (maxWidth / width) * height };
}
