/**
 * Tables: column widths from content, cells that wrap, a shaded bold header row that is drawn
 * again at the top of each page the table continues on.
 */
import type { Span, TableBlock } from '../../document/types.js';
import { textWidth } from './shape-text.js';
import type { Flow, Paragraph } from './flow.js';

const PAD_X = 5;
const PAD_Y = 3.5;

interface Row {
  cells: Paragraph[];
  height: number;
}

export function drawTable(flow: Flow, table: TableBlock, x = flow.left, width = flow.right - x): void {
  const { theme } = flow;
  const size = theme.size.body * 0.95;
  const columns = table.header.length;
  const widths = columnWidths(flow, table, width, size);
  const layoutRow = (cells: Span[][], bold: boolean): Row => {
    const measured = Array.from({ length: columns }, (_, c) => flow.measure(cells[c] ?? [], widths[c]! - 2 * PAD_X, { size, bold }));
    return { cells: measured, height: Math.max(...measured.map((m) => m.height)) + 2 * PAD_Y };
  };
  const header = layoutRow(table.header, true);
  const rows = table.rows.map((r) => layoutRow(r, false));
  const drawRow = (row: Row, shaded: boolean) => {
    const doc = flow.doc;
    if (shaded) doc.rect(x, flow.y, width, row.height).fill(theme.colors.tableHeader);
    let cx = x;
    row.cells.forEach((cell, c) => {
      flow.drawLines(cell, cx + PAD_X, flow.y + PAD_Y, widths[c]! - 2 * PAD_X, table.align[c] ?? 'left');
      cx += widths[c]!;
    });
    doc.moveTo(x, flow.y + row.height).lineTo(x + width, flow.y + row.height).lineWidth(0.5).strokeColor(theme.colors.rule).stroke();
    flow.y += row.height;
  };
  // Keep the header with at least the first row.
  flow.ensure(header.height + (rows[0]?.height ?? 0));
  drawRow(header, true);
  for (const row of rows) {
    if (flow.y + row.height > flow.bottom) {
      flow.newPage();
      drawRow(header, true);
    }
    drawRow(row, false);
  }
  flow.y += 6;
}

/** Each column gets its longest unbreakable word, then the rest in proportion to how much more it wants. */
function columnWidths(flow: Flow, table: TableBlock, width: number, size: number): number[] {
  const columns = table.header.length;
  const min = new Array<number>(columns).fill(24);
  const max = new Array<number>(columns).fill(24);
  for (const row of [table.header, ...table.rows]) {
    row.forEach((cell, c) => {
      if (c >= columns) return;
      const p = flow.measure(cell, 1e6, { size, bold: row === table.header });
      const full = textWidth(p.glyphs) + 2 * PAD_X + 1;
      max[c] = Math.max(max[c]!, full);
      min[c] = Math.max(min[c]!, Math.min(full, longestWord(flow, cell, size) + 2 * PAD_X + 1, width / columns));
    });
  }
  const minSum = min.reduce((a, b) => a + b, 0);
  const maxSum = max.reduce((a, b) => a + b, 0);
  if (maxSum <= width) return max.map((m) => (m / maxSum) * width);
  if (minSum >= width) return min.map((m) => (m / minSum) * width);
  const extra = width - minSum;
  const want = max.map((m, c) => m - min[c]!);
  const wantSum = want.reduce((a, b) => a + b, 0) || 1;
  return min.map((m, c) => m + (want[c]! / wantSum) * extra);
}

function longestWord(flow: Flow, cell: Span[], size: number): number {
  // Measuring at width 0 puts each unbreakable piece on a line of its own.
  const p = flow.measure(cell, 0.001, { size });
  return p.lines.reduce((w, l) => Math.max(w, l.width), 0);
}
