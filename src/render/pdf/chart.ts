/**
 * A line chart of one series by month, as vector graphics: grid and y ticks with the unit, x labels,
 * the target as a dashed line, points as small circles, and gaps where a month has no value.
 */
import type { ChartBlock } from '../../document/types.js';
import { chartScale, chartTicks, formatTick } from '../graphics/ticks.js';
import type { Flow } from './flow.js';
import { textWidth } from './shape-text.js';

const PLOT_HEIGHT = 110;
const TARGET_LABEL_WIDTH = 46;

function titleLayout(flow: Flow, block: ChartBlock, width: number) {
  return flow.layout([{ text: block.title, bold: true }], width, { size: flow.theme.size.body });
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
  flow.y += title.height + 2;

  const ticks = chartTicks(block.values, block.target);
  const tickText = ticks.map((t) => `${formatTick(t)}${block.unit}`);
  // The y gutter fits the widest tick label, whatever the unit.
  const gutter = Math.max(...tickText.map((t) => textWidth(flow.layout([{ text: t }], 1e6, { size: small }).chars))) + 6;
  const plot = { x: x + gutter, y: flow.y + 8, w: width - gutter - TARGET_LABEL_WIDTH, h: PLOT_HEIGHT };
  const n = Math.max(1, block.labels.length, block.values.length);
  const { xOf, yOf } = chartScale(ticks, n, plot);
  const label = (text: string, lx: number, top: number, w: number, align: 'left' | 'center' | 'right', color = theme.colors.muted) =>
    flow.drawLines(flow.layout([{ text }], w, { size: small, color }), lx, top, w, align, 0, 1);
  const lineBox = small * theme.lineHeight;

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
    const y = yOf(block.target);
    doc.save().moveTo(plot.x, y).lineTo(plot.x + plot.w, y).lineWidth(1).dash(4, { space: 3 }).strokeColor(theme.colors.met).stroke().undash().restore();
    label(`${formatTick(block.target)}${block.unit}`, plot.x + plot.w + 4, y - lineBox / 2, TARGET_LABEL_WIDTH - 4, 'left', theme.colors.met);
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
