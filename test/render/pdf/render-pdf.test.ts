import { describe, expect, test } from 'vitest';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { defaultTheme } from '../../../src/theme/theme.js';
import type { Document } from '../../../src/document/types.js';
import { pdfPages, pdfText } from '../../helpers/pdf-text.js';
import { comparable } from '../../helpers/same-text.js';

const meta = (lang: string): Document['meta'] => ({ title: 'T', author: 'A', lang, header: 'Header text', footer: 'Page {page} of {pages}', date: new Date('2026-09-01T00:00:00Z') });

describe('PDF back end', () => {
  test('text in every language copies out of the PDF', async () => {
    const lines = ['Monthly work plan', '客户资料完整率从68%提高到85%', '客戶資料完整率', '고객 정보 완성도', '客户资料完整率 고객 기록 completeness 68% → 85%'];
    const pdf = await renderPdf({ meta: meta('zh-CN'), blocks: lines.map((text) => ({ type: 'paragraph', spans: [{ text }] })) }, defaultTheme);
    const text = comparable(await pdfText(pdf));
    for (const l of lines) expect(text).toContain(comparable(l));
  });

  test('fonts are embedded as subsets (ABCDEF+Name)', async () => {
    const pdf = await renderPdf({ meta: meta('ko'), blocks: [{ type: 'paragraph', spans: [{ text: '고객 客户 Record', bold: true }] }] }, defaultTheme);
    const names = [...pdf.toString('latin1').matchAll(/\/BaseFont \/([A-Z]{6})\+([\w-]+)/g)].map((m) => m[2]);
    expect(names).toEqual(expect.arrayContaining(['NotoSansKR-Bold', 'NotoSans-Bold']));
    expect(pdf.toString('latin1')).not.toMatch(/\/BaseFont \/(?![A-Z]{6}\+)/);
  });

  test('a long table continues on the next pages with its header row repeated', async () => {
    const rows = Array.from({ length: 90 }, (_, i) => [[{ text: `Row ${i + 1}` }], [{ text: '客户资料完整率 '.repeat(1 + (i % 3)) }]]);
    const pdf = await renderPdf({ meta: meta('zh-CN'), blocks: [{ type: 'table', header: [[{ text: 'HeaderA' }], [{ text: 'HeaderB' }]], rows, align: ['left', 'left'] }] }, defaultTheme);
    const pages = await pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    const text = await pdfText(pdf);
    expect(text.match(/HeaderA/g)).toHaveLength(pages);
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  test('a heading is never the last thing on a page', async () => {
    const filler = Array.from({ length: 38 }, (_, i) => ({ type: 'paragraph' as const, spans: [{ text: `Filler line ${i}` }] }));
    const pdf = await renderPdf({ meta: meta('en'), blocks: [...filler, { type: 'heading', level: 2, spans: [{ text: 'KeptHeading' }] }, { type: 'paragraph', spans: [{ text: 'Body after heading' }] }] }, defaultTheme);
    const pages = (await pdfText(pdf)).split(/Page \d of \d/);
    const withHeading = pages.find((p) => p.includes('KeptHeading'))!;
    expect(withHeading).toContain('Body after heading');
  });

  test('same Document, same bytes', async () => {
    const doc: Document = { meta: meta('zh-TW'), blocks: [{ type: 'paragraph', spans: [{ text: '客戶資料完整率 Record' }] }, { type: 'progress', label: 'x', value: 0.4, caption: '40%', status: 'on-track' }] };
    const a = await renderPdf(doc, defaultTheme);
    await renderPdf({ ...doc, blocks: [{ type: 'paragraph', spans: [{ text: 'something else 고객' }] }] }, defaultTheme);
    const b = await renderPdf(doc, defaultTheme);
    expect(a.equals(b)).toBe(true);
  });
});
