/** Vector graphics: the progress bar and the line chart, drawn with pdfkit paths. */
import type { ChartBlock, ProgressBlock } from '../../document/types.js';
import type { Flow } from './flow.js';
import { chartScale, formatTick } from '../graphics/ticks.js';

export const PROGRESS_HEIGHT = 18;

export function drawProgress(flow: Flow, block: ProgressBlock): void {
  const { doc, theme } = flow;
  const size = theme.size.body * 0.95;
  const labelWidth = flow.width * 0.36;
  const captionWidth = 70;
  const barX = flow.left + labelWidth + 8;
  const barWidth = flow.width - labelWidth - captionWidth - 16;
  const label = flow.measure([{ text: block.label }], labelWidth, { size });
  const height = Math.max(PROGRESS_HEIGHT, label.height + 4);
  flow.ensure(height);
  const top = flow.y;
  flow.drawLines(label, flow.left, top + (height - label.height) / 2, labelWidth);
  const barHeight = 9;
  const barY = top + (height - barHeight) / 2;
  doc.roundedRect(barX, barY, barWidth, barHeight, barHeight / 2).fill(theme.colors.barTrack);
  if (block.value > 0) doc.roundedRect(barX, barY, Math.max(barHeight, barWidth * block.value), barHeight, barHeight / 2).fill(theme.colors[block.status]);
  const caption = flow.measure([{ text: block.caption, bold: true }], captionWidth, { size, color: theme.colors[block.status] });
  flow.drawLines(caption, barX + barWidth + 8, top + (height - caption.height) / 2, captionWidth);
  flow.y = top + height + 2;
}

export const CHART_HEIGHT = 150;

export function drawChart(flow: Flow, block: ChartBlock): void {
  const { doc, theme } = flow;
  const small = theme.size.small;
  const title = flow.measure([{ text: block.title, bold: true }], flow.width, { size: theme.size.body });
  flow.ensure(title.height + CHART_HEIGHT);
  flow.drawLines(title, flow.left, flow.y, flow.width);
  flow.y += title.height + 2;
  const top = flow.y;
  const plot = { x: flow.left + 44, y: top + 8, w: flow.width - 90, h: CHART_HEIGHT - 40 };
  const { ticks, yOf, xOf } = chartScale(block.values, block.target, block.labels.length, plot);
  const label = (text: string, x: number, y: number, w: number, align: 'left' | 'center' | 'right', color = theme.colors.muted) => {
    const p = flow.measure([{ text }], w, { size: small, color });
    flow.drawLines(p, x, y, w, align);
  };
  // Grid and y axis.
  for (const t of ticks) {
    const y = yOf(t);
    doc.moveTo(plot.x, y).lineTo(plot.x + plot.w, y).lineWidth(0.4).strokeColor(theme.colors.rule).stroke();
    label(`${formatTick(t)}${block.unit}`, flow.left, y - small * 0.75, 40, 'right');
  }
  block.labels.forEach((l, i) => label(l, xOf(i) - 15, plot.y + plot.h + 3, 30, 'center'));
  // Target as a dashed line.
  if (block.target !== null) {
    const y = yOf(block.target);
    doc.save().moveTo(plot.x, y).lineTo(plot.x + plot.w, y).lineWidth(1).dash(4, { space: 3 }).strokeColor(theme.colors.met).stroke().restore();
    doc.undash();
    label(`${formatTick(block.target)}${block.unit}`, plot.x + plot.w + 4, y - small * 0.75, 42, 'left', theme.colors.met);
  }
  // The series: segments only between neighbouring months that both have a value, so gaps stay gaps.
  doc.lineWidth(1.6).strokeColor(theme.colors.accent);
  for (let i = 1; i < block.values.length; i++) {
    const a = block.values[i - 1];
    const b = block.values[i];
    if (a === null || a === undefined || b === null || b === undefined) continue;
    doc.moveTo(xOf(i - 1), yOf(a)).lineTo(xOf(i), yOf(b)).stroke();
  }
  block.values.forEach((v, i) => {
    if (v !== null) doc.circle(xOf(i), yOf(v), 2.4).fill(theme.colors.accent);
  });
  flow.y = top + CHART_HEIGHT - 16;
}
