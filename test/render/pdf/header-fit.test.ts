import { expect, test } from 'vitest';
import { headerThatFits } from '../../../src/render/pdf/page-furniture.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { defaultTheme } from '../../../src/theme/theme.js';
import { pdfPageTexts } from '../../helpers/pdf-text.js';

test('whole parts are dropped from the end until the header fits, never a part cut in two', () => {
  const header = 'Acme Support Ltd · Sam Taylor · Service Desk · Monthly work plan · September 2026';
  const within = (n: number) => (text: string) => text.length <= n;
  expect(headerThatFits(header, within(200))).toBe(header);
  expect(headerThatFits(header, within(65))).toBe('Acme Support Ltd · Sam Taylor · Service Desk · Monthly work plan');
  expect(headerThatFits(header, within(60))).toBe('Acme Support Ltd · Sam Taylor · Service Desk');
  // The first part is kept even when it alone is too long: the page then cuts its line.
  expect(headerThatFits(header, within(5))).toBe('Acme Support Ltd');
});

test('a header too long for the page loses its last parts whole in the PDF', async () => {
  const long = '华东区域客户服务中心第二呼叫中心 · 李娜 · 服务台一组 · 月度工作计划 · 2026年9月';
  const meta = { title: 'T', author: 'A', lang: 'zh-CN', header: long, footer: '{page}', date: new Date('2026-09-01T00:00:00Z') };
  const narrow = { ...defaultTheme, page: { ...defaultTheme.page, margin: { ...defaultTheme.page.margin, left: 170, right: 170 } } };
  const [page] = await pdfPageTexts(await renderPdf({ meta, blocks: [{ type: 'paragraph', spans: [{ text: 'Body' }] }] }, narrow));
  const lines = page!.split('\n').map((line) => line.replace(/\s+/g, ''));
  // 595pt less 340pt of margins leaves 255pt, 30 ideographs of 8.5pt: the first three parts take
  // about 26, the kind of document would need 7 more.
  expect(lines).toContain('华东区域客户服务中心第二呼叫中心·李娜·服务台一组');
  expect(page).not.toContain('月度');
});
