import { describe, expect, test } from 'vitest';
import type { Document } from '../../../src/document/types.js';
import { faceFor } from '../../../src/render/pdf/fallback.js';
import { getFont, hasGlyph, loadedFaces } from '../../../src/render/pdf/fonts.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { defaultTheme } from '../../../src/theme/theme.js';

// This file runs in its own module registry (vitest isolates files), so the font cache starts empty.
const doc = (lang: string, text: string, footer: string): Document => ({
  meta: { title: 'T', author: 'A', lang, header: 'Plan', footer, date: new Date('2026-01-01T00:00:00Z') },
  blocks: [{ type: 'paragraph', spans: [{ text }] }],
});

describe('fonts are read lazily', () => {
  test('an English document reads only the Latin face', async () => {
    await renderPdf(doc('en', 'Record completeness 68% to 85%', 'Page {page} of {pages}'), defaultTheme);
    expect(loadedFaces().sort()).toEqual(['latin-regular']);
  });

  test('Korean inside Chinese loads KR without reading TC', async () => {
    await renderPdf(doc('zh-CN', '客户资料完整率 고객 기록', '第 {page} 页，共 {pages} 页'), defaultTheme);
    expect(loadedFaces().sort()).toEqual(['kr-regular', 'latin-regular', 'sc-regular']);
  });
});

describe('per-character fallback never leaves a missing glyph', () => {
  const mixed = '客户资料完整率 고객 기록 completeness 68% → 85%。「確認」說對嗎？这个说话为东 한글 ㄱㄴ 一二三 ①—…';
  for (const [lang, chain] of Object.entries(defaultTheme.pdfFallback)) {
    test(`${lang}: every character is drawn from a face that has it, in both weights`, () => {
      for (const weight of ['regular', 'bold'] as const) {
        for (const ch of mixed) {
          const cp = ch.codePointAt(0)!;
          if (cp <= 0x20) continue;
          const face = faceFor(cp, chain, weight);
          expect(hasGlyph(getFont(face, weight), cp), `${ch} in ${face}-${weight}`).toBe(true);
        }
      }
    });
  }

  test('the order follows the language: TC first for zh-TW, KR before SC for ko', () => {
    expect(faceFor('說'.codePointAt(0)!, defaultTheme.pdfFallback['zh-TW']!, 'regular')).toBe('tc');
    expect(faceFor('说'.codePointAt(0)!, defaultTheme.pdfFallback['zh-CN']!, 'regular')).toBe('sc');
    expect(faceFor('說'.codePointAt(0)!, defaultTheme.pdfFallback.ko!, 'regular')).toBe('kr');
    expect(faceFor('这'.codePointAt(0)!, defaultTheme.pdfFallback.ko!, 'regular')).toBe('sc');
  });

  test('the shortcut "SC and TC have no Hangul" holds for the installed fonts', () => {
    for (const face of ['sc', 'tc'] as const) {
      const f = getFont(face, 'regular');
      for (let cp = 0xac00; cp <= 0xd7a3; cp += 7) expect(f.font.hasGlyphForCodePoint(cp)).toBe(false);
      for (let cp = 0x1100; cp <= 0x11ff; cp++) expect(f.font.hasGlyphForCodePoint(cp)).toBe(false);
    }
  });
});
