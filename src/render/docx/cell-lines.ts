/**
 * Table cells of a Chinese or Korean DOCX broken into lines where the PDF breaks them. Word and
 * LibreOffice fill a cell's lines greedily by their own rules, which allow a break between a digit
 * and the character after it ("2026年7|月") and at the space inside a Korean date ("2026년 | 12월");
 * the PDF's line breaker never breaks there. Setting the PDF's line ends as line breaks keeps each
 * date and number with its unit whole, with the columns the two formats share (table-columns.ts).
 * Each line fits its column as measured for the DOCX (with the space those readers add beside
 * digits), so a reader has no reason to break it again.
 */
import type { Span } from '../../document/types.js';
import { breakLines, breakOpportunities } from '../pdf/break-lines.js';
import type { Char } from '../pdf/shape-text.js';

/** Code points shapeSpans leaves out (presentation selectors, the zero-width joiner). */
const isDropped = (cp: number) => cp === 0xfe0e || cp === 0xfe0f || cp === 0x200d;

/**
 * `spans` with a newline at each of the PDF's line ends when their text, shaped per span as
 * `shaped` (one array of characters per span), takes more than one line of `width` points; as
 * given when it fits on one line, or when a line would end inside a word.
 */
export function cellLines(spans: readonly Span[], shaped: readonly (readonly Char[])[], width: number): Span[] {
  const chars = shaped.flat();
  // A column is its widest piece's width rounded down to a twip: a twentieth of a point of room.
  const lines = breakLines(chars, width + 0.05);
  if (lines.length < 2) return [...spans];
  // A line that ends where no break may fall (inside a word or number too wide for the column) is
  // left to the reader, whose own hyphenation does better than a break with no hyphen.
  const opportunities = breakOpportunities(chars);
  if (lines.some((l, i) => l.hyphen || (i > 0 && !opportunities[l.start]))) return [...spans];
  // Where each shaped character sits: its span and its offset in the span's text.
  const where: { span: number; at: number }[] = [];
  spans.forEach((span, s) => {
    let at = 0;
    for (const ch of span.text) {
      if (!isDropped(ch.codePointAt(0)!)) where.push({ span: s, at });
      at += ch.length;
    }
  });
  if (where.length !== chars.length) return [...spans];
  const out: Span[] = [];
  const lengthAt = (s: number, at: number) => (spans[s]!.text.codePointAt(at)! > 0xffff ? 2 : 1);
  /** Where a line ending with the character at `at` ends in the text: after it and any selector that goes with it. */
  const endAfter = (s: number, at: number) => {
    const text = spans[s]!.text;
    let end = at + lengthAt(s, at);
    while (end < text.length && isDropped(text.codePointAt(end)!)) end += lengthAt(s, end);
    return end;
  };
  lines.forEach((line, l) => {
    if (line.end <= line.start) return;
    const first = where[line.start]!;
    const last = where[line.end - 1]!;
    for (let s = first.span; s <= last.span; s++) {
      const { text, ...look } = spans[s]!;
      const piece = text.slice(s === first.span ? first.at : 0, s === last.span ? endAfter(s, last.at) : text.length);
      // A line after the first starts with the newline that runs() writes as a line break.
      const lineStart = l > 0 && s === first.span;
      if (piece || lineStart) out.push({ ...look, text: lineStart ? `\n${piece}` : piece });
    }
  });
  return out;
}
