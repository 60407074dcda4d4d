/**
 * The quarter em between Han (and, for the DOCX's measure, Hangul) and Latin letters or digits: a
 * suffix mark such as % belongs to its number, so the space comes after it, as Word and
 * LibreOffice set it; the space is room, never a character, so text copies out as written.
 */
import { describe, expect, test } from 'vitest';
import type { Document } from '../../../src/document/types.js';
import { isHangul, isIdeographic } from '../../../src/document/script.js';
import { addCjkLatinSpace } from '../../../src/render/pdf/cjk-latin-space.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { shapeSpans } from '../../../src/render/pdf/shape-text.js';
import { defaultTheme } from '../../../src/theme/theme.js';
import { contentStreams } from '../../helpers/pdf-streams.js';

/** The gap after each character of `text` at 10 pt with a quarter em: 2.5 where a space goes. */
function gaps(text: string, lang: string, isAsian?: (cp: number) => boolean): string {
  const chars = shapeSpans([{ text }], defaultTheme.pdfFallback[lang]!, { size: 10 });
  addCjkLatinSpace(chars, 0.25, isAsian);
  // The text with a "␣" where the space is added.
  return chars.map((c) => c.ch + (c.gap === 2.5 ? '␣' : c.gap === 0 ? '' : `(${c.gap})`)).join('');
}

describe('a trailing % and its number', () => {
  test('zh-CN: 80% and 90% are spaced from the Han text on both sides', () => {
    expect(gaps('资料完整率80%是底线，满意度从88%提高到90%。', 'zh-CN')).toBe('资料完整率␣80%␣是底线，满意度从␣88%␣提高到␣90%。');
  });

  test('zh-TW: also after C++ and C#, but not after a % with no number before it', () => {
    expect(gaps('達到95%以上，學習C++與C#課程，百分號%的寫法', 'zh-TW')).toBe('達到␣95%␣以上，學習␣C++␣與␣C#␣課程，百分號%的寫法');
  });

  test('ko, as the DOCX measures what Word and LibreOffice add (Hangul counts): 85%입니다 gets the space after %', () => {
    const asian = (cp: number) => isIdeographic(cp) || isHangul(cp);
    expect(gaps('목표는 85%입니다', 'ko', asian)).toBe('목표는 85%␣입니다');
  });

  test('the PDF draws no character for the space: one glyph a character, in runs that end at each space', async () => {
    const text = '资料完整率从68%提升到80%是底线';
    const doc: Document = {
      meta: { title: 'T', author: 'A', lang: 'zh-CN', header: '', footer: '{page}', date: new Date('2026-09-30T00:00:00Z') },
      blocks: [{ type: 'paragraph', spans: [{ text }] }],
    };
    const ops = contentStreams(await renderPdf(doc, defaultTheme)).join('\n');
    const line = ops.split('\nBT\n')[1]!;
    // Every glyph is four hex digits; one run per face, each ending where a space is added (after 从, %, 到, %).
    const runs = [...line.matchAll(/<([0-9a-f]*)> Tj/g)].map((m) => m[1]!.length / 4);
    expect(runs).toEqual([6, 3, 3, 3, 3]);
    expect(runs.reduce((a, b) => a + b)).toBe([...text].length);
  });
});
