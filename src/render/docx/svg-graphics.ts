/**
 * The progress bar and the line chart as SVG for the DOCX, with a PNG fallback rasterised by
 * resvg so Word versions without SVG support and LibreOffice show them too. Chart text is ASCII
 * only (digits, units), so the small Latin font is all resvg needs.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { ChartBlock, ProgressBlock } from '../../document/types.js';
import type { Theme } from '../../theme/theme.js';
import { chartScale, formatTick } from '../graphics/ticks.js';

const require = createRequire(import.meta.url);
const LATIN_FONT = join(dirname(require.resolve('@expo-google-fonts/noto-sans/package.json')), '400Regular', 'NotoSans_400Regular.ttf');

export interface Picture {
  svg: Buffer;
  png: Buffer;
  /** Size in points as placed in the document. */
  width: number;
  height: number;
}

/** Fallback pictures are drawn at 1.5 times their size: sharp enough in print, and rasterising costs by the pixel. */
const SCALE = 1.5;

function rasterise(svg: string, width: number, height: number): Picture {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: Math.round(width * SCALE) }, font: { fontFiles: [LATIN_FONT], loadSystemFonts: false, defaultFontFamily: 'Noto Sans' } }).render().asPng();
  return { svg: Buffer.from(svg), png: Buffer.from(png), width, height };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const bars = new Map<string, Picture>();

/** Bars are cached by colour and fill (in steps of half a percent, below what the eye can tell apart). */
export function progressPicture(block: ProgressBlock, theme: Theme, width = 200, height = 10): Picture {
  const value = Math.round(block.value * 200) / 200;
  const key = `${theme.colors[block.status]}|${theme.colors.barTrack}|${value}|${width}|${height}`;
  let picture = bars.get(key);
  if (!picture) {
    picture = drawBar(value, theme.colors[block.status], theme, width, height);
    bars.set(key, picture);
  }
  return picture;
}

function drawBar(value: number, color: string, theme: Theme, width: number, height: number): Picture {
  const r = height / 2;
  const fill = value > 0 ? `<rect x="0" y="0" width="${Math.max(height, width * value).toFixed(2)}" height="${height}" rx="${r}" fill="${color}"/>` : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect x="0" y="0" width="${width}" height="${height}" rx="${r}" fill="${theme.colors.barTrack}"/>${fill}</svg>`;
  return rasterise(svg, width, height);
}

export function chartPicture(block: ChartBlock, theme: Theme, width = 480, height = 170): Picture {
  const plot = { x: 48, y: 10, w: width - 100, h: height - 36 };
  const { ticks, yOf, xOf } = chartScale(block.values, block.target, block.labels.length, plot);
  const unit = esc(asciiUnit(block.unit));
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="#ffffff"/>`];
  for (const t of ticks) {
    const y = yOf(t).toFixed(2);
    parts.push(`<line x1="${plot.x}" y1="${y}" x2="${plot.x + plot.w}" y2="${y}" stroke="${theme.colors.rule}" stroke-width="0.6"/>`);
    parts.push(`<text x="${plot.x - 6}" y="${(yOf(t) + 3.5).toFixed(2)}" font-size="9" text-anchor="end" fill="${theme.colors.muted}" font-family="Noto Sans">${formatTick(t)}${unit}</text>`);
  }
  block.labels.forEach((l, i) => parts.push(`<text x="${xOf(i).toFixed(2)}" y="${plot.y + plot.h + 14}" font-size="9" text-anchor="middle" fill="${theme.colors.muted}" font-family="Noto Sans">${esc(l)}</text>`));
  if (block.target !== null) {
    const y = yOf(block.target).toFixed(2);
    parts.push(`<line x1="${plot.x}" y1="${y}" x2="${plot.x + plot.w}" y2="${y}" stroke="${theme.colors.met}" stroke-width="1.2" stroke-dasharray="5 4"/>`);
    parts.push(`<text x="${plot.x + plot.w + 5}" y="${(yOf(block.target) + 3.5).toFixed(2)}" font-size="9" fill="${theme.colors.met}" font-family="Noto Sans">${formatTick(block.target)}${unit}</text>`);
  }
  // Segments only between neighbouring months that both have a value: a gap stays a gap.
  for (let i = 1; i < block.values.length; i++) {
    const a = block.values[i - 1];
    const b = block.values[i];
    if (a === null || a === undefined || b === null || b === undefined) continue;
    parts.push(`<line x1="${xOf(i - 1).toFixed(2)}" y1="${yOf(a).toFixed(2)}" x2="${xOf(i).toFixed(2)}" y2="${yOf(b).toFixed(2)}" stroke="${theme.colors.accent}" stroke-width="2"/>`);
  }
  block.values.forEach((v, i) => {
    if (v !== null) parts.push(`<circle cx="${xOf(i).toFixed(2)}" cy="${yOf(v).toFixed(2)}" r="2.8" fill="${theme.colors.accent}"/>`);
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
  return rasterise(svg, width, height);
}

/** Units in the chart are drawn by a Latin-only font; localised unit words are left to the title. */
function asciiUnit(unit: string): string {
  return /^[\x20-\x7e]*$/.test(unit) ? unit : '';
}
