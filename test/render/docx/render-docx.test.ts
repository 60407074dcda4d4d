import { describe, expect, test } from 'vitest';
import JSZip from 'jszip';
import { renderDocx } from '../../../src/render/docx/index.js';
import { defaultTheme } from '../../../src/theme/theme.js';
import type { Document } from '../../../src/document/types.js';
import { docxText, docxXml } from '../../helpers/docx-text.js';

const meta = (lang: string): Document['meta'] => ({ title: 'T', author: 'A', lang, header: 'Header text', footer: '第 {page} 页，共 {pages} 页', date: new Date('2026-09-01T00:00:00Z') });
const doc = (lang: string): Document => ({
  meta: meta(lang),
  blocks: [
    { type: 'heading', level: 1, spans: [{ text: '月度工作计划' }] },
    { type: 'paragraph', spans: [{ text: '客户资料完整率 ' }, { text: '고객', bold: true }, { text: ' Record' }] },
    { type: 'table', header: [[{ text: '指标' }], [{ text: '目标' }]], rows: [[[{ text: '完整率' }], [{ text: '85%' }]]], align: ['left', 'right'] },
    { type: 'list', ordered: true, items: [[{ type: 'paragraph', spans: [{ text: '第一' }] }], [{ type: 'paragraph', spans: [{ text: '第二' }] }]] },
    { type: 'progress', label: '完整率', value: 0.47, caption: '47%', status: 'behind' },
    { type: 'chart', title: '完整率', labels: ['1', '2', '3'], values: [70, null, 76], target: 85, unit: '%' },
  ],
});

describe('DOCX back end', () => {
  test('text round-trips, headings use Word styles, tables repeat their header row', async () => {
    const buf = await renderDocx(doc('zh-CN'), defaultTheme);
    const text = await docxText(buf);
    for (const t of ['月度工作计划', '客户资料完整率 고객 Record', '指标', '85%', '第一', '47%']) expect(text).toContain(t);
    const xml = await docxXml(buf);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:numPr>');
  });

  test('East Asian font and language are set for the locale', async () => {
    for (const [lang, font, tag] of [['zh-CN', 'Noto Sans SC', 'zh-CN'], ['zh-TW', 'Noto Sans TC', 'zh-TW'], ['ko', 'Noto Sans KR', 'ko-KR']] as const) {
      const styles = await docxXml(await renderDocx(doc(lang), defaultTheme), 'word/styles.xml');
      expect(styles).toContain(`w:eastAsia="${font}"`);
      expect(styles).toContain(`w:eastAsia="${tag}"`);
    }
  });

  test('progress bars and charts are embedded as SVG with a PNG fallback', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(doc('en'), defaultTheme));
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    expect(media.filter((n) => n.endsWith('.svg'))).toHaveLength(2);
    expect(media.filter((n) => n.endsWith('.png'))).toHaveLength(2);
  });

  test('every PNG fallback has at least 200 pixels to the inch at the size it is placed', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(doc('en'), defaultTheme));
    const xml = await zip.file('word/document.xml')!.async('string');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const target = (id: string) => rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))![1]!;
    const placed = [...xml.matchAll(/<wp:extent cx="(\d+)"[\s\S]*?<a:blip r:embed="(rId\d+)"/g)].map(([, cx, id]) => ({ inches: Number(cx) / 914_400, png: `word/${target(id!)}` }));
    expect(placed).toHaveLength(2);
    const ppi: number[] = [];
    for (const { inches, png } of placed) {
      expect(png).toMatch(/\.png$/);
      const bytes = await zip.file(png)!.async('nodebuffer');
      ppi.push(bytes.readUInt32BE(16) / inches); // IHDR width
    }
    // The chart is placed 480 pt (6.67 in) wide, its PNG 1,344 px: 201.6 ppi (it was 108).
    expect(ppi.map((v) => Math.round(v * 10) / 10)).toContain(201.6);
    for (const v of ppi) expect(v).toBeGreaterThanOrEqual(200);
  });

  test('the footer carries live PAGE and NUMPAGES fields', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(doc('zh-CN'), defaultTheme));
    const footer = await zip.file(Object.keys(zip.files).find((n) => /word\/footer\d*\.xml/.test(n))!)!.async('string');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(footer).toContain('第 ');
  });

  test('same Document, same bytes, even after other documents in the same process', async () => {
    const a = await renderDocx(doc('ko'), defaultTheme);
    await renderDocx(doc('en'), defaultTheme);
    const b = await renderDocx(doc('ko'), defaultTheme);
    expect(a.equals(b)).toBe(true);
  });
});
