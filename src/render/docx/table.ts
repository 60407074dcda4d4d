/**
 * Tables: a shaded, bold header row that Word repeats on every page the table runs onto, rows that
 * never split across pages, thin horizontal rules, and column widths worked out from the content.
 *
 * Why work out widths: Word autofits columns itself, but LibreOffice, Google Docs and Pages lay a
 * table out from its grid alone. With an even grid, a goal column of long sentences would wrap
 * into a tall narrow strip next to half-empty "Result" and "%" columns, and a narrow column would
 * split a word (LibreOffice broke "1,46|0" in a summary). So the widths are the PDF's, from the
 * text measured in the embedded faces, and the layout is fixed to them so every reader shows the
 * same table.
 */
import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type IBorderOptions } from 'docx';
import type { CellAlign, Span, TableBlock } from '../../document/types.js';
import type { Theme } from '../../theme/theme.js';
import { isHangul, isIdeographic } from '../../document/script.js';
import { addCjkLatinSpace } from '../pdf/cjk-latin-space.js';
import { fontChain, punctuationChain } from '../pdf/fallback.js';
import { shapeSpans, type Char } from '../pdf/shape-text.js';
import { cellLines } from './cell-lines.js';
import { columnBounds, columnWidths as columnWidthsIn, KEEP_WHOLE_EM, tableScale } from '../table-columns.js';
import { runs } from './inline.js';
import { hex, twip } from './xml.js';

/** Cell padding, in twips. */
const PAD = { left: 90, right: 90, top: 40, bottom: 40 };
/**
 * Room beside a cell's text in points: the padding and 3 pt of slack. LibreOffice needs more than
 * the text's advance: a bold "Baseline" (41.96 pt) broke as "Baselin|e" in a column that left it
 * 42.95 pt; with 3 pt no word of the samples breaks (scripts/check-word-breaks.mjs).
 */
const EDGE_PAD = (PAD.left + PAD.right) / 20 + 3;

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

export function table(block: TableBlock, theme: Theme, textWidth: number, lang: string): Table {
  const columns = Math.max(block.header.length, ...block.rows.map((r) => r.length), 1);
  const { widths, size, shaped } = columnWidths(block, columns, theme.size.body * 0.95, twip(textWidth), theme, lang);
  // Only a table set smaller than the TableText style carries its own size.
  const extras = size < theme.size.body * 0.95 ? { size } : {};
  const shade = hex(theme.colors.tableHeader);
  // In Chinese and Korean, a cell's lines end where the PDF ends them (cell-lines.ts), found from
  // the cells as the columns were measured: `shaped` is header first, then the rows.
  const breakLikePdf = EAST_ASIAN.test(lang);
  const row = (cells: readonly Span[][], header: boolean, r: number): RowSpec => ({
    header,
    cells: widths.map((_, c) => {
      const spans = cells[c] ?? [];
      const lined = breakLikePdf ? cellLines(spans, shaped[r]![c]!, widths[c]! / 20 - EDGE_PAD) : spans;
      return {
        shade: header ? shade : undefined,
        children: [new Paragraph({ style: 'TableText', alignment: ALIGN[block.align[c] ?? 'left'], children: runs(lined, { ...extras, bold: header }) })],
      };
    }),
  });
  const first = block.header.length ? 1 : 0;
  const rows = [...(first ? [row(block.header, true, 0)] : []), ...block.rows.map((cells, i) => row(cells, false, first + i))];
  // Fixed: Word uses these widths as they are, so the table looks the same in Word and LibreOffice.
  return gridTable(widths, rows, { pad: PAD, rule: hex(theme.colors.rule), fixed: true });
}

/**
 * Word and LibreOffice put space between Asian text and Latin letters or digits next to it on their
 * own (autoSpaceDE/autoSpaceDN, on unless turned off): LibreOffice about a fifth of an em. A column
 * measured without it was too narrow for "2027年1月起" by that much, and LibreOffice broke the date
 * ("2027年1|月起"); measured with a quarter em, the date fits as in the PDF.
 */
const AUTO_SPACE = 0.25;
const isAsian = (cp: number) => isIdeographic(cp) || isHangul(cp);
const EAST_ASIAN = /^(zh|ko)\b/;

/**
 * A cell's text shaped span by span in the faces the document embeds, with the space Word and
 * LibreOffice add between Asian text and digits: what the columns are measured with, and where
 * cell-lines.ts ends a cell's lines.
 */
function cellShaper(theme: Theme, lang: string): (spans: readonly Span[], size: number, bold: boolean) => Char[][] {
  const chain = fontChain(theme, lang);
  const punctuation = punctuationChain(chain, theme.pdfPunctuationFace?.[lang]);
  return (spans, size, bold) => {
    const shaped = spans.map((span) => shapeSpans([span], chain, { size, bold }, punctuation));
    addCjkLatinSpace(shaped.flat(), AUTO_SPACE, isAsian);
    return shaped;
  };
}

/**
 * Column widths in twips that add up to `available` (twips), and the type size (points) the table
 * is set at: its text measured with the faces the document embeds (Noto, drawn from the same chain
 * as the PDF), so a word fits its column in any reader that uses those faces, and the same widths
 * as the PDF's table. A table whose words do not fit is set smaller, as in the PDF.
 */
export function columnWidths(block: TableBlock, columns: number, size: number, available: number, theme: Theme, lang: string): { widths: number[]; size: number; shaped: Char[][][][] } {
  const shapeCell = cellShaper(theme, lang);
  const measure = (at: number) => {
    const shape = (cells: readonly Span[][], bold: boolean) => Array.from({ length: columns }, (_, c) => shapeCell(cells[c] ?? [], at, bold));
    const shaped = [...(block.header.length ? [shape(block.header, true)] : []), ...block.rows.map((r) => shape(r, false))];
    const bounds = columnBounds(
      shaped.map((row) => row.map((spans) => spans.flat())),
      columns,
      { pad: EDGE_PAD, min: EDGE_PAD + at, keepWhole: KEEP_WHOLE_EM * at },
    );
    return { bounds, shaped };
  };
  const width = available / 20;
  let { bounds, shaped } = measure(size);
  const scale = tableScale(bounds, width, EDGE_PAD);
  if (scale < 1) {
    size *= scale;
    ({ bounds, shaped } = measure(size));
  }
  const out = columnWidthsIn(bounds, width).map((w) => Math.floor(w * 20));
  // Rounding leftovers go to the widest column so the table is exactly the text width.
  const widestAt = out.indexOf(Math.max(...out));
  out[widestAt] = out[widestAt]! + (available - out.reduce((a, b) => a + b, 0));
  // The cells as measured at `size`, row by row (header first), span by span: where cell-lines.ts
  // ends their lines, without shaping them again.
  return { widths: out, size, shaped };
}
