import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, test } from 'vitest';
import type { Block, Document } from '../../../src/document/types.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { defaultTheme } from '../../../src/theme/theme.js';
import { pdfPageTexts, pdfText } from '../../helpers/pdf-text.js';
import { comparable } from '../../helpers/same-text.js';
import { contentStreams } from '../../helpers/pdf-streams.js';

const FOOTERS: Record<string, string> = { en: 'Page {page} of {pages}', 'zh-CN': '第 {page} 页，共 {pages} 页', 'zh-TW': '第 {page} 頁，共 {pages} 頁', ko: '{page} / {pages} 페이지' };
const meta = (lang: string, title = 'Work plan'): Document['meta'] => ({
  title,
  author: 'Ana Park',
  lang,
  header: `Running header ${lang}`,
  footer: FOOTERS[lang]!,
  date: new Date('2026-09-30T00:00:00Z'),
});
const para = (text: string): Block => ({ type: 'paragraph', spans: [{ text }] });

const SAMPLES: Record<string, string[]> = {
  en: ['Monthly work plan', 'Record completeness rose from 68% to 76%, still short of the 85% target.', 'Call back twenty customers'],
  'zh-CN': ['月度工作计划', '本月客户资料完整率从68%提升到76%，仍低于85%的目标。', '回访二十位资料不全的客户'],
  'zh-TW': ['月度工作計畫', '本月客戶資料完整率從68%提升到76%，仍低於85%的目標。', '回訪二十位資料不全的客戶'],
  ko: ['월간 업무 계획', '이번 달 고객 기록 완성도는 68%에서 76%로 올랐지만 목표인 85%에는 아직 미치지 못했습니다.', '고객 스무 명에게 다시 연락'],
};

/** Every kind of block, with the language's text in each. */
function fullDocument(lang: string): Document {
  const [title, body, item] = SAMPLES[lang]!;
  return {
    meta: meta(lang, title),
    blocks: [
      { type: 'heading', level: 1, spans: [{ text: title! }] },
      { type: 'paragraph', spans: [{ text: body! }, { text: ' bold', bold: true }, { text: ' italic', italic: true }, { text: ' code()', code: true }] },
      { type: 'heading', level: 2, spans: [{ text: `${title} 2` }] },
      { type: 'list', ordered: true, items: [[para(item!)], [para(`${item} B`), { type: 'list', ordered: false, items: [[para(`${item} nested`)]] }]] },
      { type: 'table', header: [[{ text: 'Metric' }], [{ text: 'Value' }]], rows: [[[{ text: item! }], [{ text: '76%' }]]], align: ['left', 'right'] },
      { type: 'progress', label: `${item} progress`, value: 0.47, caption: '76%', status: 'behind' },
      { type: 'chart', title: `${title} chart`, labels: ['1', '2', '3'], values: [60, null, 76], target: 85, unit: '%' },
      { type: 'quote', blocks: [para(`${body} quoted`)] },
      { type: 'code', text: 'const answer = 42;' },
      { type: 'rule' },
      { type: 'pagebreak' },
      { type: 'heading', level: 3, spans: [{ text: `${title} 3` }] },
      para(`${body} after the break`),
    ],
  };
}

describe('text copies out of the PDF', () => {
  for (const lang of Object.keys(SAMPLES)) {
    test(`${lang}: every block's text, header and footer on each page`, async () => {
      const doc = fullDocument(lang);
      const pages = await pdfPageTexts(await renderPdf(doc, defaultTheme));
      expect(pages).toHaveLength(2);
      const all = comparable(pages.join('\n'));
      const [title, body, item] = SAMPLES[lang]!;
      for (const t of [title!, body!, `${body} bold italic code()`, `${item} B`, `${item} nested`, `${item} progress`, `${title} chart`, `${body} quoted`, 'const answer = 42;', `${body} after the break`, '85%']) {
        expect(all).toContain(comparable(t));
      }
      pages.forEach((text, i) => {
        expect(comparable(text)).toContain(comparable(`Running header ${lang}`));
        expect(comparable(text)).toContain(comparable(FOOTERS[lang]!.replace('{page}', String(i + 1)).replace('{pages}', '2')));
      });
    });
  }

  test('a mixed Chinese / Korean / Latin line', async () => {
    const line = '客户资料完整率 고객 기록 completeness 68% → 85%';
    for (const lang of ['zh-CN', 'ko', 'en']) {
      const text = await pdfText(await renderPdf({ meta: meta(lang), blocks: [para(line)] }, defaultTheme));
      expect(text).toContain(line);
    }
  });
});

describe('file structure', () => {
  test('every font is an embedded subset (ABCDEF+Name with a font file)', async () => {
    const raw = (await renderPdf(fullDocument('ko'), defaultTheme)).toString('latin1');
    const names = [...raw.matchAll(/\/FontName \/(\S+)/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) expect(name).toMatch(/^[A-Z]{6}\+NotoSans/);
    expect(raw.match(/\/FontFile2 /g)).toHaveLength(names.length);
  });

  test('metadata: title, author, language, creator and fixed dates', async () => {
    const buf = await renderPdf(fullDocument('zh-CN'), defaultTheme);
    const pdf = await getDocument({ data: new Uint8Array(buf), verbosity: 0 }).promise;
    const info = (await pdf.getMetadata()).info as Record<string, unknown>;
    await pdf.destroy();
    expect(info).toMatchObject({ Title: '月度工作计划', Author: 'Ana Park', Creator: 'workplan', Producer: 'workplan', Language: 'zh-CN' });
    expect(info.CreationDate).toBe('D:20260930000000Z');
  });

  test('the same Document gives the same bytes, also as a copy and after other documents', async () => {
    const doc = fullDocument('zh-TW');
    const a = await renderPdf(doc, defaultTheme);
    await renderPdf(fullDocument('ko'), defaultTheme);
    const b = await renderPdf(structuredClone(doc), defaultTheme);
    const c = await renderPdf(doc, defaultTheme);
    expect(b.equals(a)).toBe(true);
    expect(c.equals(a)).toBe(true);
  });
});

describe('pages', () => {
  test('a long table spans pages, repeating its header row on each, with "of N" in every footer', async () => {
    const rows = Array.from({ length: 70 }, (_, i) => [[{ text: `row-${i + 1}` }], [{ text: '客户资料完整率 '.repeat(1 + (i % 4)) }], [{ text: `${i}%` }]]);
    const table: Block = { type: 'table', header: [[{ text: 'ColumnOne' }], [{ text: '项目说明' }], [{ text: 'Share' }]], rows, align: ['left', 'left', 'right'] };
    const pages = await pdfPageTexts(await renderPdf({ meta: meta('en'), blocks: [para('Before the table'), table] }, defaultTheme));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((text, i) => {
      expect(text).toContain('ColumnOne');
      expect(text).toContain('项目说明');
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    // Every row once, in order.
    const all = pages.join('\n');
    const seen = [...all.matchAll(/row-(\d+)/g)].map((m) => Number(m[1]));
    expect(seen).toEqual(rows.map((_, i) => i + 1));
  });

  test('a heading is never the last line of a page, wherever it falls', async () => {
    for (let n = 36; n <= 44; n++) {
      const filler = Array.from({ length: n }, (_, i) => para(`Filler ${i}`));
      const blocks: Block[] = [...filler, { type: 'heading', level: 2, spans: [{ text: 'KeptHeading' }] }, para('First line after heading. '.repeat(12))];
      const pages = await pdfPageTexts(await renderPdf({ meta: meta('en'), blocks }, defaultTheme));
      const page = pages.find((p) => p.includes('KeptHeading'))!;
      expect(comparable(page), `${n} fillers`).toContain(comparable('First line after heading. First line after heading.'));
    }
  });
});

describe('graphics are vectors', () => {
  const chart = (values: (number | null)[]): Document => ({ meta: meta('en'), blocks: [{ type: 'chart', title: 'C', labels: values.map((_, i) => String(i + 1)), values, target: 4, unit: '%' }] });
  const lineTos = (buf: Buffer) => contentStreams(buf).join('\n').match(/ l\n/g)?.length ?? 0;

  test('a null month is a gap in the line, not a zero', async () => {
    const full = lineTos(await renderPdf(chart([1, 2, 3, 4, 5]), defaultTheme));
    const gap = lineTos(await renderPdf(chart([1, 2, null, 4, 5]), defaultTheme));
    // 1-2-3-4-5 has four segments; 1-2 and 4-5 have two. Grid and axes are the same in both.
    expect(full - gap).toBe(2);
  });

  test('the target is dashed and the progress bar is drawn as shapes, clamped to its track', async () => {
    const bars: Block[] = [1.7, -0.2, Number.NaN, 0.5].map((value) => ({ type: 'progress', label: 'L', value, caption: 'c', status: 'met' }));
    const content = contentStreams(await renderPdf({ meta: meta('en'), blocks: [...chart([1, 2]).blocks, ...bars] }, defaultTheme)).join('\n');
    expect(content).toMatch(/\[4 3\] 0 d/);
    expect(content).not.toMatch(/NaN/);
  });
});
