/** Block quotes (indented, with a rule down the left on every page they cross) and code blocks (grey box). */
import type { CodeBlock, QuoteBlock } from '../../document/types.js';
import { artifact, drawBlocks, startHeight } from './blocks.js';
import { CODE_BACKGROUND } from './draw-text.js';
import type { Flow, Paragraph } from './flow.js';

const QUOTE_INDENT = 12;
const QUOTE_RULE = 2.5;
const CODE_PAD_X = 6;
const CODE_PAD_Y = 4;
const TAB = '    ';

export function drawQuote(flow: Flow, block: QuoteBlock, x: number): void {
  flow.ensure(quoteStartHeight(flow, block, x));
  const startPage = flow.page;
  const startY = flow.y;
  drawBlocks(flow, block.blocks, x + QUOTE_INDENT);
  const endPage = flow.page;
  // The last block's gap below it is not part of the quote.
  const endY = Math.max(flow.y - 5, flow.top);
  // The rule is drawn afterwards, page by page, once it is known where the quote ended.
  for (let page = startPage; page <= endPage; page++) {
    flow.doc.switchToPage(page);
    const top = page === startPage ? startY : flow.top;
    const bottom = page === endPage ? endY : flow.bottom;
    if (bottom > top) artifact(flow, () => flow.doc.rect(x + 2, top, QUOTE_RULE, bottom - top).fill(flow.theme.colors.accent));
  }
  flow.doc.switchToPage(endPage);
}

export function quoteStartHeight(flow: Flow, block: QuoteBlock, x: number): number {
  return startHeight(flow, block.blocks, 0, x + QUOTE_INDENT);
}

function codeLayout(flow: Flow, block: CodeBlock, width: number): Paragraph {
  return flow.layout([{ text: block.text.replaceAll('\t', TAB), code: true }], width - 2 * CODE_PAD_X, { size: flow.theme.size.small, codeBlock: true });
}

/** A code block may run over pages; its box is drawn on each page under the lines that landed there. */
export function drawCodeBlock(flow: Flow, block: CodeBlock, x: number, width: number): void {
  const p = codeLayout(flow, block, width);
  flow.ensure(Math.min(p.height, 2 * p.lineHeight) + 2 * CODE_PAD_Y);
  flow.y += CODE_PAD_Y;
  flow.flowLines(p, x + CODE_PAD_X, width - 2 * CODE_PAD_X, 'left', (top, height) => {
    flow.doc.rect(x, top - CODE_PAD_Y, width, height + 2 * CODE_PAD_Y).fill(CODE_BACKGROUND);
  });
  flow.y += CODE_PAD_Y + 6;
}

export function codeStartHeight(flow: Flow, block: CodeBlock, width: number): number {
  const p = codeLayout(flow, block, width);
  return Math.min(p.height, 2 * p.lineHeight) + 2 * CODE_PAD_Y;
}
