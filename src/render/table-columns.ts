/**
 * Table column widths from the measured text of the cells, shared by the PDF and DOCX back ends so
 * a table has the same columns in both: the PDF draws them, the DOCX fixes them in its grid (Word
 * would autofit, but LibreOffice lays a table out from its grid alone).
 */
import { minContentWidth } from './pdf/break-lines.js';
import { textWidth, type Char } from './pdf/shape-text.js';

export interface ColumnBounds {
  /** Per column: the widest piece that cannot be broken, and the widest cell on one line (padding included). */
  min: number[];
  max: number[];
}

export interface ColumnEdges {
  /** Room a cell needs beside its text (padding on both sides and any slack), in points. */
  pad: number;
  /** The narrowest a column may be, in points. */
  min: number;
  /**
   * A cell whose text is at most this wide (in points) is kept on one line where the table can
   * afford it, even where it could break: a short label broken in two ("本期無 | 目標") reads badly.
   */
  keepWhole?: number;
}

/**
 * Cells up to this many em are kept on one line where the table can afford it, in both back ends:
 * a status such as 部分达成 or 本期無目標 broken after its third ideograph reads as two words.
 */
export const KEEP_WHOLE_EM = 5;

/** No column's minimum may take more than this share of the table: one long URL must not starve the rest. */
const MAX_MIN_SHARE = 0.5;
/** A wide table's type may shrink to this share of the table size, no further (8 pt from 9.98). */
export const MIN_TABLE_SCALE = 0.8;

export function columnBounds(shaped: readonly (readonly Char[])[][], columns: number, edges: ColumnEdges): ColumnBounds {
  const min = new Array<number>(columns).fill(edges.min);
  const max = new Array<number>(columns).fill(edges.min);
  for (const row of shaped) {
    row.forEach((chars, c) => {
      const text = textWidth(chars);
      const full = text + edges.pad;
      const unbreakable = edges.keepWhole !== undefined && text <= edges.keepWhole ? text : minContentWidth(chars);
      max[c] = Math.max(max[c]!, full);
      min[c] = Math.max(min[c]!, Math.min(full, unbreakable + edges.pad));
    });
  }
  return { min, max };
}

/**
 * The share of its size a table's type is set at: 1 when its words fit `width`, less (down to
 * MIN_TABLE_SCALE) when they do not, as a typesetter sets a wide table smaller before splitting words.
 */
export function tableScale({ min }: ColumnBounds, width: number, pad: number): number {
  const minSum = min.reduce((a, b) => a + b, 0);
  if (minSum <= width) return 1;
  const pads = min.length * pad;
  return Math.max(MIN_TABLE_SCALE, (width - pads) / (minSum - pads));
}

/**
 * Like a browser's automatic table layout: every column gets at least its widest unbreakable piece
 * (a word, a number with its unit, a date), so no word is split while the page allows; the width
 * left over goes to the columns in proportion to how much more their longest cell wants. Only when
 * even the words do not fit do columns shrink below them (in proportion to their minimum, no
 * minimum above half the table), and the words that no longer fit are hyphenated.
 */
export function columnWidths({ min, max }: ColumnBounds, width: number): number[] {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const maxSum = sum(max);
  if (maxSum <= width) return max.map((m) => (m / maxSum) * width);
  const minSum = sum(min);
  if (minSum > width) {
    const capped = min.map((m) => Math.min(m, width * MAX_MIN_SHARE));
    const cappedSum = sum(capped);
    return capped.map((m) => (m / cappedSum) * width);
  }
  const want = max.map((m, c) => m - min[c]!);
  const wantSum = sum(want) || 1;
  return min.map((m, c) => m + (want[c]! / wantSum) * (width - minSum));
}
