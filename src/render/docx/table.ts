/**
 * Tables: a shaded, bold header row that Word repeats on every page the table runs onto, rows that
 * never split across pages, thin horizontal rules, and column widths worked out from the content.
 *
 * Why estimate widths: Word autofits columns itself, but LibreOffice, Google Docs and Pages lay a
 * table out from its grid alone. With an even grid, a goal column of long
 * sentences would wrap into a tall narrow strip next to half-empty "Result" and "%" columns. So we
 * do roughly what a browser's automatic table layout does, from estimated text widths, and fix the
 * layout to them so every reader shows the same table.
 */
import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type IBorderOptions } from 'docx';
import type { CellAlign, Span, TableBlock } from '../../document/types.js';
import type { Theme } from '../../theme/theme.js';
import { runs } from './inline.js';
import { hex, twip } from './xml.js';

/** Cell padding, in twips. */
const PAD = { left: 90, right: 90, top: 40, bottom: 40 };

export interface TableLook {
  /** Cell padding in twips. */
  pad: { top: number; left: number; bottom: number; right: number };
  /** Horizontal rules (top, bottom and between rows) as RRGGBB, or none. */
  rule: string | null;
  fixed: boolean;
}

export interface CellSpec {
  children: Paragraph[];
  shade?: string;
  middle?: boolean;
}

export interface RowSpec {
  cells: CellSpec[];
  /** A header row is repeated on every page the table runs onto. */
  header: boolean;
}

const NONE: IBorderOptions = { style: BorderStyle.NIL };

/** A table of `widths` (twips) whose rows never split across pages. */
export function gridTable(widths: readonly number[], rows: readonly RowSpec[], look: TableLook): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  const h: IBorderOptions = look.rule ? { style: BorderStyle.SINGLE, size: 4, space: 0, color: look.rule } : NONE;
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [...widths],
    borders: { top: h, left: NONE, bottom: h, right: NONE, insideHorizontal: h, insideVertical: NONE },
    ...(look.fixed ? { layout: TableLayoutType.FIXED } : {}),
    margins: { marginUnitType: WidthType.DXA, ...look.pad },
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          ...(row.header ? { tableHeader: true } : {}),
          children: row.cells.map(
            (c, i) =>
              new TableCell({
                width: { size: widths[i]!, type: WidthType.DXA },
                ...(c.shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: c.shade } } : {}),
                ...(c.middle ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
                children: c.children,
              }),
          ),
        }),
    ),
  });
}

const ALIGN: Record<CellAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };

export function table(block: TableBlock, theme: Theme, textWidth: number): Table {
  const columns = Math.max(block.header.length, ...block.rows.map((r) => r.length), 1);
  const widths = columnWidths(block, columns, theme.size.body * 0.95, twip(textWidth));
  const shade = hex(theme.colors.tableHeader);
  const row = (cells: readonly Span[][], header: boolean): RowSpec => ({
    header,
    cells: widths.map((_, c) => ({
      shade: header ? shade : undefined,
      children: [new Paragraph({ style: 'TableText', alignment: ALIGN[block.align[c] ?? 'left'], children: runs(cells[c] ?? [], { bold: header }) })],
    })),
  });
  const rows = [...(block.header.length ? [row(block.header, true)] : []), ...block.rows.map((r) => row(r, false))];
  // Fixed: Word uses these widths as they are, so the table looks the same in Word and LibreOffice.
  return gridTable(widths, rows, { pad: PAD, rule: hex(theme.colors.rule), fixed: true });
}

/** Han, kana, Hangul and full-width forms: about one em wide. */
const WIDE = /[\u1100-\u11FF\u2E80-\u303F\u3040-\u30FF\u3100-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
/** Scripts that may break between any two characters (Chinese, Japanese); Korean breaks at spaces. */
const BREAKS_ANYWHERE = /[\u2E80-\u303F\u3040-\u30FF\u3100-\u9FFF\uF900-\uFAFF\uFF00-\uFF60]/;

/** Width of text in em, roughly: CJK one em, Latin letters and digits a little over half. */
function ems(text: string): number {
  let w = 0;
  for (const ch of text) w += ch === ' ' ? 0.26 : WIDE.test(ch) ? 1 : /[A-Z]/.test(ch) ? 0.64 : /[mwMW@%]/.test(ch) ? 0.85 : 0.55;
  return w;
}

/** Cells up to this many em are kept on one line when the table can afford it. */
const SHORT = 5;

/** [width on one line, width of the widest piece that cannot be broken], in em. */
function measure(spans: readonly Span[], bold: boolean): [number, number] {
  const factor = bold ? 1.06 : 1;
  let widest = 0;
  let unbreakable = 0;
  const text = spans.map((s) => s.text).join('');
  for (const line of text.split('\n')) {
    const w = ems(line);
    widest = Math.max(widest, w);
    // A short cell ("達標月數", "85 分") reads badly broken, so keep it whole even where it could break.
    if (w <= SHORT) unbreakable = Math.max(unbreakable, w);
    for (const word of line.split(/\s+/)) {
      // In Chinese a line may break after any character; the widest non-CJK stretch is what cannot break.
      const pieces = BREAKS_ANYWHERE.test(word) ? word.split(BREAKS_ANYWHERE).concat('一') : [word];
      for (const p of pieces) unbreakable = Math.max(unbreakable, ems(p));
    }
  }
  return [widest * factor, unbreakable * factor];
}

/** Column widths in twips that add up to `available`. */
export function columnWidths(block: TableBlock, columns: number, size: number, available: number): number[] {
  const em = size * 20;
  const pad = PAD.left + PAD.right + 20;
  const max = new Array<number>(columns).fill(pad + em);
  const min = new Array<number>(columns).fill(pad + em);
  const visit = (cells: readonly Span[][], bold: boolean) =>
    cells.forEach((spans, c) => {
      if (c >= columns) return;
      const [w, u] = measure(spans, bold);
      max[c] = Math.max(max[c]!, pad + w * em);
      // One overlong word (a URL) may not claim more than 40% of the table; Word breaks it there.
      min[c] = Math.max(min[c]!, pad + Math.min(u * em, available * 0.4));
    });
  visit(block.header, true);
  for (const r of block.rows) visit(r, false);

  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const sMax = sum(max);
  const sMin = sum(min);
  let widths: number[];
  if (sMax <= available) widths = max.map((w) => (w * available) / sMax);
  else if (sMin >= available) widths = min.map((w) => (w * available) / sMin);
  else widths = min.map((lo, c) => lo + ((max[c]! - lo) * (available - sMin)) / (sMax - sMin));

  const out = widths.map((w) => Math.floor(w));
  // Rounding leftovers go to the widest column so the table is exactly the text width.
  const widestAt = out.indexOf(Math.max(...out));
  out[widestAt] = out[widestAt]! + (available - sum(out));
  return out;
}
