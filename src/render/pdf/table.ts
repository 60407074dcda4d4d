/**
 * Tables: column widths from content, cells that wrap, a shaded bold header row that is drawn
 * again at the top of each page the table continues on, and per-column alignment. A table breaks
 * across pages only between rows, never after a group row (a row in bold only, heading the rows
 * below it), never leaving a single row on either page, and a short table not at all.
 */
import type { Span, TableBlock } from '../../document/types.js';
import { artifact, tagged, taggedGroup } from './blocks.js';
import { columnBounds, columnWidths, KEEP_WHOLE_EM, tableScale } from '../table-columns.js';
import type { Flow, Paragraph } from './flow.js';

const PAD_X = 5;
const PAD_Y = 3.5;
/** A table of this many body rows or fewer is kept on one page (when it fits on one). */
const SHORT_TABLE = 4;
/** Padding either side of a cell's text plus 1 pt of slack (a cell exactly as wide as its text must not wrap on rounding), and the narrowest column. */
const COLUMN_EDGES = { pad: 2 * PAD_X + 1, min: 24 };

interface Row {
  cells: Paragraph[];
  height: number;
  /** Every non-empty cell is bold: a row heading the rows below it, kept with the next one. */
  group: boolean;
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
  const columns = Math.max(table.header.length, ...table.rows.map((r) => r.length));
  // Each cell is shaped once, then measured for the column widths and broken into lines.
  const shapeAll = (size: number) => [table.header, ...table.rows].map((row, r) => Array.from({ length: columns }, (_, c) => flow.shape(row[c] ?? [], { size, bold: r === 0 })));
  let size = flow.theme.size.body * 0.95;
  let shaped = shapeAll(size);
  const edges = (at: number) => ({ ...COLUMN_EDGES, keepWhole: KEEP_WHOLE_EM * at });
  let bounds = columnBounds(shaped, columns, edges(size));
  // A table too wide for its words is set smaller, as a typesetter would, before any word is hyphenated.
  const scale = tableScale(bounds, width, COLUMN_EDGES.pad);
  if (scale < 1) {
    size *= scale;
    shaped = shapeAll(size);
    bounds = columnBounds(shaped, columns, edges(size));
  }
  const widths = columnWidths(bounds, width);
  const rows = shaped.map((cells, r): Row => {
    const laid = cells.map((chars, c) => flow.layoutChars(chars, widths[c]! - 2 * PAD_X, { size, bold: r === 0 }));
    const source = r === 0 ? table.header : table.rows[r - 1]!;
    return { cells: laid, height: Math.max(...laid.map((m) => m.height)) + 2 * PAD_Y, group: r > 0 && isGroupRow(source) };
  });
  const layout = { flow, width, widths, header: rows[0]!, rows: rows.slice(1) };
  layouts.set(table, layout);
  return layout;
}

const isGroupRow = (cells: readonly Span[][]) => {
  const filled = cells.filter((spans) => spans.some((s) => s.text.trim() !== ''));
  return filled.length > 0 && filled.every((spans) => spans.every((s) => s.bold || s.text.trim() === ''));
};

/**
 * How much of the rows from `r` on must go on the page together with row r: the next row too when
 * row r heads a group, or when only one row would be left for the next page.
 */
function keepHeight(rows: readonly Row[], r: number): number {
  let h = rows[r]!.height;
  const next = rows[r + 1];
  if (next && (rows[r]!.group || r + 2 === rows.length)) h += next.height;
  return h;
}

/** The least of a table that may start on a page: all of a short table, else the header and two rows. */
export function tableStartHeight(flow: Flow, table: TableBlock, width: number): number {
  const l = layoutTable(flow, table, width);
  const whole = l.header.height + l.rows.reduce((h, r) => h + r.height, 0);
  if (l.rows.length <= SHORT_TABLE && whole <= flow.bottom - flow.top) return whole;
  // Two rows, so the page the table starts on never holds just one of them.
  return l.header.height + (l.rows.length ? l.rows[0]!.height + (l.rows[1]?.height ?? 0) : 0) + (l.rows[0]?.group && l.rows[2] ? l.rows[2].height : 0);
}

export function drawTable(flow: Flow, table: TableBlock, x: number, width: number): void {
  const { doc, theme } = flow;
  const l = layoutTable(flow, table, width);
  const drawCells = (row: Row, header: boolean) => {
    let cx = x;
    row.cells.forEach((cell, c) => {
      const w = l.widths[c]!;
      const left = cx;
      tagged(flow, header ? 'TH' : 'TD', () => flow.drawLines(cell, left + PAD_X, flow.y + PAD_Y, w - 2 * PAD_X, table.align[c] ?? 'left'));
      cx += w;
    });
  };
  const drawRow = (row: Row, header: boolean, repeated = false) => {
    if (header) artifact(flow, () => doc.rect(x, flow.y, width, row.height).fill(theme.colors.tableHeader));
    // The header drawn again on a later page is page furniture to a screen reader, which has read it once.
    if (repeated) artifact(flow, () => row.cells.forEach((cell, c) => flow.drawLines(cell, x + offset(c) + PAD_X, flow.y + PAD_Y, l.widths[c]! - 2 * PAD_X, table.align[c] ?? 'left')));
    else taggedGroup(flow, 'TR', () => drawCells(row, header));
    artifact(flow, () => doc.moveTo(x, flow.y + row.height).lineTo(x + width, flow.y + row.height).lineWidth(header ? 0.8 : 0.5).strokeColor(theme.colors.rule).stroke());
    flow.y += row.height;
  };
  const offset = (c: number) => l.widths.slice(0, c).reduce((a, b) => a + b, 0);
  flow.ensure(tableStartHeight(flow, table, width));
  taggedGroup(flow, 'Table', () => {
    drawRow(l.header, true);
    l.rows.forEach((row, r) => {
      // A row is never split; one taller than a whole page is drawn from the top and overflows.
      if (flow.y + keepHeight(l.rows, r) > flow.bottom && flow.y > flow.top + l.header.height) {
        flow.newPage();
        drawRow(l.header, true, true);
      }
      drawRow(row, false);
    });
  });
  flow.y += 6;
}

