/**
 * The progress bar picture: a rounded track in `barTrack` with the done part in the status colour.
 * Bars look alike from document to document, so pictures are cached per process (by colour, fill
 * and size); a batch rasterises each distinct bar once.
 */
import type { ProgressBlock } from '../../document/types.js';
import type { Theme } from '../../theme/theme.js';
import { picture, svgOpen, type Picture } from './raster.js';

const cache = new Map<string, Omit<Picture, 'description'>>();
/** Enough for every fill at half-percent steps in every status colour; stops a long run growing without bound. */
const CACHE_LIMIT = 2000;

/** Clamped to 0..1 (NaN counts as 0) and rounded to half a percent, finer than the eye can tell on a bar this size. */
export function barFill(value: number): number {
  const v = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
  return Math.round(v * 200) / 200;
}

export function progressPicture(block: ProgressBlock, theme: Theme, width: number, height: number): Picture {
  const fill = barFill(block.value);
  const color = theme.colors[block.status];
  const key = `${color}|${theme.colors.barTrack}|${fill}|${width}|${height}`;
  let p = cache.get(key);
  if (!p) {
    p = picture(barSvg(fill, color, theme.colors.barTrack, width, height), width, height, '');
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, p);
  }
  return { ...p, description: `${block.label}: ${block.caption}` };
}

function barSvg(fill: number, color: string, track: string, width: number, height: number): string {
  const r = height / 2;
  // A sliver under the bar's height would draw as a squashed blob; give any progress at least a full round end.
  const done = fill > 0 ? `<rect x="0" y="0" width="${Math.max(height, width * fill).toFixed(2)}" height="${height}" rx="${r}" fill="${color}"/>` : '';
  return `${svgOpen(width, height)}<rect x="0" y="0" width="${width}" height="${height}" rx="${r}" fill="${track}"/>${done}</svg>`;
}
