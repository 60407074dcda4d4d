/**
 * A Simplified Chinese rep hired in March, run as a rep runs it: `workplan summary .` inside their
 * own folder. Checks what a reader sees in both formats: the team's metrics found from ".", Chinese
 * punctuation between a month and its text and between a cause's shortfalls, the change over the
 * year in percentage points, best and worst month in the table's short form, and the months that
 * lack one figure named once, not once a month.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';
import { docxText } from '../helpers/docx-text.js';
import { comparable } from '../helpers/same-text.js';

const work = mkdtempSync(join(tmpdir(), 'workplan-zh-year-'));
const team = join(work, 'zh');
const rep = join(team, 'li-mei');

const TEAM = `---
id: zh
name: 客服一组
locale: zh-CN
metrics:
  - {id: completeness, name: 客户资料完整率, unit: percent, direction: higher, baseline: 68, target: 85}
  - {id: calls, name: 每周接听量, unit: count, direction: higher, baseline: 150, target: 180}
  - {id: satisfaction, name: 短信满意度, unit: percent, direction: higher, baseline: 88, target: 93}
---
`;
// By the month measured (the note for M gives M−1's). Satisfaction is surveyed in April, June,
// September and December only: the other six months lack it for the same reason.
const figures: Record<string, string> = {
  '2026-03': 'completeness: {count: 410, of: 620}, calls: 120',
  '2026-04': 'completeness: {count: 452, of: 640}, calls: 140, satisfaction: 86',
  '2026-05': 'completeness: {count: 500, of: 660}, calls: 150',
  '2026-06': 'completeness: {count: 520, of: 680}, calls: 158, satisfaction: 89',
  '2026-07': 'completeness: {count: 560, of: 700}, calls: 165',
  '2026-08': 'completeness: {count: 590, of: 720}, calls: 170',
  '2026-09': 'completeness: {count: 600, of: 730}, calls: 172, satisfaction: 91.5',
  '2026-10': 'completeness: {count: 620, of: 740}, calls: 175',
  '2026-11': 'completeness: {count: 640, of: 750}, calls: 178',
  '2026-12': 'completeness: {count: 651, of: 760}, calls: 181, satisfaction: 93',
};
const previous = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

beforeAll(() => {
  mkdirSync(rep, { recursive: true });
  writeFileSync(join(team, 'team.md'), TEAM);
  writeFileSync(join(rep, 'rep.md'), '---\nid: li-mei\nname: 李梅\nrole: 客服代表\nhired: 2026-03-09\nmanager: 王强\n---\n');
  writeFileSync(join(rep, '2026-03.md'), '---\nmonth: 2026-03\n---\n');
  for (const month of ['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01']) {
    const measured = previous(month);
    const calls = /calls: (\d+)/.exec(figures[measured]!)![1];
    writeFileSync(
      join(rep, `${month}.md`),
      `---\nmonth: ${month}\nactuals: {${figures[measured]}}\nreview:\n  achievements:\n    - 补录 CRM 客户资料\n  shortfalls:\n    - what: 每周接听 ${calls} 通\n      why: 对宽带套餐的 FAQ 不熟\n      change: 每天看 10 分钟知识库\n---\n`,
    );
  }
  writeFileSync(join(rep, '2026.md'), '---\nyear: 2026\nsummary: 三月入职。\n---\n');
});

describe('a rep hired in March sums up the year from inside their own folder', () => {
  let pdf = '';
  let docx = '';
  beforeAll(async () => {
    const r = cli(['summary', '.', '--year', '2026', '--out', join(work, 'out')], {}, rep);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    pdf = comparable(await pdfText(readFileSync(join(work, 'out', 'zh', 'li-mei', '2026-summary.pdf'))));
    docx = comparable(await docxText(readFileSync(join(work, 'out', 'zh', 'li-mei', '2026-summary.docx'))));
  });
  const both = (text: string) => {
    expect(pdf, `PDF lacks ${text}`).toContain(comparable(text));
    expect(docx, `DOCX lacks ${text}`).toContain(comparable(text));
  };
  const neither = (text: string) => {
    expect(pdf).not.toContain(comparable(text));
    expect(docx).not.toContain(comparable(text));
  };

  test('"." finds the team folder\'s metrics and the team\'s name', () => {
    both('客服一组');
    both('客户资料完整率（越高越好）');
  });
  test('a month and its achievement are joined by a full-width colon; a cause\'s shortfalls by "；"', () => {
    both('2026年3月：补录 CRM 客户资料');
    neither('2026年3月:补录');
    both('每周接听 120 通；每周接听 140 通；每周接听 150 通');
    neither('120 通;');
  });
  test('the change over the year: baseline to year end, in percentage points for a rate', () => {
    // 68% → 651 / 760 = 85.66%: +17.66 points, shown as the year-end 86% is, +18; calls 150 → 181: +31;
    // satisfaction 88% → 93%: +5 points. Best and worst month in the short form of the charts.
    both('68% 651 / 760 (86%) +18 个百分点 85% 86% · 12月 66% · 3月 2 / 10 已达成');
    both('150 181 +31 180 181 · 12月 120 · 3月 1 / 10 已达成');
    both('88% 93% +5 个百分点 93% 93% · 12月 86% · 4月 1 / 4 已达成');
  });
  test('the six months without a survey figure are named in one sentence', () => {
    both('2026年3月、2026年5月、2026年7月、2026年8月、2026年10月、2026年11月只有客户资料完整率、每周接听量的数据（笔记中没有其他指标的数据）。');
  });
});
