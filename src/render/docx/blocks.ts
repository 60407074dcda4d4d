/** Document blocks to Word paragraphs and tables. */
import { AlignmentType, BorderStyle, HeadingLevel, ImageRun, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Block, ChartBlock, ListBlock, ProgressBlock } from '../../document/types.js';
import type { Theme } from '../../theme/theme.js';
import { runs } from './inline.js';
import { table } from './table.js';
import { chartPicture, progressPicture, type Picture } from './svg-graphics.js';

type Child = Paragraph | Table;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

/** Ordered lists each restart at 1: every list gets its own numbering instance. */
export interface Counter {
  lists: number;
}

export function blocks(list: readonly Block[], theme: Theme, counter: Counter, level = 0): Child[] {
  return list.flatMap((b) => block(b, theme, counter, level));
}

function block(b: Block, theme: Theme, counter: Counter, level: number): Child[] {
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level - 1], children: runs(b.spans) })];
    case 'paragraph':
      return [new Paragraph({ children: runs(b.spans) })];
    case 'list':
      return listItems(b, theme, counter, level);
    case 'table':
      return [table(b, theme), new Paragraph({ spacing: { after: 60 }, children: [] })];
    case 'quote':
      return b.blocks.flatMap((inner) => (inner.type === 'paragraph' ? [new Paragraph({ style: 'Quote', children: runs(inner.spans) })] : block(inner, theme, counter, level)));
    case 'code':
      return b.text.split('\n').map((line) => new Paragraph({ style: 'CodeBlock', children: [new TextRun(line)] }));
    case 'rule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: theme.colors.rule.replace('#', ''), space: 1 } }, children: [] })];
    case 'pagebreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'progress':
      return [progress(b, theme)];
    case 'chart':
      return chart(b, theme);
  }
}

function listItems(list: ListBlock, theme: Theme, counter: Counter, level: number): Child[] {
  const instance = list.ordered ? ++counter.lists : 0;
  const numbering = { reference: list.ordered ? 'numbers' : 'bullets', level: Math.min(level, 3), instance };
  return list.items.flatMap((item) =>
    item.flatMap((b, i) => {
      if (b.type === 'paragraph' && i === 0) return [new Paragraph({ numbering, children: runs(b.spans) })];
      if (b.type === 'paragraph') return [new Paragraph({ indent: { left: 360 * (level + 1) }, children: runs(b.spans) })];
      if (b.type === 'list') return listItems(b, theme, counter, level + 1);
      return block(b, theme, counter, level + 1);
    }),
  );
}

function image(p: Picture): ImageRun {
  return new ImageRun({ type: 'svg', data: p.svg, fallback: { type: 'png', data: p.png }, transformation: { width: p.width * (96 / 72), height: p.height * (96 / 72) } });
}

/** Label | bar | caption, in a borderless table so the three line up in every client. */
function progress(b: ProgressBlock, theme: Theme): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const cell = (children: Paragraph[], pct: number) => new TableCell({ width: { size: pct, type: WidthType.PERCENTAGE }, children, verticalAlign: 'center' });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell([new Paragraph({ spacing: { after: 0 }, children: [new TextRun(b.label)] })], 36),
          cell([new Paragraph({ spacing: { after: 0 }, children: [image(progressPicture(b, theme))] })], 48),
          cell([new Paragraph({ spacing: { after: 0 }, alignment: AlignmentType.LEFT, children: [new TextRun({ text: b.caption, bold: true, color: theme.colors[b.status].replace('#', '') })] })], 16),
        ],
      }),
    ],
  });
}

function chart(b: ChartBlock, theme: Theme): Paragraph[] {
  return [
    new Paragraph({ keepNext: true, spacing: { before: 120, after: 40 }, children: [new TextRun({ text: b.title, bold: true })] }),
    new Paragraph({ children: [image(chartPicture(b, theme))] }),
  ];
}
