/** A progress bar as vector graphics: label, a rounded track with a fill coloured by status, caption. */
import type { ProgressBlock } from '../../document/types.js';
import type { Flow, Paragraph } from './flow.js';

const MIN_HEIGHT = 18;
const BAR_HEIGHT = 9;
const GAP = 8;
const CAPTION_WIDTH = 70;
/** The label column takes this share of the width; long labels wrap inside it. */
const LABEL_SHARE = 0.36;

interface ProgressLayout {
  label: Paragraph;
  caption: Paragraph;
  labelWidth: number;
  height: number;
}

function layout(flow: Flow, block: ProgressBlock, width: number): ProgressLayout {
  const size = flow.theme.size.body * 0.95;
  const labelWidth = width * LABEL_SHARE;
  const label = flow.layout([{ text: block.label }], labelWidth, { size });
  const caption = flow.layout([{ text: block.caption, bold: true }], CAPTION_WIDTH, { size, color: flow.theme.colors[block.status] });
  return { label, caption, labelWidth, height: Math.max(MIN_HEIGHT, label.height + 4, caption.height + 4) };
}

export function progressHeight(flow: Flow, block: ProgressBlock, width: number): number {
  return layout(flow, block, width).height + 2;
}

export function drawProgress(flow: Flow, block: ProgressBlock, x: number, width: number): void {
  const { doc, theme } = flow;
  const l = layout(flow, block, width);
  flow.ensure(l.height + 2);
  const top = flow.y;
  const barX = x + l.labelWidth + GAP;
  const barWidth = width - l.labelWidth - CAPTION_WIDTH - 2 * GAP;
  const barY = top + (l.height - BAR_HEIGHT) / 2;
  flow.drawLines(l.label, x, top + (l.height - l.label.height) / 2, l.labelWidth);
  doc.roundedRect(barX, barY, barWidth, BAR_HEIGHT, BAR_HEIGHT / 2).fill(theme.colors.barTrack);
  // The document promises 0..1 but clamp anyway: a bar must never leave its track.
  const value = Number.isFinite(block.value) ? Math.min(1, Math.max(0, block.value)) : 0;
  if (value > 0) {
    // Below one bar-height the rounded ends would overlap: draw at least a dot.
    doc.roundedRect(barX, barY, Math.max(BAR_HEIGHT, barWidth * value), BAR_HEIGHT, BAR_HEIGHT / 2).fill(theme.colors[block.status]);
  }
  flow.drawLines(l.caption, barX + barWidth + GAP, top + (l.height - l.caption.height) / 2, CAPTION_WIDTH);
  flow.y = top + l.height + 2;
}
