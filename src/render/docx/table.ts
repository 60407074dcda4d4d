/** Tables with a shaded, bold header row that Word repeats on every page the table runs onto. */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Span, TableBlock } from '../../document/types.js';
import type { Theme } from '../../theme/theme.js';
import { runs } from './inline.js';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** Display width of text in "Latin letters": CJK characters and Hangul count double. */
function displayWidth(spans: readonly Span[]): number {
  let w = 0;
  for (const s of spans) for (const ch of s.text) w += /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

/**
 * Column widths in twips from the content, so short numeric columns stay narrow and text columns
 * get the room (Word's autofit does this on open, LibreOffice does not).
 */
export function columnWidths(block: TableBlock, totalTwips: number): number[] {
  const columns = block.header.length;
  const want = Array.from({ length: columns }, (_, c) => Math.max(4, ...[block.header, ...block.rows].map((row) => Math.min(48, displayWidth(row[c] ?? [])))));
  const sum = want.reduce((a, b) => a + b, 0);
  return want.map((w) => Math.round((w / sum) * totalTwips));
}

export function table(block: TableBlock, theme: Theme): Table {
  const rule = theme.colors.rule.replace('#', '');
  const border = { style: BorderStyle.SINGLE, size: 4, color: rule };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const row = (cells: TableBlock['header'], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (spans, c) =>
          new TableCell({
            shading: header ? { fill: theme.colors.tableHeader.replace('#', ''), type: 'clear', color: 'auto' } : undefined,
            margins: { left: 90, right: 90, top: 40, bottom: 40 },
            children: [new Paragraph({ style: 'TableText', alignment: ALIGN[block.align[c] ?? 'left'], children: runs(spans, { bold: header }) })],
          }),
      ),
    });
  const total = Math.round((theme.page.width - theme.page.margin.left - theme.page.margin.right) * 20);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: columnWidths(block, total),
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: none, right: none, insideHorizontal: border, insideVertical: none },
    rows: [row(block.header, true), ...block.rows.map((r) => row(r, false))],
  });
}
