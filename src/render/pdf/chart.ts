/**
 * A line chart of one series by month, as vector graphics: grid and y ticks with the unit, x labels,
 * the target as a dashed line named in a legend, points as small circles, and gaps where a month
 * has no value.
 */
import type { ChartBlock } from '../../document/types.js';
import { chartScale, chartTicks, formatTick, tickDigits } from '../graphics/ticks.js';
import type { Flow } from './flow.js';
import { textWidth } from './shape-text.js';

const PLOT_HEIGHT = 110;
const TARGET_LABEL_WIDTH = 46;
/** Length of the dashed sample line in the legend. */
const LEGEND_SWATCH = 18;

/** The legend's words ("Target 85%"), when the block names its target line. */
const legendText = (block: ChartBlock) => (block.target !== null && block.targetLabel !== undefined ? `${block.targetLabel} ${targetText(block)}` : undefined);

/** The target as the tables write it when the template says so (4.50 pts), else in the ticks' style. */
const targetText = (block: ChartBlock) => block.targetText ?? valueText(block.target!, block.unit);

/** The title wraps before the legend beside it. */
function titleLayout(flow: Flow, block: ChartBlock, width: number) {
  const legend = legendText(block);
  const room = legend ? textWidth(flow.layout([{ text: legend }], 1e6, { size: flow.theme.size.small }).chars) + LEGEND_SWATCH + 12 : 0;
  return flow.layout([{ text: block.title, bold: true }], width - room, { size: flow.theme.size.body });
}

/** A value as the chart writes it: the ticks' decimals, then the unit as the tables write it. */
const valueText = (v: number, unit: string, digits?: number) => `${formatTick(v, digits)}${unit}`;

/** What the chart shows, in words, for a screen reader: title, each month's value, the target. */
export function chartAlt(block: ChartBlock): string {
  const points = block.labels.map((l, i) => {
    const v = block.values[i];
    return `${l} ${v == null ? '—' : (block.valueTexts?.[i] ?? valueText(v, block.unit))}`;
  });
  const target = block.target === null ? '' : `; ${block.targetLabel ? `${block.targetLabel} ` : ''}${targetText(block)}`;
  return `${block.title}: ${points.join(', ')}${target}`;
}

/** The chart is never split: title, plot and x labels need this much room together. */
export function chartHeight(flow: Flow, block: ChartBlock, width: number): number {
  return titleLayout(flow, block, width).height + 2 + 8 + PLOT_HEIGHT + flow.theme.size.small * flow.theme.lineHeight + 10;
}

export function drawChart(flow: Flow, block: ChartBlock, x: number, width: number): void {
  const { doc, theme } = flow;
  const small = theme.size.small;
  flow.ensure(chartHeight(flow, block, width));
  const title = titleLayout(flow, block, width);
  flow.drawLines(title, x, flow.y, width);
  const titleTop = flow.y;
  flow.y += title.height + 2;

  const ticks = chartTicks(block.values, block.target, block.integer);
  const digits = tickDigits(ticks);
  const tickText = ticks.map((t) => valueText(t, block.unit, digits));
  const widthOf = (text: string) => textWidth(flow.layout([{ text }], 1e6, { size: small }).chars);
  // The y gutter fits the widest tick label, whatever the unit.
  const gutter = Math.max(...tickText.map(widthOf)) + 6;
  // With a legend the target is named above the plot, so the plot takes the full width.
  const legend = legendText(block);
  const plot = { x: x + gutter, y: flow.y + 8, w: width - gutter - (legend ? 4 : TARGET_LABEL_WIDTH), h: PLOT_HEIGHT };
  const n = Math.max(1, block.labels.length, block.values.length);
  const { xOf, yOf } = chartScale(ticks, n, plot);
  const label = (text: string, lx: number, top: number, w: number, align: 'left' | 'center' | 'right', color = theme.colors.muted) =>
    flow.drawLines(flow.layout([{ text }], w, { size: small, color }), lx, top, w, align, 0, 1);
  const lineBox = small * theme.lineHeight;
  const dashed = (x0: number, x1: number, y: number) =>
    doc.save().moveTo(x0, y).lineTo(x1, y).lineWidth(1).dash(4, { space: 3 }).strokeColor(theme.colors.met).stroke().undash().restore();

  ticks.forEach((t, k) => {
    const y = yOf(t);
    doc.moveTo(plot.x, y).lineTo(plot.x + plot.w, y).lineWidth(0.4).strokeColor(theme.colors.rule).stroke();
    label(tickText[k]!, x, y - lineBox / 2, gutter - 6, 'right');
  });
  // The y axis itself, a shade darker than the grid.
  doc.moveTo(plot.x, plot.y).lineTo(plot.x, plot.y + plot.h).lineWidth(0.6).strokeColor(theme.colors.muted).stroke();
  const slot = plot.w / n;
  block.labels.forEach((l, i) => label(l, xOf(i) - slot / 2, plot.y + plot.h + 2, slot, 'center'));

  if (block.target !== null) {
    dashed(plot.x, plot.x + plot.w, yOf(block.target));
    const text = targetText(block);
    if (legend) {
      // Legend at the title's right: a dashed sample, then "Target 85%".
      const words = legend;
      const w = widthOf(words);
      const right = x + width;
      const mid = titleTop + title.lineHeight / 2;
      dashed(right - w - LEGEND_SWATCH - 4, right - w - 4, mid);
      label(words, right - w, mid - lineBox / 2, w + 1, 'left', theme.colors.met);
    } else {
      label(text, plot.x + plot.w + 4, yOf(block.target) - lineBox / 2, TARGET_LABEL_WIDTH - 4, 'left', theme.colors.met);
    }
  }
  // One polyline per run of months with values, so a missing month stays a gap (never a zero).
  const has = (v: number | null | undefined): v is number => v != null && Number.isFinite(v);
  doc.save().lineWidth(1.6).lineJoin('round').lineCap('round').strokeColor(theme.colors.accent);
  for (let i = 0; i < block.values.length; i++) {
    if (!has(block.values[i]) || !has(block.values[i + 1]) || has(block.values[i - 1])) continue;
    doc.moveTo(xOf(i), yOf(block.values[i]!));
    for (let j = i + 1; has(block.values[j]); j++) doc.lineTo(xOf(j), yOf(block.values[j]!));
    doc.stroke();
  }
  doc.restore();
  block.values.forEach((v, i) => {
    if (has(v)) doc.circle(xOf(i), yOf(v), 2.4).fill(theme.colors.accent);
  });
  flow.y = plot.y + plot.h + lineBox + 10;
}
