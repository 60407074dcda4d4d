/** Draws each kind of block at the flow's cursor, and says how much room the start of a block needs. */
import type { Block, HeadingBlock } from '../../document/types.js';
import { KEPT_LINES, type Flow } from './flow.js';
import { codeStartHeight, drawCodeBlock, drawQuote, quoteStartHeight } from './quote-code.js';
import { drawList, listStartHeight } from './list.js';
import { drawTable, tableStartHeight } from './table.js';
import { drawProgress, progressHeight } from './progress.js';
import { chartAlt, chartHeight, drawChart } from './chart.js';

/** Draws inside a structure element of `type` when the PDF is tagged. */
export function tagged(flow: Flow, type: string, draw: () => void, alt?: string): void {
  if (flow.tags) flow.tags.leaf(type, draw, alt === undefined ? undefined : { alt });
  else draw();
}

/** Draws an element holding other elements (list, table, quote) when the PDF is tagged. */
export function taggedGroup(flow: Flow, type: string, fill: () => void): void {
  if (flow.tags) flow.tags.group(type, fill);
  else fill();
}

/** Draws what is not content (rules, backgrounds) as an artifact when the PDF is tagged. */
export function artifact(flow: Flow, draw: () => void): void {
  if (flow.tags) flow.tags.artifact(draw);
  else draw();
}

const plain = (spans: readonly { text: string }[]) => spans.map((s) => s.text).join('');

const HEADING_GAP_BEFORE = { 1: 0, 2: 12, 3: 8, 4: 6 } as const;
const PARAGRAPH_GAP = 5;

export function drawBlocks(flow: Flow, blocks: readonly Block[], x = flow.left): void {
  for (let i = 0; i < blocks.length; i++) drawBlockAt(flow, blocks, i, x);
}

/** Draws blocks[i]; the whole list is passed so a heading can keep with what follows it. */
export function drawBlockAt(flow: Flow, blocks: readonly Block[], i: number, x: number): void {
  const block = blocks[i]!;
  const { theme } = flow;
  const width = flow.right - x;
  switch (block.type) {
    case 'heading': {
      // A heading never ends a page: it needs room for itself and the first lines of what follows.
      flow.ensure(startHeight(flow, blocks, i, x));
      if (flow.y > flow.top) flow.y += HEADING_GAP_BEFORE[block.level];
      const p = headingLayout(flow, block, width);
      flow.tags?.bookmark(block.level, plain(block.spans), flow.y);
      tagged(flow, `H${block.level}`, () => flow.drawLines(p, x, flow.y, width));
      flow.y += p.height + (block.level <= 2 ? 4 : 2);
      if (block.level === 1) {
        artifact(flow, () => flow.doc.moveTo(x, flow.y).lineTo(flow.right, flow.y).lineWidth(1.2).strokeColor(theme.colors.accent).stroke());
        flow.y += 8;
      }
      return;
    }
    case 'paragraph': {
      // Body text takes the language's first-line indent; inside a quote (indented already) it does not.
      // An attribution after it needs room on the page of this paragraph's last lines.
      const next = blocks[i + 1];
      const keep = next?.type === 'paragraph' && next.keepWithPrevious ? PARAGRAPH_GAP + startHeight(flow, blocks, i + 1, x) : 0;
      tagged(flow, 'P', () => flow.proseParagraph(block.spans, x, width, { indent: x === flow.left, keep }));
      flow.y += PARAGRAPH_GAP;
      return;
    }
    case 'list':
      drawList(flow, block, x);
      return;
    case 'table':
      drawTable(flow, block, x, width);
      return;
    case 'progress':
      // A figure: its alt text says what the bar shows (the label and the caption beside it).
      flow.ensure(progressHeight(flow, block, width));
      tagged(flow, 'Figure', () => drawProgress(flow, block, x, width), `${block.label}: ${block.caption}`);
      return;
    case 'chart':
      flow.ensure(chartHeight(flow, block, width));
      tagged(flow, 'Figure', () => drawChart(flow, block, x, width), chartAlt(block));
      return;
    case 'quote':
      taggedGroup(flow, 'BlockQuote', () => drawQuote(flow, block, x));
      return;
    case 'code':
      tagged(flow, 'Code', () => drawCodeBlock(flow, block, x, width));
      return;
    case 'rule':
      flow.ensure(10);
      artifact(flow, () => flow.doc.moveTo(x, flow.y + 4).lineTo(flow.right, flow.y + 4).lineWidth(0.6).strokeColor(theme.colors.rule).stroke());
      flow.y += 10;
      return;
    case 'pagebreak':
      flow.newPage();
      return;
  }
}

function headingLayout(flow: Flow, block: HeadingBlock, width: number) {
  const { size, colors } = flow.theme;
  return flow.layout(block.spans, width, { size: size[`h${block.level}`], bold: true, color: block.level <= 2 ? colors.accent : colors.text });
}

/**
 * The height the start of blocks[i] needs on the page: the part that may not be separated from
 * what comes before it. Headings add the start of the block after them, so a run of headings
 * moves to the next page together with the first lines of text.
 */
export function startHeight(flow: Flow, blocks: readonly Block[], i: number, x: number): number {
  const block = blocks[i];
  if (!block) return 0;
  const width = flow.right - x;
  const line = flow.theme.size.body * flow.theme.lineHeight;
  switch (block.type) {
    case 'heading': {
      const own = HEADING_GAP_BEFORE[block.level] + headingLayout(flow, block, width).height + (block.level === 1 ? 12 : 4);
      return own + startHeight(flow, blocks, i + 1, x);
    }
    case 'paragraph': {
      const lines = Math.max(1, flow.proseLayout(block.spans, width, { indent: x === flow.left }).lines.length);
      // A paragraph too short to leave lines behind moves whole with the attribution after it.
      const next = blocks[i + 1];
      if (next?.type === 'paragraph' && next.keepWithPrevious && lines < 2 * KEPT_LINES) return lines * line + PARAGRAPH_GAP + startHeight(flow, blocks, i + 1, x);
      return Math.min(KEPT_LINES, lines) * line;
    }
    case 'list':
      return listStartHeight(flow, block, x);
    case 'quote':
      return quoteStartHeight(flow, block, x);
    case 'code':
      return codeStartHeight(flow, block, width);
    case 'table':
      return tableStartHeight(flow, block, width);
    case 'progress':
      return progressHeight(flow, block, width);
    case 'chart':
      return chartHeight(flow, block, width);
    case 'rule':
      return 10;
    case 'pagebreak':
      return 0;
  }
}
