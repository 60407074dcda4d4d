/** Document blocks to the docx package's paragraphs and tables. */
import { BorderStyle, LineRuleType, PageBreak, Paragraph, type IParagraphOptions, type Table } from 'docx';
import type { Block, ChartBlock, ListBlock, ProgressBlock, Span } from '../../document/types.js';
import type { Theme } from '../../theme/theme.js';
import { chartPicture } from './chart-image.js';
import { plainRun, runs } from './inline.js';
import type { Pictures } from './media.js';
import { progressPicture } from './progress-image.js';
import { BULLETS, listIndent, MAX_LIST_LEVEL, orderedReference, type OrderedLook } from './styles.js';
import { gridTable, table, type CellSpec } from './table.js';
import { clean, hex, twip } from './xml.js';

export type BodyChild = Paragraph | Table;

export interface BlockContext {
  theme: Theme;
  /** Width between the margins, in points. */
  textWidth: number;
  /** The document's language: which faces its text is measured in. */
  lang: string;
  /** Ordered lists each restart, so every one is its own numbering instance; this counts them. */
  lists: number;
  /** The ordered lists' numbering definitions by reference: one per first number and width (styles.ts). */
  orderedLooks: Map<string, OrderedLook>;
  pictures: Pictures;
}

const exactLine = (twips: number) => ({ spacing: { before: 0, after: 0, line: twips, lineRule: LineRuleType.EXACT } });
const tight = { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } };

export function blocks(list: readonly Block[], ctx: BlockContext, level = 0): BodyChild[] {
  const out: BodyChild[] = [];
  for (let i = 0; i < list.length; i++) {
    const b = list[i]!;
    if (b.type === 'progress') {
      // A run of bars is one borderless table, so labels, bars and captions line up down the run.
      const bars: ProgressBlock[] = [b];
      while (list[i + 1]?.type === 'progress') bars.push(list[++i] as ProgressBlock);
      out.push(progressTable(bars, ctx), gap());
    } else {
      out.push(...block(b, ctx, level, list[i + 1]));
    }
  }
  return out;
}

function block(b: Exclude<Block, ProgressBlock>, ctx: BlockContext, level: number, next: Block | undefined): BodyChild[] {
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ style: `Heading${b.level}`, children: runs(b.spans) })];
    case 'paragraph':
      return [new Paragraph({ ...keepWithAttribution(next), children: runs(b.spans) })];
    case 'list':
      return listItems(b, ctx, level);
    case 'table':
      return [table(b, ctx.theme, ctx.textWidth, ctx.lang), gap()];
    case 'quote':
      return b.blocks.flatMap((inner, k) =>
        inner.type === 'paragraph' ? [new Paragraph({ style: 'Quote', ...keepWithAttribution(b.blocks[k + 1]), children: runs(inner.spans) })] : blocks([inner], ctx, level),
      );
    case 'code':
      return [codeBlock(b.text)];
    case 'rule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, space: 1, color: hex(ctx.theme.colors.rule) } }, spacing: { before: twip(4), after: twip(8) } })];
    case 'pagebreak':
      // The paragraph holding the break is squeezed to 1 pt, so the empty rest of it that Word
      // carries onto the next page does not push that page's first line down.
      return [new Paragraph({ ...exactLine(20), children: [new PageBreak()] })];
    case 'chart':
      return chart(b, ctx);
  }
}

/**
 * A paragraph before an attribution (`— 王强`) is on the same page as it, with at least its last
 * two lines (widow control), as the PDF keeps them.
 */
function keepWithAttribution(next: Block | undefined): Pick<IParagraphOptions, 'keepNext' | 'widowControl'> {
  return next?.type === 'paragraph' && next.keepWithPrevious ? { keepNext: true, widowControl: true } : {};
}

/** After a table: some space, and a paragraph between it and any table that follows (Word would merge the two). */
function gap(): Paragraph {
  return new Paragraph(exactLine(120));
}

/** One paragraph, lines split by breaks, kept on one page when it fits: a code block reads badly split. */
function codeBlock(text: string): Paragraph {
  const lines = clean(text).replace(/\t/g, '    ').split('\n');
  return new Paragraph({ style: 'CodeBlock', keepLines: lines.length <= 30, children: runs([{ text: lines.join('\n') }]) });
}

function listItems(list: ListBlock, ctx: BlockContext, level: number): BodyChild[] {
  let numbering: { reference: string; instance?: number } = { reference: BULLETS };
  if (list.ordered) {
    const start = list.start ?? 1;
    const look = { start, wide: start + list.items.length - 1 >= 10 };
    numbering = { reference: orderedReference(look), instance: ctx.lists++ };
    ctx.orderedLooks.set(numbering.reference, look);
  }
  const depth = Math.min(level, MAX_LIST_LEVEL);
  const numbered = (spans: readonly Span[]) => new Paragraph({ style: 'ListParagraph', numbering: { ...numbering, level: depth }, children: runs(spans) });
  const out: BodyChild[] = [];
  for (const item of list.items) {
    // Every item needs its numbered paragraph, even one that starts with something else.
    if (item[0]?.type !== 'paragraph') out.push(numbered([]));
    item.forEach((b, i) => {
      if (b.type === 'paragraph') out.push(i === 0 ? numbered(b.spans) : new Paragraph({ indent: { left: listIndent(depth) }, children: runs(b.spans) }));
      else if (b.type === 'list') out.push(...listItems(b, ctx, level + 1));
      else out.push(...blocks([b], ctx, level + 1));
    });
  }
  return out;
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
  // The bar fills its cell, less the cell's padding.
  const barWidth = Math.floor((barW - PROGRESS_PAD.left - PROGRESS_PAD.right) / 20);
  const cell = (options: IParagraphOptions): CellSpec => ({ middle: true, children: [new Paragraph({ ...tight, ...options })] });
  const rows = bars.map((b) => ({
    header: false,
    cells: [
      cell({ children: plainRun(b.label) }),
      cell({ children: [ctx.pictures.inline(progressPicture(b, theme, barWidth, BAR_HEIGHT))] }),
      cell({ children: plainRun(b.caption, { bold: true, color: hex(theme.colors[b.status]) }) }),
    ],
  }));
  return gridTable([labelW, barW, captionW], rows, { pad: PROGRESS_PAD, rule: null, fixed: false });
}

const CHART_HEIGHT = 170;

function chart(b: ChartBlock, ctx: BlockContext): Paragraph[] {
  const width = Math.floor(Math.min(ctx.textWidth, 480));
  return [
    new Paragraph({ style: 'ChartTitle', children: plainRun(b.title) }),
    new Paragraph({ style: 'Picture', keepLines: true, children: [ctx.pictures.inline(chartPicture(b, ctx.theme, width, CHART_HEIGHT))] }),
  ];
}
