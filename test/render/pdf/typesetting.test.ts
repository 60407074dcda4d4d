/** What a typesetter of each language expects: whole units and dates, hyphenation, CJK punctuation, spacing, emoji. */
import { describe, expect, test } from 'vitest';
import type { Document } from '../../../src/document/types.js';
import { breakLines, type Line } from '../../../src/render/pdf/break-lines.js';
import { Flow, type Paragraph } from '../../../src/render/pdf/flow.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { shapeSpans, type Char } from '../../../src/render/pdf/shape-text.js';
import { defaultTheme } from '../../../src/theme/theme.js';
import { contentStreams } from '../../helpers/pdf-streams.js';
import { pdfText } from '../../helpers/pdf-text.js';

const chain = defaultTheme.pdfFallback['zh-CN']!;
const lines = (text: string, width: number, size = 10) => {
  const chars = shapeSpans([{ text }], chain, { size });
  return breakLines(chars, width, () => 3).map((l: Line) => chars.slice(l.start, l.end).map((c) => c.ch).join('') + (l.hyphen ? '-' : ''));
};

describe('units and dates stay whole', () => {
  test('a Chinese date and a number with its unit are never broken inside, wherever the date fits on a line', () => {
    const text = '截至2026年12月31日，质检得分85分，处理时长362秒。';
    for (let width = 95; width <= 260; width += 3) {
      const ls = lines(text, width);
      expect(ls.join('')).toBe(text);
      ls.slice(1).forEach((l, k) => expect(/[\d年月]$/.test(ls[k]!) && /^[\d年月日分秒]/.test(l), `"${ls[k]}" | "${l}" at ${width}`).toBe(false));
    }
  });
  test('a Korean date keeps its space unbroken; 362초 stays one word', () => {
    const text = '평균 처리 시간은 2026년 12월에 362초였습니다';
    for (let width = 80; width <= 200; width += 3) {
      for (const l of lines(text, width)) {
        expect(l.startsWith('12월'), `"${l}" at ${width}`).toBe(false);
        expect(l === '초였습니다', `at ${width}`).toBe(false);
      }
    }
  });
  test('a no-break space keeps 4.6 pts together', () => {
    const ls = lines('score 4.6\u00a0pts', 45);
    expect(ls).toEqual(['score', '4.6\u00a0pts']);
  });
});

describe('hyphenation', () => {
  test('a word wider than its line is hyphenated at a syllable from the English patterns', () => {
    expect(lines('completeness', 48)).toEqual(['complete-', 'ness']);
    expect(lines('satisfaction', 30)).toEqual(['satis-', 'fac-', 'tion']);
  });
  test('a word that fits is never hyphenated', () => {
    expect(lines('Record completeness', 70)).toEqual(['Record', 'completeness']);
  });
});

function flowFor(lang: string): Flow {
  // Layout only: no page is drawn, so the document can be a stand-in.
  return new Flow({} as never, defaultTheme, defaultTheme.pdfFallback[lang]!, lang);
}
const faces = (chars: Char[], text: string) => [...text].map((ch) => chars.find((c) => c.ch === ch)?.face);

describe('CJK punctuation and spacing', () => {
  test('in a Chinese document quotes and the ellipsis come from the CJK face; in English from the Latin one', () => {
    const zh = flowFor('zh-CN').shape([{ text: '“复述确认”……' }], { size: 10 });
    expect(faces(zh, '“”…')).toEqual(['sc', 'sc', 'sc']);
    const tw = flowFor('zh-TW').shape([{ text: '“複述”' }], { size: 10 });
    expect(faces(tw, '“”')).toEqual(['tc', 'tc']);
    const en = flowFor('en').shape([{ text: '“recap”…' }], { size: 10 });
    expect(faces(en, '“”…')).toEqual(['latin', 'latin', 'latin']);
  });
  test('a middle dot between CJK characters is the CJK one; between spaces it stays Latin', () => {
    const zh = flowFor('zh-CN').shape([{ text: '约翰·史密斯 · 2026' }], { size: 10 });
    expect(zh.filter((c) => c.ch === '·').map((c) => c.face)).toEqual(['sc', 'latin']);
  });
  test('Chinese puts a quarter em between Han and Latin or digits, a trailing % counting with its number; Korean and English put none', () => {
    const zh = flowFor('zh-CN').shape([{ text: '从68%提高' }], { size: 10 });
    expect(zh.map((c) => c.gap ?? 0)).toEqual([2.5, 0, 0, 2.5, 0, 0]);
    const ko = flowFor('ko').shape([{ text: 'CRM기록' }], { size: 10 });
    expect(ko.every((c) => c.gap === 0)).toBe(true);
  });
  test('a Chinese body paragraph is indented two characters; a Korean one is not', () => {
    const zhP: Paragraph = flowFor('zh-CN').proseLayout([{ text: '全年每个月都有笔记。' }], 300, { indent: true });
    expect(zhP.indent).toBe(2 * defaultTheme.size.body);
    expect(flowFor('ko').proseLayout([{ text: '매월 기록' }], 300, { indent: true }).indent).toBe(0);
  });
});

const doc = (lang: string, text: string): Document => ({
  meta: { title: 'T', author: 'A', lang, header: '', footer: '{page}', date: new Date('2026-12-31T00:00:00Z') },
  blocks: [{ type: 'paragraph', spans: [{ text }] }],
});

describe('justified prose', () => {
  const long = '我们在每一通电话结束前都会确认公司全称、安装地址和联系人，复述确认已经成为习惯，客户资料完整率从六十八提高到八十六，全年目标已经达成。'.repeat(3);
  test('a Chinese paragraph is justified by character spacing on every line but its last', async () => {
    const ops = contentStreams(await renderPdf(doc('zh-CN', long), defaultTheme)).join('\n');
    // Character spacing (Tc) for each full line, back to 0 for the line's last character.
    const spacing = (ops.match(/^[\d.]+ Tc$/gm) ?? []).map((op) => Number.parseFloat(op)).filter((v) => v > 0);
    const lines = ops.match(/ Tj\nET/g)?.length ?? 0;
    expect(spacing.length).toBe(lines - 1 - 1); // all lines but the last, and not the footer
    expect(spacing.every((v) => v < 1)).toBe(true);
  });
  test('an English paragraph is set ragged right: no added spacing', async () => {
    const ops = contentStreams(await renderPdf(doc('en', 'Confirm the company name and installation site on every call. '.repeat(8)), defaultTheme)).join('\n');
    expect(ops).not.toMatch(/^[\d.]*[1-9][\d.]* Tc$/m);
  });
});

describe('emoji and symbols', () => {
  test('are drawn from the emoji face, not as boxes, and copy out as text', async () => {
    const chars = flowFor('zh-CN').shape([{ text: '李娜🎧 好运🍀✨️' }], { size: 10 });
    expect(faces(chars, '🎧🍀✨')).toEqual(['emoji', 'emoji', 'emoji']);
    // The variation selector after ✨ chooses a presentation; it is not drawn.
    expect(chars.some((c) => c.cp === 0xfe0f)).toBe(false);
    const text = await pdfText(await renderPdf(doc('zh-CN', '李娜🎧 好运🍀✨'), defaultTheme));
    expect(text).toContain('🎧');
    expect(text).toContain('🍀✨');
  });
});
