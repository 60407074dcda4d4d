/** Document blocks to Word paragraphs and tables. */
import { BorderStyle, HeadingLevel, ImageRun, LineRuleType, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import type { Block, ChartBlock, ListBlock, ProgressBlock } from '../../document/types.js';
import type { Theme } from '../../theme/theme.js';
import { chartPicture } from './chart-image.js';
import { clean, plainRun, runs } from './inline.js';
import { progressPicture } from './progress-image.js';
import type { Picture } from './raster.js';
import { hex, listIndent, MAX_LIST_LEVEL, twip } from './styles.js';
import { table } from './table.js';

export type Child = Paragraph | Table;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

export interface BlockContext {
  theme: Theme;
  /** Width between the margins, in points. */
  textWidth: number;
  /** Ordered lists each restart at 1, so every one gets its own numbering instance; this counts them. */
  lists: number;
}

export function blocks(list: readonly Block[], ctx: BlockContext, level = 0): Child[] {
  const out: Child[] = [];
  for (let i = 0; i < list.length; i++) {
    const b = list[i]!;
    if (b.type === 'progress') {
      // A run of bars is one borderless table, so labels, bars and captions line up down the run.
      const bars: ProgressBlock[] = [b];
      while (list[i + 1]?.type === 'progress') bars.push(list[++i] as ProgressBlock);
      out.push(progressTable(bars, ctx), gap());
    } else {
      out.push(...block(b, ctx, level));
    }
  }
  return out;
}

function block(b: Exclude<Block, ProgressBlock>, ctx: BlockContext, level: number): Child[] {
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level - 1], children: runs(b.spans) })];
    case 'paragraph':
      return [new Paragraph({ children: runs(b.spans) })];
    case 'list':
      return listItems(b, ctx, level);
    case 'table':
      return [table(b, ctx.theme, ctx.textWidth), gap()];
    case 'quote':
      return b.blocks.flatMap((inner) => (inner.type === 'paragraph' ? [new Paragraph({ style: 'Quote', children: runs(inner.spans) })] : blocks([inner], ctx, level)));
    case 'code':
      return [codeBlock(b.text)];
    case 'rule':
      return [new Paragraph({ spacing: { before: twip(4), after: twip(8) }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: hex(ctx.theme.colors.rule), space: 1 } }, children: [] })];
    case 'pagebreak':
      // The paragraph holding the break is squeezed to 1 pt, so the empty rest of it that Word
      // carries onto the next page does not push that page's first line down.
      return [new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [new PageBreak()] })];
    case 'chart':
      return chart(b, ctx);
  }
}

/** After a table: some space, and a paragraph between it and any table that follows (Word would merge the two). */
function gap(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT }, children: [] });
}

/** One paragraph, lines split by breaks, kept on one page when it fits: a code block reads badly split. */
function codeBlock(text: string): Paragraph {
  const lines = clean(text).replace(/\t/g, '    ').split('\n');
  return new Paragraph({ style: 'CodeBlock', keepLines: lines.length <= 30, children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined })) });
}

function listItems(list: ListBlock, ctx: BlockContext, level: number): Child[] {
  const instance = list.ordered ? ++ctx.lists : 0;
  const numbering = { reference: list.ordered ? 'numbers' : 'bullets', level: Math.min(level, MAX_LIST_LEVEL), instance };
  return list.items.flatMap((item) => {
    const out: Child[] = [];
    // Every item needs its numbered paragraph, even one that starts with something else.
    if (item[0]?.type !== 'paragraph') out.push(new Paragraph({ numbering, children: [] }));
    item.forEach((b, i) => {
      if (b.type === 'paragraph') out.push(new Paragraph(i === 0 ? { numbering, children: runs(b.spans) } : { indent: { left: listIndent(Math.min(level, MAX_LIST_LEVEL)) }, children: runs(b.spans) }));
      else if (b.type === 'list') out.push(...listItems(b, ctx, level + 1));
      else out.push(...blocks([b], ctx, level + 1));
    });
    return out;
  });
}

function image(p: Picture): ImageRun {
  const px = 96 / 72; // docx sizes pictures in pixels at 96 dpi
  return new ImageRun({
    type: 'svg',
    data: p.svg,
    fallback: { type: 'png', data: p.png },
    transformation: { width: p.width * px, height: p.height * px },
    altText: { name: p.description, description: p.description },
  });
}

/** Fractions of the text width taken by label | bar | caption. */
const PROGRESS_COLUMNS = [0.36, 0.48, 0.16] as const;
const BAR_HEIGHT = 9;
const PROGRESS_PAD = { top: 30, bottom: 30, left: 90, right: 90 };

function progressTable(bars: readonly ProgressBlock[], ctx: BlockContext): Table {
  const { theme } = ctx;
  const total = twip(ctx.textWidth);
  const [labelW, captionW] = [Math.floor(total * PROGRESS_COLUMNS[0]), Math.floor(total * PROGRESS_COLUMNS[2])];
  const barW = total - labelW - captionW;
  const widths = [labelW, barW, captionW];
  // The bar fills its cell, less the cell's padding.
  const barWidth = Math.floor((barW - PROGRESS_PAD.left - PROGRESS_PAD.right) / 20);
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const cell = (width: number, child: Paragraph) => new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.CENTER, children: [child] });
  const tight = { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } };
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    margins: PROGRESS_PAD,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: bars.map(
      (b) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(labelW, new Paragraph({ ...tight, children: [plainRun(b.label)] })),
            cell(barW, new Paragraph({ ...tight, children: [image(progressPicture(b, theme, barWidth, BAR_HEIGHT))] })),
            cell(captionW, new Paragraph({ ...tight, children: [plainRun(b.caption, { bold: true, color: hex(theme.colors[b.status]) })] })),
          ],
        }),
    ),
  });
}

const CHART_HEIGHT = 170;

function chart(b: ChartBlock, ctx: BlockContext): Paragraph[] {
  const width = Math.floor(Math.min(ctx.textWidth, 480));
  return [
    new Paragraph({ style: 'ChartTitle', children: [plainRun(b.title)] }),
    new Paragraph({ style: 'Picture', keepLines: true, children: [image(chartPicture(b, ctx.theme, width, CHART_HEIGHT))] }),
  ];
}
