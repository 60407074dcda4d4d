/**
 * The line chart picture: one series by month, y ticks with the unit, the target as a dashed line.
 * A `null` month is a gap — the line stops and starts again — never a drop to zero. The title is
 * not in the picture: it is a real paragraph above it, so it is searchable text in the DOCX.
 *
 * Text is drawn with the Latin face only (svg-text.ts). A label it cannot draw (e.g. "9月") falls
 * back to its digits ("9"), or without any to its position, 1-based; a unit it cannot draw (e.g.
 * "分钟") is left off the ticks.
 */
import type { ChartBlock } from '../../document/types.js';
import type { Theme } from '../../theme/theme.js';
import { chartScale, chartTicks, formatTick } from '../graphics/ticks.js';
import { picture, svgOpen, type Picture } from './raster.js';
import { canDraw, textPath, textWidth } from './svg-text.js';

const f2 = (v: number) => v.toFixed(2);

export function chartPicture(block: ChartBlock, theme: Theme, width: number, height: number): Picture {
  const size = theme.size.small;
  const values = block.values.map((v) => (v !== null && Number.isFinite(v) ? v : null));
  const target = block.target !== null && Number.isFinite(block.target) ? block.target : null;
  // The same ticks as the PDF's chart, so both formats show the same axis.
  const ticks = chartTicks(values, target);

  const unit = canDraw(block.unit) ? block.unit : '';
  const tickText = (v: number) => `${formatTick(v)}${unit}`;
  const tickWidth = Math.max(...ticks.map((t) => textWidth(tickText(t), size)));
  // The target as the tables write it (4.50 pts) when the template gives it and the font can draw it.
  const targetText = target === null ? '' : block.targetText && canDraw(block.targetText) ? block.targetText : tickText(target);
  const plot = { x: Math.ceil(tickWidth) + 8, y: 6, w: 0, h: height - 6 - (size + 10) };
  plot.w = width - plot.x - (target !== null ? Math.ceil(textWidth(targetText, size)) + 10 : 8);

  const n = Math.max(1, block.labels.length, values.length);
  const { xOf, yOf } = chartScale(ticks, n, plot);

  const parts: string[] = [`<rect width="${width}" height="${height}" fill="#ffffff"/>`];
  for (const t of ticks) {
    const y = yOf(t);
    const baseline = t === ticks[0];
    parts.push(`<line x1="${plot.x}" y1="${f2(y)}" x2="${f2(plot.x + plot.w)}" y2="${f2(y)}" stroke="${baseline ? theme.colors.muted : theme.colors.rule}" stroke-width="${baseline ? 0.8 : 0.5}"/>`);
    parts.push(textPath(tickText(t), plot.x - 5, y + size * 0.35, size, theme.colors.muted, 'end'));
  }

  // Thin the x labels when they would collide (e.g. long labels on a narrow chart).
  const labels = Array.from({ length: n }, (_, i) => {
    const l = block.labels[i] ?? String(i + 1);
    if (canDraw(l)) return l;
    // "9月", "9월": the month's number, which the Latin face draws. A team plan's six months start
    // anywhere in the year, so the position (1 for its first month) would name the wrong month.
    const digits = l.replace(/\D/g, '');
    return digits || String(i + 1);
  });
  const widest = Math.max(...labels.map((l) => textWidth(l, size)));
  const every = Math.max(1, Math.ceil((widest + 4) / (plot.w / n)));
  labels.forEach((l, i) => {
    if (i % every === 0) parts.push(textPath(l, xOf(i), plot.y + plot.h + size + 4, size, theme.colors.muted, 'middle'));
  });

  if (target !== null) {
    const y = f2(yOf(target));
    parts.push(`<line x1="${plot.x}" y1="${y}" x2="${f2(plot.x + plot.w)}" y2="${y}" stroke="${theme.colors.met}" stroke-width="1.2" stroke-dasharray="5 3"/>`);
    parts.push(textPath(targetText, plot.x + plot.w + 5, yOf(target) + size * 0.35, size, theme.colors.met));
  }

  // One path per run of consecutive months with values: a null month breaks the line.
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) parts.push(`<path d="M${run.join('L')}" fill="none" stroke="${theme.colors.accent}" stroke-width="1.8" stroke-linejoin="round" stroke-linecap="round"/>`);
    run = [];
  };
  values.forEach((v, i) => {
    if (v === null) flush();
    else run.push(`${f2(xOf(i))} ${f2(yOf(v))}`);
  });
  flush();
  values.forEach((v, i) => {
    if (v !== null) parts.push(`<circle cx="${f2(xOf(i))}" cy="${f2(yOf(v))}" r="2.4" fill="${theme.colors.accent}"/>`);
  });

  return picture(`${svgOpen(width, height)}${parts.join('')}</svg>`, width, height, block.title, { opaque: true });
}
