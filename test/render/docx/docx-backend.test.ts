/**
 * The DOCX back end on its own: Document in, DOCX bytes out, read back with jszip. Covers text in
 * four languages, Word styles, fonts and language tags, tables, pictures, page furniture, and
 * byte-for-byte determinism (in this process and in another one, in another time zone).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import { chartPicture } from '../../../src/render/docx/chart-image.js';
import { columnWidths } from '../../../src/render/docx/table.js';
import { fontChain, punctuationChain } from '../../../src/render/pdf/fallback.js';
import { shapeSpans, textWidth } from '../../../src/render/pdf/shape-text.js';
import { STAND_IN_LENGTH, StandIns } from '../../../src/render/docx/stand-ins.js';
import { entryData, readZip } from '../../../src/render/docx/zip-entries.js';
import { defaultTheme } from '../../../src/theme/theme.js';
import type { ChartBlock, Document } from '../../../src/document/types.js';
import { docxParts, docxText, docxXml } from '../../helpers/docx-text.js';
import { samples } from './documents.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const rendered = new Map<string, Buffer>();
const render = (doc: Document) => renderDocx(doc, defaultTheme);

beforeAll(async () => {
  for (const [name, s] of Object.entries(samples)) rendered.set(name, await render(s.doc));
});
const buf = (name: string) => rendered.get(name)!;

describe.each(Object.keys(samples) as (keyof typeof samples)[])('text round trip: %s', (name) => {
  test('every paragraph, table cell and list item comes back, in order', async () => {
    const lines = (await docxText(buf(name))).split('\n').filter((l) => l.trim() !== '');
    expect(lines).toEqual(samples[name].lines.flatMap((l) => l.split('\n')));
  });
});

describe('Word styles, fonts and language', () => {
  test('headings use the built-in Heading 1-4 styles, themed, with keepNext', async () => {
    const doc = await docxXml(buf('en'));
    for (const level of [1, 2, 3, 4]) expect(doc).toContain(`<w:pStyle w:val="Heading${level}"/>`);
    const styles = await docxXml(buf('en'), 'word/styles.xml');
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4']) {
      const style = styles.match(new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">[\\s\\S]*?</w:style>`))?.[0] ?? '';
      expect(style, id).toContain('<w:keepNext/>');
    }
    // Outline levels put the headings in Word's navigation pane and a PDF export's bookmarks.
    for (const level of [1, 2, 3, 4]) {
      const style = styles.match(new RegExp(`<w:style w:type="paragraph" w:styleId="Heading${level}">[\\s\\S]*?</w:style>`))![0];
      expect(style).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
    }
    expect(styles.match(/<w:style w:type="paragraph" w:styleId="Title">[\s\S]*?<\/w:style>/)![0]).not.toContain('outlineLvl');
    const h1 = styles.match(/<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<\/w:style>/)![0];
    expect(h1).toContain(`<w:sz w:val="${defaultTheme.size.h1 * 2}"/>`);
    expect(h1).toContain(`<w:color w:val="${defaultTheme.colors.accent.slice(1).toUpperCase()}"/>`);
    expect(styles).toContain('w:styleId="Normal"');
  });

  // Latin text in a Chinese or Korean document is marked English (w:val), the CJK text the document's language (w:eastAsia).
  test.each([
    ['en', 'en-US', 'Noto Sans SC', 'en-US'],
    ['zh-CN', 'zh-CN', 'Noto Sans SC', 'en-US'],
    ['zh-TW', 'zh-TW', 'Noto Sans TC', 'en-US'],
    ['ko', 'ko-KR', 'Noto Sans KR', 'en-US'],
  ])('%s: default run fonts (ascii/hAnsi/eastAsia) and w:lang %s in styles.xml, dc:language in core', async (name, tag, eastAsia, latin) => {
    const styles = await docxXml(buf(name), 'word/styles.xml');
    const defaults = styles.match(/<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/)![0];
    expect(defaults).toMatch(/<w:rFonts [^>]*w:ascii="Noto Sans"/);
    expect(defaults).toMatch(/<w:rFonts [^>]*w:hAnsi="Noto Sans"/);
    expect(defaults).toMatch(new RegExp(`<w:rFonts [^>]*w:eastAsia="${eastAsia}"`));
    expect(defaults).toContain(`<w:lang w:val="${latin}" w:eastAsia="${tag}"/>`);
    expect(await docxXml(buf(name), 'docProps/core.xml')).toContain(`<dc:language>${tag}</dc:language>`);
  });

  test('an unknown language falls back to the English fonts', async () => {
    const out = await render({ ...samples.en.doc, meta: { ...samples.en.doc.meta, lang: 'xx' } });
    expect(await docxXml(out, 'word/styles.xml')).toMatch(/<w:rFonts [^>]*w:eastAsia="Noto Sans SC"/);
  });

  test('lists use real numbering: decimal and bullet definitions, nested levels, each ordered list restarting', async () => {
    const numbering = await docxXml(buf('en'), 'word/numbering.xml');
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    const doc = await docxXml(buf('en'));
    expect(doc).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    expect(doc).toMatch(/<w:numPr><w:ilvl w:val="1"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    const two = await render({ ...samples.en.doc, blocks: [samples.en.doc.blocks[9]!, samples.en.doc.blocks[9]!] });
    const ids = [...(await docxXml(two)).matchAll(/<w:ilvl w:val="0"\/><w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(2);
  });

  test('quote, code and rule', async () => {
    const doc = await docxXml(buf('en'));
    expect(doc).toContain('<w:pStyle w:val="Quote"/>');
    expect(doc).toContain('<w:pStyle w:val="CodeBlock"/>');
    expect(doc).toMatch(/<w:rFonts w:ascii="Courier New"/);
    expect(doc).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    expect(doc).toContain('<w:br w:type="page"/>');
    expect(await docxXml(buf('en'), 'word/styles.xml')).toMatch(/w:styleId="Quote">[\s\S]*?<w:left w:val="single"/);
  });
});

describe('tables', () => {
  test('header row: repeated on each page, shaded, bold; no row splits across pages; alignment per column', async () => {
    const doc = await docxXml(buf('en'));
    const tables = doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!;
    const data = tables.find((t) => t.includes('<w:tblHeader/>'))!;
    expect(data).toBeDefined();
    const rows = data.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[0]).toContain(`w:fill="${defaultTheme.colors.tableHeader.slice(1).toUpperCase()}"`);
    expect(rows[0]).toContain('<w:b/>');
    expect(rows[1]).not.toContain('w:tblHeader');
    for (const r of rows) expect(r).toContain('<w:cantSplit/>');
    expect(rows[1]).toMatch(/<w:jc w:val="left"\/>[\s\S]*<w:jc w:val="center"\/>[\s\S]*<w:jc w:val="right"\/>/);
  });

  test('column widths fill the text width and follow the content', async () => {
    const textWidth = Math.round((defaultTheme.page.width - defaultTheme.page.margin.left - defaultTheme.page.margin.right) * 20);
    const doc = await docxXml(buf('en'));
    const data = doc.match(/<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*?<w:tblHeader\/>/)![0];
    const grid = [...data.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(textWidth);
    expect(grid[0]).toBeGreaterThan(grid[1]! + grid[2]!);
    // Long Chinese sentences can break anywhere; a long English word cannot.
    const zh = columnWidths({ type: 'table', header: [[{ text: '目标' }], [{ text: '结果' }]], rows: [[[{ text: '在'.repeat(200) }], [{ text: '达成' }]]], align: [] }, 2, 10, 9000, defaultTheme, 'zh-CN').widths;
    expect(zh[1]).toBeLessThan(2000);
    expect(zh[0]! + zh[1]!).toBe(9000);
  });
});

describe('table columns sized by the text in the embedded faces', () => {
  const cells = (...texts: string[]) => texts.map((text) => [{ text }]);
  /** Width in points of `text` set in the document's faces, as the column rule measures it. */
  const measured = (text: string, size: number, lang: string) => {
    const chain = fontChain(defaultTheme, lang);
    return textWidth(shapeSpans([{ text }], chain, { size, bold: false }, punctuationChain(chain, defaultTheme.pdfPunctuationFace?.[lang])));
  };
  const available = 9666; // the A4 text width, 483.3 pt, in twips

  test('every header word fits its column with the room LibreOffice needs', () => {
    // The English plan's metrics table, where LibreOffice broke "Baselin|e" and "Progres|s".
    const header = cells('Metric', 'Baseline', 'Latest', 'Target', 'Change', 'Progress', 'Status');
    const row = cells('Record completeness (higher is better)', '68%', '83%', '85%', '+1%', '88%', 'On track');
    const { widths, size } = columnWidths({ type: 'table', header, rows: [row], align: [] }, 7, 9.975, available, defaultTheme, 'en');
    expect(size).toBe(9.975);
    // Noto Sans Bold at 9.975 pt: "Baseline" 41.96 pt, "Progress" 43.62 pt; 9 pt of padding and 3 of slack beside.
    expect(widths[1]).toBeGreaterThanOrEqual(Math.floor((41.96 + 12) * 20));
    expect(widths[5]).toBeGreaterThanOrEqual(Math.floor((43.62 + 12) * 20));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(available);
  });

  test('a short label is kept on one line: the zh-TW summary status "本期無目標"', () => {
    const header = cells('指標', '基準', '年底', '目標值', '最佳月份', '最差月份', '達標月數', '年度目標');
    const row = cells('客戶單位名稱與裝機地記錄完整率（越高越好）', '68%', '993 / 1,460 (68%)', '—（2027 年 1 月起 85%）', '68% · 2026 年 12 月', '68% · 2026 年 12 月', '0 / 0', '本期無目標');
    const { widths } = columnWidths({ type: 'table', header, rows: [row], align: [] }, 8, 9.975, available, defaultTheme, 'zh-TW');
    // Five ideographs, one em each at the table's size, and 12 pt beside them.
    expect(widths[7]).toBeGreaterThanOrEqual(Math.floor((5 * 9.975 + 12) * 20));
  });

  test('a month written with its value breaks where the PDF breaks it, never inside the date', () => {
    // The zh-TW summary's metrics table, where LibreOffice broke "80% · 2026年7|月": it fills a line
    // greedily and may break between a digit and the ideograph after it; the PDF never does.
    const header = cells('指標', '基準', '年底', '目標值', '最佳月份', '最差月份', '達標月數', '年度目標');
    const row = cells('病患回訪完成率（越高越好）', '70%', '80%', '90%', '80% · 2026年7月', '80% · 2026年7月', '0 / 1', '落後');
    const { widths, size } = columnWidths({ type: 'table', header, rows: [row], align: [] }, 8, 9.975, available, defaultTheme, 'zh-TW');
    expect(size).toBe(9.975);
    // The date alone fits its column, with a quarter em where each digit meets an ideograph
    // (the space Word and LibreOffice add there) and 12 pt of padding and slack.
    const date = measured('2026年7月', 9.975, 'zh-TW');
    expect(widths[4]).toBeGreaterThanOrEqual(Math.floor((date + 3 * 0.25 * 9.975 + 12) * 20));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(available);
  });

  test('in a Chinese table the DOCX ends a cell\'s lines where the PDF does: the date on a line of its own', async () => {
    const doc: Document = {
      meta: { ...samples['zh-TW'].doc.meta },
      blocks: [{ type: 'table', header: cells('指標', '基準', '年底', '目標值', '最佳月份', '最差月份', '達標月數', '年度目標'), rows: [cells('病患回訪完成率（越高越好）', '70%', '80%', '90%', '80% · 2026年7月', '80% · 2026年7月', '0 / 1', '落後')], align: [] }],
    };
    const xml = await docxXml(await renderDocx(doc, defaultTheme));
    // "80% ·", a line break, then the whole date, in one cell's paragraph.
    expect(xml).toMatch(/<w:t xml:space="preserve">80% ·<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">2026年7月<\/w:t>/);
    expect(xml).not.toMatch(/2026年7<\/w:t>/);
    // An English table is left to the reader's own line breaking.
    const en: Document = { meta: { ...samples.en.doc.meta }, blocks: [{ type: 'table', header: cells('Metric', 'Best month'), rows: [cells('Record completeness (higher is better) '.repeat(4), '86% · Dec 2026')], align: [] }] };
    expect(await docxXml(await renderDocx(en, defaultTheme))).not.toContain('<w:br/>');
  });

  test('a table whose words cannot fit at the body size is set smaller, not split', () => {
    const header = cells(...Array.from({ length: 9 }, (_, i) => `Completeness${i}`));
    const { widths, size } = columnWidths({ type: 'table', header, rows: [], align: [] }, 9, 9.975, available, defaultTheme, 'en');
    // Nine bold 13-letter words do not fit 483 pt at 9.975 pt; at no less than 0.8 of it they are not cut below their width.
    expect(size).toBeLessThan(9.975);
    expect(size).toBeGreaterThanOrEqual(9.975 * 0.8);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(available);
  });
});

describe('stand-ins for the large parts', () => {
  test('the same bytes get the same stand-in, which resolves to them; other bytes do not resolve', () => {
    const standIns = new StandIns();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const a = standIns.for(png);
    expect(a.length).toBe(STAND_IN_LENGTH);
    // Longer than the 32 bytes font obfuscation rewrites, so the packer's key can be taken off again.
    expect(STAND_IN_LENGTH).toBeGreaterThan(32);
    expect(standIns.for(Buffer.from(png)).equals(a)).toBe(true);
    expect(standIns.for('<svg/>').equals(a)).toBe(false);
    expect(standIns.resolve(a)?.equals(png)).toBe(true);
    expect(standIns.resolve(Buffer.alloc(STAND_IN_LENGTH))).toBeUndefined();
    expect(new StandIns().resolve(a)).toBeUndefined();
  });

  test('the package holds the real pictures and fonts: PNGs stored as they are, SVGs and fonts deflated', () => {
    const entries = readZip(buf('zh-CN'));
    const media = entries.filter((e) => e.name.startsWith('word/media/') || e.name.startsWith('word/fonts/'));
    expect(media.length).toBeGreaterThan(6);
    for (const e of media) {
      expect(e.size).toBeGreaterThan(STAND_IN_LENGTH);
      expect(entryData(e).toString('latin1')).not.toContain('workplan stand-in');
      expect(e.method).toBe(e.name.endsWith('.png') ? 0 : 8);
    }
  });
});

describe('graphics', () => {
  test('progress bars and the chart are SVG pictures with PNG fallbacks', async () => {
    const b = buf('zh-CN');
    const parts = await docxParts(b);
    const svgs = parts.filter((p) => /^word\/media\/.+\.svg$/.test(p));
    const pngs = parts.filter((p) => /^word\/media\/.+\.png$/.test(p));
    expect(svgs.length).toBe(3);
    expect(pngs.length).toBe(3);
    const zip = await JSZip.loadAsync(b);
    for (const p of pngs) expect([...(await zip.file(p)!.async('uint8array')).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    for (const s of svgs) {
      const svg = await zip.file(s)!.async('string');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).not.toContain('<text');
    }
    const doc = await docxXml(b);
    expect(doc.match(/<asvg:svgBlip /g)).toHaveLength(3);
    expect(doc).toContain('descr="首次解决率（越高越好）: 76%"');
    expect(await docxXml(b, '[Content_Types].xml')).toContain('Extension="svg"');
  });

  test('the bar is filled to its value in the status colour, clamped to 0..1', async () => {
    const zip = await JSZip.loadAsync(buf('en'));
    const svgs = await Promise.all(Object.keys(zip.files).filter((p) => p.endsWith('.svg')).map((p) => zip.file(p)!.async('string')));
    const bars = svgs.filter((s) => s.includes(defaultTheme.colors.barTrack));
    expect(bars).toHaveLength(2);
    const onTrack = bars.find((s) => s.includes(defaultTheme.colors['on-track']))!;
    const full = bars.find((s) => s.includes(defaultTheme.colors.met))!;
    const widthOf = (s: string) => [...s.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    const [track, done] = widthOf(onTrack);
    expect(done! / track!).toBeCloseTo(0.76, 2);
    const [track2, done2] = widthOf(full);
    expect(done2).toBeCloseTo(track2!, 5);
  });

  test('chart: a null month is a gap in the line, not a zero; target dashed; ticks carry the unit', () => {
    const block: ChartBlock = { type: 'chart', title: 't', labels: ['1', '2', '3', '4', '5'], values: [10, 20, null, 30, 40], target: 35, unit: '%' };
    const svg = chartPicture(block, defaultTheme, 480, 170).svg.toString();
    const lines = svg.match(/<path d="M[^"]*" fill="none" stroke="#0b5cad"/g) ?? [];
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l.match(/L/g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(4);
    expect(svg).toContain('stroke-dasharray');
    const alone = chartPicture({ ...block, values: [null, 5, null, null, null], target: null }, defaultTheme, 480, 170).svg.toString();
    expect(alone).not.toMatch(/fill="none" stroke="#0b5cad"/);
    expect(alone.match(/<circle /g)).toHaveLength(1);
    const empty = chartPicture({ ...block, values: [null, null, null, null, null], target: null }, defaultTheme, 480, 170);
    expect(empty.png.length).toBeGreaterThan(100);
  });

  test('chart text the Latin face cannot draw falls back: a CJK unit is left off, a CJK month label becomes its number', () => {
    const base: ChartBlock = { type: 'chart', title: 't', labels: ['1', '2'], values: [1, 2], target: null, unit: '' };
    const size = (b: ChartBlock) => chartPicture(b, defaultTheme, 480, 170).svg.length;
    const svg = (b: ChartBlock) => chartPicture(b, defaultTheme, 480, 170).svg.toString();
    expect(size({ ...base, unit: '\u00a0min' })).toBeGreaterThan(size(base));
    expect(size({ ...base, unit: '\u00a0分钟' })).toBe(size(base));
    expect(svg({ ...base, labels: ['1月', '2月'] })).toBe(svg(base));
    // A team plan's trend from March: 3 and 4 (what 3月 and 4월 say), not positions 1 and 2.
    expect(svg({ ...base, labels: ['3月', '4월'] })).toBe(svg({ ...base, labels: ['3', '4'] }));
    expect(svg({ ...base, labels: ['3月', '4월'] })).not.toBe(svg(base));
    // Nothing drawable and no digits: the position.
    expect(svg({ ...base, labels: ['一', '二'] })).toBe(svg(base));
  });
});

describe('page furniture and properties', () => {
  test('A4 from the theme in twips, margins, header text, footer with PAGE and NUMPAGES fields', async () => {
    const b = buf('zh-CN');
    const doc = await docxXml(b);
    expect(doc).toContain(`<w:pgSz w:w="${Math.round(defaultTheme.page.width * 20)}" w:h="${Math.round(defaultTheme.page.height * 20)}"`);
    expect(doc).toMatch(new RegExp(`<w:pgMar w:top="${defaultTheme.page.margin.top * 20}" w:right="${defaultTheme.page.margin.right * 20}" w:bottom="${defaultTheme.page.margin.bottom * 20}" w:left="${defaultTheme.page.margin.left * 20}"`));
    const header = await docxXml(b, 'word/header1.xml');
    expect(header).toContain('王小明 · 月度工作计划 · 2026年9月');
    const footer = await docxXml(b, 'word/footer1.xml');
    expect(footer).toMatch(/<w:t xml:space="preserve">第 <\/w:t>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>[\s\S]*<w:t xml:space="preserve"> 页，共 <\/w:t>[\s\S]*<w:instrText xml:space="preserve">NUMPAGES<\/w:instrText>[\s\S]*<w:t xml:space="preserve"> 页<\/w:t>/);
    expect(footer.match(/w:fldCharType="begin"/g)).toHaveLength(2);
    expect(footer).not.toContain('{page');
  });

  test('core properties: title, creator, language, and created/modified at the document date', async () => {
    const core = await docxXml(buf('ko'), 'docProps/core.xml');
    expect(core).toContain('<dc:title>월간 업무 계획 · 2026년 9월</dc:title>');
    expect(core).toContain('<dc:creator>김민지</dc:creator>');
    expect(core).toContain('<dc:language>ko-KR</dc:language>');
    expect(core).toMatch(/<dcterms:created [^>]*>2026-09-01T00:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified [^>]*>2026-09-01T00:00:00Z<\/dcterms:modified>/);
  });
});

describe('package integrity', () => {
  test('every part has a content type, every relationship target exists, every referenced id is defined', async () => {
    for (const name of Object.keys(samples) as (keyof typeof samples)[]) {
      const b = await render({ ...samples[name].doc, blocks: [...samples[name].doc.blocks, ...samples[name].doc.blocks] });
      const parts = await docxParts(b);
      const types = await docxXml(b, '[Content_Types].xml');
      const defaults = new Set([...types.matchAll(/<Default [^>]*\bExtension="([^"]+)"/g)].map((m) => m[1]));
      const overrides = new Set([...types.matchAll(/<Override [^>]*\bPartName="\/([^"]+)"/g)].map((m) => m[1]));
      for (const part of parts) expect(overrides.has(part) || defaults.has(part.split('.').pop()!), `${name}: ${part} has a content type`).toBe(true);
      for (const o of overrides) expect(parts, `${name}: override for a missing part`).toContain(o);

      const rels = await docxXml(b, 'word/_rels/document.xml.rels');
      const targets = new Map([...rels.matchAll(/<Relationship [^>]*>/g)].map(([tag]) => [/\bId="([^"]+)"/.exec(tag)![1]!, `word/${/\bTarget="([^"]+)"/.exec(tag)![1]}`]));
      for (const t of targets.values()) expect(parts, name).toContain(t);
      const doc = await docxXml(b);
      for (const [, id] of doc.matchAll(/r:(?:id|embed)="([^"]+)"/g)) expect(targets.has(id!), `${name}: relationship ${id}`).toBe(true);

      const numbering = await docxXml(b, 'word/numbering.xml');
      const numIds = new Set([...numbering.matchAll(/<w:num w:numId="(\d+)">/g)].map((m) => m[1]));
      for (const [, id] of doc.matchAll(/<w:numId w:val="(\d+)"\/>/g)) expect(numIds.has(id!), `${name}: numId ${id}`).toBe(true);
      const styles = await docxXml(b, 'word/styles.xml');
      for (const [, id] of doc.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)) expect(styles, `${name}: style ${id}`).toContain(`w:styleId="${id}"`);

      // Identical pictures (the same bar, the same chart twice) are one pair of media files; drawing ids are unique.
      const docPr = [...doc.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]);
      expect(docPr).toHaveLength(6);
      expect(new Set(docPr).size).toBe(docPr.length);
      expect(parts.filter((p) => p.endsWith('.png'))).toHaveLength(3);
    }
  });

  test('characters XML cannot carry are dropped, markup characters are escaped', async () => {
    const nasty = 'a\u0000b\u0007c\uFFFEd\uD800e <&> "q"';
    const out = await render({ meta: { ...samples.en.doc.meta, title: nasty, header: nasty }, blocks: [{ type: 'paragraph', spans: [{ text: nasty }] }, { type: 'table', header: [[{ text: nasty }]], rows: [], align: [] }] });
    // The empty paragraph after a table keeps a following table apart.
    expect((await docxText(out)).trimEnd()).toBe('abcde <&> "q"\nabcde <&> "q"');
    expect(await docxXml(out, 'docProps/core.xml')).toContain('<dc:title>abcde &lt;&amp;&gt; &quot;q&quot;</dc:title>');
    expect(await docxXml(out, 'word/header1.xml')).toContain('abcde &lt;&amp;&gt; &quot;q&quot;');
  });
});

describe('memory', () => {
  test('rendering document after document does not pile up picture memory', async () => {
    // Each chart's pixmap lives outside V8's heap until a finalizer on the event loop frees it.
    const doc = samples['zh-CN'].doc;
    for (let i = 0; i < 10; i++) await render(doc);
    const before = process.memoryUsage().rss;
    for (let i = 0; i < 150; i++) await render(doc);
    // Without the event-loop turn in renderDocx this grew by about 300 MB.
    expect((process.memoryUsage().rss - before) / 1e6).toBeLessThan(100);
  });
});

describe('determinism', () => {
  test('same Document twice in one process: identical bytes; every zip entry dated at the document date', async () => {
    const again = await render(samples['zh-CN'].doc);
    expect(again.equals(buf('zh-CN'))).toBe(true);
    // CRCs checked: the entries re-deflated by stable-package.ts (fonts, fontTable) as much as the copied ones.
    const zip = await JSZip.loadAsync(again, { checkCRC32: true });
    const names = Object.keys(zip.files);
    expect(names[0]).toBe('[Content_Types].xml');
    for (const name of names) {
      const d = zip.files[name]!.date;
      // JSZip reads the DOS time as UTC.
      expect([d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours()], name).toEqual([2026, 8, 1, 0]);
    }
  });

  test('an unrelated render in between changes nothing: no counters or random ids leak between documents', async () => {
    const first = await render(samples.en.doc);
    await render(samples.ko.doc);
    await render({ ...samples.mixed.doc, blocks: [...samples.mixed.doc.blocks, ...samples.mixed.doc.blocks] });
    const second = await render(samples.en.doc);
    const a = await JSZip.loadAsync(first);
    const b = await JSZip.loadAsync(second);
    for (const name of Object.keys(a.files)) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const xa = await a.file(name)!.async('string');
      expect(await b.file(name)!.async('string'), name).toBe(xa);
      // Nothing nanoid-like (21 url-safe characters) in an id attribute.
      expect(xa, name).not.toMatch(/(?:Id|r:id|r:embed)="[A-Za-z0-9_-]{21}"/);
    }
    const doc = await a.file('word/document.xml')!.async('string');
    expect([...doc.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3]);
    expect(second.equals(first)).toBe(true);
  });

  test('another process, in another time zone, writes the same bytes', async () => {
    // Bundle a tiny renderer (vitest's TypeScript loader is not available to a plain node process).
    const dir = mkdtempSync(join(tmpdir(), 'docx-determinism-'));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      [
        `import { writeFileSync } from 'node:fs';`,
        `import { renderDocx } from ${JSON.stringify(join(ROOT, 'src/render/docx/index.ts'))};`,
        `import { defaultTheme } from ${JSON.stringify(join(ROOT, 'src/theme/theme.ts'))};`,
        `import { samples } from ${JSON.stringify(join(ROOT, 'test/render/docx/documents.ts'))};`,
        `writeFileSync(process.argv[2], await renderDocx(samples['zh-CN'].doc, defaultTheme));`,
      ].join('\n'),
    );
    const { build } = await import('esbuild');
    // Two folders down, as the CLI's bundle is, so it finds the fonts at ../../fonts (src/render/font-files.ts).
    symlinkSync(join(ROOT, 'fonts'), join(dir, 'fonts'), 'dir');
    const bundle = join(dir, 'dist', 'bundle', 'render.mjs');
    await build({ entryPoints: [entry], outfile: bundle, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error' });
    const out = join(dir, 'out.docx');
    execFileSync(process.execPath, [bundle, out], { env: { ...process.env, TZ: 'Pacific/Chatham' } });
    expect(readFileSync(out).equals(buf('zh-CN'))).toBe(true);
  });
});
