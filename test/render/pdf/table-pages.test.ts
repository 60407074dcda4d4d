/** Where tables break across pages: never a short table, never one row alone, never after a group row. */
import { describe, expect, test } from 'vitest';
import type { Block, Document } from '../../../src/document/types.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { defaultTheme } from '../../../src/theme/theme.js';
import { pdfPageTexts } from '../../helpers/pdf-text.js';

const filler = (n: number): Block[] => Array.from({ length: n }, (_, i) => ({ type: 'paragraph', spans: [{ text: `Filler paragraph ${i}.` }] }));
const cell = (text: string, bold = false) => [{ text, ...(bold ? { bold } : {}) }];
const table = (rows: string[][], bold: (r: number) => boolean = () => false): Block => ({
  type: 'table',
  header: [cell('Name'), cell('Value')],
  rows: rows.map((r, i) => r.map((t) => cell(t, bold(i)))),
  align: ['left', 'right'],
});
const doc = (blocks: Block[]): Document => ({
  meta: { title: 'T', author: 'A', lang: 'en', header: '', footer: '{page}', date: new Date('2026-12-31T00:00:00Z') },
  blocks,
});
/** The page (0-based) each label is on. */
async function pagesOf(d: Document, labels: string[]): Promise<number[]> {
  const pages = await pdfPageTexts(await renderPdf(d, defaultTheme));
  return labels.map((l) => pages.findIndex((p) => p.includes(l)));
}

describe('tables across pages', () => {
  test('a short table is never split, wherever it falls', async () => {
    for (let n = 30; n <= 40; n++) {
      const at = await pagesOf(doc([...filler(n), table([['Row-A', '1'], ['Row-B', '2'], ['Row-C', '3']])]), ['Row-A', 'Row-B', 'Row-C']);
      expect(new Set(at).size, `${n} fillers: pages ${at.join(',')}`).toBe(1);
    }
  });
  test('a long table never leaves a single row on either page', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => [`Row-${i}-x`, String(i)]);
    for (let n = 25; n <= 40; n++) {
      const at = await pagesOf(doc([...filler(n), table(rows)]), rows.map((r) => r[0]!));
      const counts = new Map<number, number>();
      for (const p of at) counts.set(p, (counts.get(p) ?? 0) + 1);
      for (const [page, count] of counts) expect(count, `${n} fillers: page ${page} holds ${count} row`).toBeGreaterThanOrEqual(2);
    }
  });
  test('a group row (bold only) is never the last row of a page', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => [i % 3 === 0 ? `Group-${i}` : `Item-${i}`, i % 3 === 0 ? '' : String(i)]);
    for (let n = 25; n <= 40; n++) {
      const labels = rows.map((r) => r[0]!);
      const at = await pagesOf(doc([...filler(n), table(rows, (r) => r % 3 === 0)]), labels);
      rows.forEach((r, i) => {
        if (i % 3 === 0) expect(at[i + 1], `${n} fillers: ${r[0]} apart from the row after it`).toBe(at[i]);
      });
    }
  });
});
