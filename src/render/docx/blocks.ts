/** Document blocks to WordprocessingML paragraphs (w:p) and tables (w:tbl). */
import type { Block, ChartBlock, ListBlock, ProgressBlock, Span } from '../../document/types.js';
import type { Theme } from '../../theme/theme.js';
import { chartPicture } from './chart-image.js';
import { plainRun, runs } from './inline.js';
import type { Media } from './media.js';
import { progressPicture } from './progress-image.js';
import { BULLETS_NUM_ID, FIRST_ORDERED_LIST, listIndent, MAX_LIST_LEVEL } from './styles.js';
import { cell, rowStart, table, tableStart } from './table.js';
import { clean, esc, hex, twip } from './xml.js';

export interface BlockContext {
  theme: Theme;
  /** Width between the margins, in points. */
  textWidth: number;
  /** Ordered lists each restart at 1, so every one gets its own numbering instance; this counts them. */
  lists: number;
  media: Media;
}

/** A paragraph with properties (children of w:pPr, in schema order) and content (runs). */
const para = (pPr: string, content: string) => (pPr ? `<w:p><w:pPr>${pPr}</w:pPr>${content}</w:p>` : `<w:p>${content}</w:p>`);
const styled = (style: string, content: string, extra = '') => para(`<w:pStyle w:val="${style}"/>${extra}`, content);
const exactLine = (twips: number) => `<w:spacing w:before="0" w:after="0" w:line="${twips}" w:lineRule="exact"/>`;

export function blocks(list: readonly Block[], ctx: BlockContext, level = 0): string {
  let out = '';
  for (let i = 0; i < list.length; i++) {
    const b = list[i]!;
    if (b.type === 'progress') {
      // A run of bars is one borderless table, so labels, bars and captions line up down the run.
      const bars: ProgressBlock[] = [b];
      while (list[i + 1]?.type === 'progress') bars.push(list[++i] as ProgressBlock);
      out += progressTable(bars, ctx) + gap();
    } else {
      out += block(b, ctx, level);
    }
  }
  return out;
}

function block(b: Exclude<Block, ProgressBlock>, ctx: BlockContext, level: number): string {
  switch (b.type) {
    case 'heading':
      return styled(`Heading${b.level}`, runs(b.spans));
    case 'paragraph':
      return para('', runs(b.spans));
    case 'list':
      return listItems(b, ctx, level);
    case 'table':
      return table(b, ctx.theme, ctx.textWidth) + gap();
    case 'quote':
      return b.blocks.map((inner) => (inner.type === 'paragraph' ? styled('Quote', runs(inner.spans)) : blocks([inner], ctx, level))).join('');
    case 'code':
      return codeBlock(b.text);
    case 'rule':
      return para(`<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="${hex(ctx.theme.colors.rule)}"/></w:pBdr><w:spacing w:before="${twip(4)}" w:after="${twip(8)}"/>`, '');
    case 'pagebreak':
      // The paragraph holding the break is squeezed to 1 pt, so the empty rest of it that Word
      // carries onto the next page does not push that page's first line down.
      return para(exactLine(20), '<w:r><w:br w:type="page"/></w:r>');
    case 'chart':
      return chart(b, ctx);
  }
}

/** After a table: some space, and a paragraph between it and any table that follows (Word would merge the two). */
function gap(): string {
  return para(exactLine(120), '');
}

/** One paragraph, lines split by breaks, kept on one page when it fits: a code block reads badly split. */
function codeBlock(text: string): string {
  const lines = clean(text).replace(/\t/g, '    ').split('\n');
  const content = lines.map((line, i) => `<w:r>${i > 0 ? '<w:br/>' : ''}${line ? `<w:t xml:space="preserve">${esc(line)}</w:t>` : ''}</w:r>`).join('');
  return styled('CodeBlock', content, lines.length <= 30 ? '<w:keepLines/>' : '');
}

function listItems(list: ListBlock, ctx: BlockContext, level: number): string {
  const numId = list.ordered ? FIRST_ORDERED_LIST + ctx.lists++ : BULLETS_NUM_ID;
  const depth = Math.min(level, MAX_LIST_LEVEL);
  const numbered = (spans: readonly Span[]) => styled('ListParagraph', runs(spans), `<w:numPr><w:ilvl w:val="${depth}"/><w:numId w:val="${numId}"/></w:numPr>`);
  let out = '';
  for (const item of list.items) {
    // Every item needs its numbered paragraph, even one that starts with something else.
    if (item[0]?.type !== 'paragraph') out += numbered([]);
    item.forEach((b, i) => {
      if (b.type === 'paragraph') out += i === 0 ? numbered(b.spans) : para(`<w:ind w:left="${listIndent(depth)}"/>`, runs(b.spans));
      else if (b.type === 'list') out += listItems(b, ctx, level + 1);
      else out += blocks([b], ctx, level + 1);
    });
  }
  return out;
}

/** Fractions of the text width taken by label | bar | caption. */
const PROGRESS_COLUMNS = [0.36, 0.48, 0.16] as const;
const BAR_HEIGHT = 9;
const PROGRESS_PAD = { top: 30, bottom: 30, left: 90, right: 90 };

function progressTable(bars: readonly ProgressBlock[], ctx: BlockContext): string {
  const { theme } = ctx;
  const total = twip(ctx.textWidth);
  const [labelW, captionW] = [Math.floor(total * PROGRESS_COLUMNS[0]), Math.floor(total * PROGRESS_COLUMNS[2])];
  const barW = total - labelW - captionW;
  // The bar fills its cell, less the cell's padding.
  const barWidth = Math.floor((barW - PROGRESS_PAD.left - PROGRESS_PAD.right) / 20);
  const tight = (content: string) => para('<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>', content);
  let xml = tableStart([labelW, barW, captionW], { pad: PROGRESS_PAD, rule: null, fixed: false });
  for (const b of bars) {
    xml +=
      rowStart(false) +
      cell(labelW, tight(plainRun(b.label)), { middle: true }) +
      cell(barW, tight(`<w:r>${ctx.media.inline(progressPicture(b, theme, barWidth, BAR_HEIGHT))}</w:r>`), { middle: true }) +
      cell(captionW, tight(plainRun(b.caption, { bold: true, color: hex(theme.colors[b.status]) })), { middle: true }) +
      '</w:tr>';
  }
  return xml + '</w:tbl>';
}

const CHART_HEIGHT = 170;

function chart(b: ChartBlock, ctx: BlockContext): string {
  const width = Math.floor(Math.min(ctx.textWidth, 480));
  return styled('ChartTitle', plainRun(b.title)) + styled('Picture', `<w:r>${ctx.media.inline(chartPicture(b, ctx.theme, width, CHART_HEIGHT))}</w:r>`, '<w:keepLines/>');
}
