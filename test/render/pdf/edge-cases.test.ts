import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, test } from 'vitest';
import type { Block, Document } from '../../../src/document/types.js';
import { applyShortcuts } from '../../../src/render/pdf/fontkit-shortcuts.js';
import { fontPath } from '../../../src/render/pdf/fonts.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { defaultTheme } from '../../../src/theme/theme.js';
import { pdfPageTexts } from '../../helpers/pdf-text.js';

const doc = (blocks: Block[], lang = 'en'): Document => ({
  meta: { title: 'T', author: 'A', lang, header: 'H', footer: 'Page {page} of {pages}', date: new Date('2026-01-01T00:00:00Z') },
  blocks,
});

describe('awkward input still gives a sound PDF', () => {
  test('no blocks: one page with its header and footer', async () => {
    const pages = await pdfPageTexts(await renderPdf(doc([]), defaultTheme));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Page 1 of 1');
  });

  test('empty spans, empty table, chart without values, unknown language, a page-long code block', async () => {
    const blocks: Block[] = [
      { type: 'paragraph', spans: [] },
      { type: 'heading', level: 4, spans: [{ text: '' }] },
      { type: 'table', header: [[{ text: 'Only header' }]], rows: [], align: [] },
      { type: 'chart', title: 'Empty', labels: [], values: [], target: null, unit: '' },
      { type: 'chart', title: 'All gaps', labels: ['1', '2'], values: [null, null], target: 3, unit: ' 分' },
      { type: 'list', ordered: true, items: [[], [{ type: 'paragraph', spans: [{ text: 'second' }] }]] },
      { type: 'code', text: Array.from({ length: 120 }, (_, i) => `\tline ${i}`).join('\n') },
      { type: 'quote', blocks: Array.from({ length: 60 }, (_, i) => ({ type: 'paragraph', spans: [{ text: `quoted paragraph ${i}` }] }) as Block) },
    ];
    const pages = await pdfPageTexts(await renderPdf(doc(blocks, 'fr'), defaultTheme));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const all = pages.join('\n');
    for (const t of ['Only header', 'All gaps', 'second', 'line 0', 'line 119', 'quoted paragraph 59']) expect(all).toContain(t);
  });

  test('a word far wider than the page is split, not lost', async () => {
    const word = 'x'.repeat(400);
    const text = (await pdfPageTexts(await renderPdf(doc([{ type: 'paragraph', spans: [{ text: word }] }]), defaultTheme))).join('');
    expect(text.replace(/\s/g, '')).toContain(word);
  });
});

describe('fontkit shortcuts', () => {
  test('a subset built with them is byte-identical to one built by fontkit alone', () => {
    for (const path of [fontPath('latin', 'bold'), fontPath('kr', 'regular')]) {
      const file = readFileSync(path);
      const plain = fontkit.create(file);
      const quick = fontkit.create(file);
      applyShortcuts(quick, file);
      const a = plain.createSubset();
      const b = quick.createSubset();
      for (const ch of '고객 기록 Record completeness 68% → 85% ﬁ é') {
        a.includeGlyph(plain.glyphForCodePoint(ch.codePointAt(0)!).id);
        b.includeGlyph(quick.glyphForCodePoint(ch.codePointAt(0)!).id);
      }
      expect(Buffer.from(b.encode()).equals(Buffer.from(a.encode()))).toBe(true);
    }
  });
});
