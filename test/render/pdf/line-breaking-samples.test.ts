/**
 * Line breaking over real documents: every sample plan, summary and the rollup, and generated
 * stress text at many widths, checked line by line as the renderer laid them out (not as a text
 * extractor guesses them): no Latin word split without a hyphen, no number parted from its unit
 * or date split, no closing punctuation at a line start, no Korean word split.
 */
import { describe, expect, test } from 'vitest';
import type { Block, Document } from '../../../src/document/types.js';
import { renderPdfDocument } from '../../../src/render/pdf/render-document.js';
import type { Paragraph } from '../../../src/render/pdf/flow.js';
import { defaultTheme } from '../../../src/theme/theme.js';
import { sampleDocuments } from '../../helpers/sample-documents.js';
import { lineProblems } from './line-rules.js';

async function problemsOf(doc: Document): Promise<{ problems: string[]; hyphenated: number }> {
  const seen = new Set<Paragraph>();
  await renderPdfDocument(doc, defaultTheme, { observe: (p) => void seen.add(p) });
  const problems = [...seen].flatMap(lineProblems);
  const hyphenated = [...seen].reduce((n, p) => n + p.lines.filter((l) => l.hyphen).length, 0);
  return { problems, hyphenated };
}

describe('the sample documents', async () => {
  const samples = await sampleDocuments();
  test.each(samples.map((s) => [s.name, s] as const))('%s breaks its lines as a typesetter would', async (_, s) => {
    const { problems } = await problemsOf(s.doc);
    expect(problems).toEqual([]);
  });
  test('the rollup needs no hyphenation: its columns fit whole words', async () => {
    const rollup = samples.find((s) => s.kind === 'rollup')!;
    expect((await problemsOf(rollup.doc)).hyphenated).toBe(0);
  });
});

const NBSP = '\u00a0';
/** Stress text per language: units after no-break spaces, dates, quotes, mixed scripts, long words. */
const STRESS: Record<string, string> = {
  en: `Record completeness rose from 68% to 86%, “customer satisfaction” reached 4.6${NBSP}pts, the average handling time fell to 362${NBSP}s in December 2026; telecommunications internationalization responsibilities (first-call resolution) improved…`,
  'zh-CN': `全年客户资料完整率从68%提高到86%，质检得分达到85${NBSP}分，平均处理时长降至362${NBSP}秒。2026年12月31日前完成“复述确认”培训……通话量在2026年3月最低，为129通；Service Desk团队的KPI全部达标。`,
  'zh-TW': `全年客戶資料完整率從68%提高到86%，品質檢查得分達到85${NBSP}分。2026年12月31日前完成「複述確認」訓練……通話量在2026年3月最低，為129通；Service Desk團隊的KPI全部達標。`,
  ko: `고객 정보 완성도는 68%에서 86%로 높아졌고 평균 처리 시간은 362초로 줄었습니다. 2026년 12월 31일까지 “복창 확인” 교육을 마칩니다… 품질 점수는 85${NBSP}점이며 Service Desk 팀의 KPI를 모두 달성했습니다.`,
};

function stressDocument(lang: string, columns: number): Document {
  const text = STRESS[lang]!;
  const cell = (t: string) => [{ text: t }];
  const words = text.split(/(?<=[，。；、,;])/u);
  const blocks: Block[] = [
    { type: 'paragraph', spans: [{ text }] },
    { type: 'list', ordered: false, items: words.map((w) => [{ type: 'paragraph', spans: [{ text: w }] }]) },
    {
      type: 'table',
      header: Array.from({ length: columns }, (_, c) => cell(['Completeness', '完整率', '고객 정보 완성도', 'Satisfaction'][c % 4]!)),
      rows: words.map((w, r) => Array.from({ length: columns }, (_, c) => cell(c === 0 ? w : `${r + c}${NBSP}pts / 2026年${(r % 12) + 1}月`))),
      align: Array.from({ length: columns }, () => 'left' as const),
    },
  ];
  return { meta: { title: 'Stress', author: 'Test', lang, header: 'Stress', footer: '{page}/{pages}', date: new Date('2026-12-31T00:00:00Z') }, blocks };
}

describe.each(Object.keys(STRESS))('generated stress text in %s', (lang) => {
  test('at 2 to 6 table columns (as many as the page allows), no line break a typesetter would refuse', async () => {
    for (let columns = 2; columns <= 6; columns++) {
      const { problems } = await problemsOf(stressDocument(lang, columns));
      expect(problems, `${columns} columns`).toEqual([]);
    }
  });
});

describe('the checks themselves', () => {
  const paragraph = (text: string, cuts: number[], hyphen = false): Paragraph => {
    const chars = [...text].map((ch) => ({ ch, cp: ch.codePointAt(0)!, face: 'latin' as const, style: { weight: 'regular' as const, italic: false, code: false, size: 10, color: undefined }, width: 5, gap: 0 }));
    const bounds = [0, ...cuts, chars.length];
    const lines = bounds.slice(0, -1).map((start, k) => ({ start, end: bounds[k + 1]!, width: 0, ...(hyphen && k < cuts.length ? { hyphen: true } : {}) }));
    return { chars, lines, lineHeight: 14, height: 14 * lines.length, size: 10, indent: 0 };
  };
  test('find each kind of bad break', () => {
    expect(lineProblems(paragraph('completeness', [8]))).toEqual(['Latin word split without a hyphen: "complete" | "ness"']);
    expect(lineProblems(paragraph('completeness', [8], true))).toEqual([]);
    expect(lineProblems(paragraph('2026年12月', [6]))).toEqual(['number split: "2026年1" | "2月"']);
    expect(lineProblems(paragraph('2026年12月', [7]))).toEqual(['number parted from its unit: "2026年12" | "月"']);
    expect(lineProblems(paragraph('2026年12月', [5]))).toEqual(['date split: "2026年" | "12月"']);
    expect(lineProblems(paragraph('4.6\u00a0pts', [4]))).toEqual(['number parted from its unit: "4.6\u00a0" | "pts"']);
    expect(lineProblems(paragraph('目标。完成', [2]))).toEqual(['closing punctuation at a line start: "目标" | "。完成"']);
    expect(lineProblems(paragraph('고객정보', [2]))).toEqual(['Korean word split: "고객" | "정보"']);
  });
});
