/** Draws each kind of block at the flow's cursor. Headings keep with what follows them. */
import type { Block, ListBlock, Span } from '../../document/types.js';
import type { Flow } from './flow.js';
import { drawTable } from './table.js';
import { CHART_HEIGHT, PROGRESS_HEIGHT, drawChart, drawProgress } from './graphics.js';

const LIST_INDENT = 16;

export function drawBlocks(flow: Flow, blocks: readonly Block[], x = flow.left): void {
  blocks.forEach((block, i) => drawBlock(flow, block, blocks[i + 1], x));
}

function drawBlock(flow: Flow, block: Block, next: Block | undefined, x: number): void {
  const { theme } = flow;
  const width = flow.right - x;
  switch (block.type) {
    case 'heading': {
      const size = theme.size[`h${block.level}` as 'h1'];
      const p = flow.measure(block.spans, width, { size, bold: true, color: block.level <= 2 ? theme.colors.accent : theme.colors.text });
      const before = block.level === 1 ? 0 : block.level === 2 ? 12 : 8;
      // A heading never ends a page: it needs room for itself and the start of what follows.
      flow.ensure(before + p.height + firstHeight(flow, next));
      if (flow.y > flow.top) flow.y += before;
      flow.drawLines(p, x, flow.y, width);
      flow.y += p.height + (block.level <= 2 ? 4 : 2);
      if (block.level === 1) {
        flow.doc.moveTo(x, flow.y).lineTo(flow.right, flow.y).lineWidth(1.2).strokeColor(theme.colors.accent).stroke();
        flow.y += 8;
      }
      return;
    }
    case 'paragraph':
      flow.paragraph(block.spans, { size: theme.size.body }, x, width);
      flow.y += 5;
      return;
    case 'list':
      drawList(flow, block, x);
      flow.y += 3;
      return;
    case 'table':
      drawTable(flow, block, x, width);
      return;
    case 'progress':
      drawProgress(flow, block);
      return;
    case 'chart':
      drawChart(flow, block);
      return;
    case 'quote': {
      const top = flow.y;
      const page = flow.doc.bufferedPageRange().count;
      drawBlocks(flow, block.blocks, x + 12);
      // The rule is drawn only when the quote stayed on one page.
      if (flow.doc.bufferedPageRange().count === page) flow.doc.rect(x + 2, top, 2.5, flow.y - top - 5).fill(theme.colors.accent);
      return;
    }
    case 'code': {
      const p = flow.measure([{ text: block.text, code: true }], width - 12, { size: theme.size.small });
      flow.ensure(p.height + 8);
      flow.doc.rect(x, flow.y, width, p.height + 8).fill('#f3f4f6');
      flow.drawLines(p, x + 6, flow.y + 4, width - 12);
      flow.y += p.height + 14;
      return;
    }
    case 'rule':
      flow.ensure(10);
      flow.doc.moveTo(x, flow.y + 4).lineTo(flow.right, flow.y + 4).lineWidth(0.6).strokeColor(theme.colors.rule).stroke();
      flow.y += 10;
      return;
    case 'pagebreak':
      flow.newPage();
      return;
  }
}

function drawList(flow: Flow, list: ListBlock, x: number): void {
  const size = flow.theme.size.body;
  list.items.forEach((item, i) => {
    const marker: Span[] = [{ text: list.ordered ? `${i + 1}.` : '•' }];
    const m = flow.measure(marker, LIST_INDENT, { size });
    const first = item[0];
    const firstLine = first && (first.type === 'paragraph' || first.type === 'heading') ? size * flow.theme.lineHeight : 0;
    flow.ensure(firstLine || m.height);
    flow.drawLines(m, x, flow.y, LIST_INDENT - 3, 'right');
    const before = flow.y;
    item.forEach((b) => {
      if (b.type === 'paragraph') flow.paragraph(b.spans, { size }, x + LIST_INDENT, flow.right - x - LIST_INDENT);
      else drawBlock(flow, b, undefined, x + LIST_INDENT);
    });
    if (flow.y === before) flow.y += m.height;
    flow.y += 1.5;
  });
}

/** The height the start of a block needs, so a heading is kept with it. */
function firstHeight(flow: Flow, block: Block | undefined): number {
  const line = flow.theme.size.body * flow.theme.lineHeight;
  if (!block) return 0;
  switch (block.type) {
    case 'paragraph':
    case 'list':
    case 'quote':
      return line * 2;
    case 'table':
      return line * 2 + 14;
    case 'progress':
      return PROGRESS_HEIGHT;
    case 'chart':
      return CHART_HEIGHT + line;
    default:
      return line;
  }
}
