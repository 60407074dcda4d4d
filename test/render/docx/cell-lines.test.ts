/** A DOCX table cell broken into lines where the PDF's line breaker ends them (cell-lines.ts). */
import { describe, expect, test } from 'vitest';
import type { Span } from '../../../src/document/types.js';
import { cellLines } from '../../../src/render/docx/cell-lines.js';
import { fontChain } from '../../../src/render/pdf/fallback.js';
import { shapeSpans, textWidth } from '../../../src/render/pdf/shape-text.js';
import { defaultTheme } from '../../../src/theme/theme.js';

const chain = fontChain(defaultTheme, 'zh-CN');
const shape = (spans: Span[]) => spans.map((s) => shapeSpans([s], chain, { size: 10, bold: false }));
const widthOf = (text: string) => textWidth(shapeSpans([{ text }], chain, { size: 10, bold: false }));

describe('cellLines', () => {
  test('text that fits is left as it is', () => {
    const spans = [{ text: '86% · 2026年12月' }];
    expect(cellLines(spans, shape(spans), widthOf('86% · 2026年12月') + 1)).toEqual(spans);
  });

  test('a value and its month: the break goes after the separator, never inside the date', () => {
    const spans = [{ text: '86% · 2026年12月' }];
    // Room for "86% · 2026年12" but not the whole: a greedy reader would break before 月.
    const width = widthOf('86% · 2026年12') + 0.5;
    expect(cellLines(spans, shape(spans), width)).toEqual([{ text: '86% ·' }, { text: '\n2026年12月' }]);
  });

  test('bold and plain spans keep their look on each side of a break, and emoji selectors stay in the text', () => {
    const spans: Span[] = [{ text: '完成', bold: true }, { text: '✨\ufe0f 2026年12月底' }];
    const width = widthOf('2026年12月底') + 0.5;
    const lines = cellLines(spans, shape(spans), width);
    expect(lines.map((s) => s.text).join('')).toBe('完成✨\ufe0f\n2026年12月底');
    expect(lines[0]).toEqual({ text: '完成', bold: true });
    expect(lines.slice(1).every((s) => !s.bold)).toBe(true);
  });

  test('a piece too wide for the column is left to the reader (no break with no hyphen)', () => {
    const spans = [{ text: '1234567890' }];
    expect(cellLines(spans, shape(spans), widthOf('12345'))).toEqual(spans);
  });
});
