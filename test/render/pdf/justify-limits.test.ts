/**
 * How far a justified line stretches: Chinese shares the room between characters up to a quarter
 * em each, Korean widens its spaces up to half an em and then its characters a little, and a line
 * that would need more is set flush left, like a paragraph's last line.
 */
import { describe, expect, test } from 'vitest';
import type { Document } from '../../../src/document/types.js';
import { Flow } from '../../../src/render/pdf/flow.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { defaultTheme } from '../../../src/theme/theme.js';
import { contentStreams } from '../../helpers/pdf-streams.js';

const BODY = defaultTheme.size.body; // 10.5 pt

const doc = (lang: string, text: string): Document => ({
  meta: { title: 'T', author: 'A', lang, header: '', footer: '{page}', date: new Date('2026-12-31T00:00:00Z') },
  blocks: [{ type: 'paragraph', spans: [{ text }] }],
});

/** The character spacings (Tc, points) set on each drawn line, in order; the footer's line is last. */
async function spacingByLine(lang: string, text: string): Promise<number[][]> {
  const ops = contentStreams(await renderPdf(doc(lang, text), defaultTheme)).join('\n');
  return ops
    .split('\nBT\n')
    .slice(1)
    .map((line) => [...line.matchAll(/^([\d.]+) Tc$/gm)].map((m) => Number(m[1])).filter((v) => v > 0));
}

/** The room left at the end of each line of the paragraph as laid out, before justification. */
function slack(lang: string, text: string): { text: string; room: number }[] {
  const flow = new Flow({} as never, defaultTheme, defaultTheme.pdfFallback[lang]!, lang);
  const p = flow.proseLayout([{ text }], flow.width, { indent: true });
  return p.lines.map((l, i) => ({ text: p.chars.slice(l.start, l.end).map((c) => c.ch).join(''), room: flow.width - l.width - (i === 0 ? p.indent : 0) }));
}

describe('Chinese', () => {
  test('a line needing more than a quarter em at each of its 15 stretch points is set flush left', async () => {
    // 9 spaces and 6 gaps beside Han characters (请阅 阅读 三章 章， ，再 再看): 15 stretch points.
    const text = '请阅读 Customer Service Handbook for Broadband Installation and Repair 三章，再看 Troubleshooting 一节。';
    const [first] = slack('zh-CN', text);
    expect(first!.text).toBe('请阅读 Customer Service Handbook for Broadband Installation and Repair 三章，再看');
    expect(first!.room / 15).toBeGreaterThan(0.25 * BODY);
    const lines = await spacingByLine('zh-CN', text);
    expect(lines[0]).toEqual([]);
  });

  test('one needing less is justified, the room shared evenly by its 16 stretch points', async () => {
    const text = '请阅读 Customer Service Handbook for Broadband Installation and Repair 第三章，再看 Troubleshooting 一节。';
    const [first] = slack('zh-CN', text);
    expect(first!.text).toBe('请阅读 Customer Service Handbook for Broadband Installation and Repair 第三章，再看');
    const unit = first!.room / 16;
    expect(unit).toBeLessThan(0.25 * BODY);
    const lines = await spacingByLine('zh-CN', text);
    expect(lines[0]!.length).toBeGreaterThan(0);
    for (const tc of lines[0]!) expect(tc).toBeCloseTo(unit, 2);
  });
});

describe('Korean', () => {
  test('spaces widen by half an em at most; the rest goes between the syllables of words', async () => {
    // "Internationalization" does not fit after 확인하고 and moves down whole: 13 spaces and 24
    // gaps between syllables (38 syllables in 14 words) share the room.
    const text = '이번 달에는 고객 정보 완성도를 높이기 위해 모든 통화에서 회사명과 주소를 꼭 다시 확인하고 Internationalization 과정도 함께 진행하겠습니다.';
    const [first] = slack('ko', text);
    expect(first!.text).toBe('이번 달에는 고객 정보 완성도를 높이기 위해 모든 통화에서 회사명과 주소를 꼭 다시 확인하고');
    const between = (first!.room - 13 * 0.5 * BODY) / 24;
    expect(between).toBeGreaterThan(0);
    const lines = await spacingByLine('ko', text);
    const spacings = [...new Set(lines[0]!.map((v) => v.toFixed(3)))].map(Number).sort((a, b) => a - b);
    expect(spacings).toEqual([Number(between.toFixed(3)), 5.25]);
  });

  test('a line that would need more than that too is set flush left', async () => {
    // Without 꼭 the line ends 13 points shorter, more than its 12 spaces and 24 gaps may take.
    const text = '이번 달에는 고객 정보 완성도를 높이기 위해 모든 통화에서 회사명과 주소를 다시 확인하고 Internationalization 과정도 함께 진행하겠습니다.';
    const [first] = slack('ko', text);
    expect(first!.room).toBeGreaterThan(12 * 0.5 * BODY + 24 * 0.1 * BODY);
    const lines = await spacingByLine('ko', text);
    expect(lines[0]).toEqual([]);
  });
});
