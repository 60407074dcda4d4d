/** Tables with a shaded, bold header row that Word repeats on every page the table runs onto. */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { TableBlock } from '../../document/types.js';
import type { Theme } from '../../theme/theme.js';
import { runs } from './inline.js';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

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
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.AUTOFIT,
    borders: { top: border, bottom: border, left: none, right: none, insideHorizontal: border, insideVertical: none },
    rows: [row(block.header, true), ...block.rows.map((r) => row(r, false))],
  });
}
