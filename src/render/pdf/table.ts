/**
 * Tables: column widths from content, cells that wrap, a shaded bold header row that is drawn
 * again at the top of each page the table continues on, and per-column alignment.
 */
import type { TableBlock } from '../../document/types.js';
import { minContentWidth } from './break-lines.js';
import type { Flow, Paragraph } from './flow.js';
import type { Char, TextStyle } from './shape-text.js';
import { textWidth } from './shape-text.js';

const PAD_X = 5;
const PAD_Y = 3.5;
const MIN_COLUMN = 24;

interface Row {
  cells: Paragraph[];
  height: number;
}

interface TableLayout {
  flow: Flow;
  width: number;
  widths: number[];
  header: Row;
  rows: Row[];
}

/** Laid out once per table, flow and width: a heading before it asks for the start height first. */
const layouts = new WeakMap<TableBlock, TableLayout>();

function layoutTable(flow: Flow, table: TableBlock, width: number): TableLayout {
  const cached = layouts.get(table);
  if (cached && cached.flow === flow && cached.width === width) return cached;
  const size = flow.theme.size.body * 0.95;
  const columns = Math.max(table.header.length, ...table.rows.map((r) => r.length));
  const headStyle: TextStyle = { size, bold: true };
  const bodyStyle: TextStyle = { size };
  // Each cell is shaped once, then measured for the column widths and broken into lines.
  const shaped = [table.header, ...table.rows].map((row, r) => Array.from({ length: columns }, (_, c) => flow.shape(row[c] ?? [], r === 0 ? headStyle : bodyStyle)));
  const widths = columnWidths(shaped, columns, width);
  const rows = shaped.map((cells, r): Row => {
    const laid = cells.map((chars, c) => flow.layoutChars(chars, widths[c]! - 2 * PAD_X, r === 0 ? headStyle : bodyStyle));
    return { cells: laid, height: Math.max(...laid.map((m) => m.height)) + 2 * PAD_Y };
  });
  const layout = { flow, width, widths, header: rows[0]!, rows: rows.slice(1) };
  layouts.set(table, layout);
  return layout;
}

/** The header row and the first body row: the least of a table that may start on a page. */
export function tableStartHeight(flow: Flow, table: TableBlock, width: number): number {
  const l = layoutTable(flow, table, width);
  return l.header.height + (l.rows[0]?.height ?? 0);
}

export function drawTable(flow: Flow, table: TableBlock, x: number, width: number): void {
  const { doc, theme } = flow;
  const l = layoutTable(flow, table, width);
  const drawRow = (row: Row, header: boolean) => {
    if (header) doc.rect(x, flow.y, width, row.height).fill(theme.colors.tableHeader);
    let cx = x;
    row.cells.forEach((cell, c) => {
      const w = l.widths[c]!;
      flow.drawLines(cell, cx + PAD_X, flow.y + PAD_Y, w - 2 * PAD_X, table.align[c] ?? 'left');
      cx += w;
    });
    doc.moveTo(x, flow.y + row.height).lineTo(x + width, flow.y + row.height).lineWidth(header ? 0.8 : 0.5).strokeColor(theme.colors.rule).stroke();
    flow.y += row.height;
  };
  flow.ensure(tableStartHeight(flow, table, width));
  drawRow(l.header, true);
  for (const row of l.rows) {
    // A row is never split; one taller than a whole page is drawn from the top and overflows.
    if (flow.y + row.height > flow.bottom && flow.y > flow.top + l.header.height) {
      flow.newPage();
      drawRow(l.header, true);
    }
    drawRow(row, false);
  }
  flow.y += 6;
}

/**
 * Like a browser's automatic table layout: a column whose longest cell fits in an equal share
 * gets all it wants (short headers and numbers never wrap); the others get at least their widest
 * unbreakable word, capped at an equal share so one long URL cannot starve the rest, and the
 * remaining width in proportion to how much more their longest cell wants.
 */
function columnWidths(shaped: Char[][][], columns: number, width: number): number[] {
  const min = new Array<number>(columns).fill(MIN_COLUMN);
  const max = new Array<number>(columns).fill(MIN_COLUMN);
  for (const row of shaped) {
    row.forEach((chars, c) => {
      const full = textWidth(chars) + 2 * PAD_X + 1;
      max[c] = Math.max(max[c]!, full);
      min[c] = Math.max(min[c]!, Math.min(full, minContentWidth(chars) + 2 * PAD_X + 1, width / columns));
    });
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const maxSum = sum(max);
  if (maxSum <= width) return max.map((m) => (m / maxSum) * width);
  const narrow = max.map((m) => m <= width / columns);
  const fixed = sum(max.filter((_, c) => narrow[c]));
  const minRest = sum(min.filter((_, c) => !narrow[c]));
  if (fixed + minRest > width) {
    // Not even that fits: everything shrinks in proportion to its minimum, words split as a last resort.
    const minSum = sum(min);
    return min.map((m) => (m / minSum) * width);
  }
  const want = max.map((m, c) => (narrow[c] ? 0 : m - min[c]!));
  const wantSum = sum(want) || 1;
  return max.map((m, c) => (narrow[c] ? m : min[c]! + (want[c]! / wantSum) * (width - fixed - minRest)));
}
