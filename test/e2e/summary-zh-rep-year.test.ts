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
import { documentTexts, type DocumentTexts } from '../helpers/document-texts.js';

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
  let doc: DocumentTexts;
  beforeAll(async () => {
    const r = cli(['summary', '.', '--year', '2026', '--out', join(work, 'out')], {}, rep);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    doc = await documentTexts(join(work, 'out', 'zh', 'li-mei', '2026-summary'));
  });
  const both = (text: string) => doc.both(text);
  const neither = (text: string) => doc.neither(text);

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
  test('the career stage starts in the month she joined, as her March figures and goals do', () => {
    // One bracket: the stage's own; the month of tenure follows after a comma.
    both('2026年3月 起：新鲜期（第 1–3 个月），入职第 1 个月');
    both('2026年7月 起：挫折期（第 4–6 个月），入职第 4 个月');
    neither('2026年4月 起');
  });
  test('the six months without a survey figure are named in one sentence', () => {
    both('2026年3月、2026年5月、2026年7月、2026年8月、2026年10月、2026年11月只有客户资料完整率、每周接听量的数据（笔记中没有其他指标的数据）。');
  });
});

describe('a year with mistakes in the annual note and a monthly note', () => {
  test('every problem at once, each with file:line, field and a hint; exit 1; no document; the notes unchanged', () => {
    const bad = join(team, 'bad-year');
    mkdirSync(bad, { recursive: true });
    const files: Record<string, string> = {
      'rep.md': '---\nname: 赵磊\nhired: 2023-05-15\n---\n',
      '2026-07.md': '---\nmonth: 2026-07\nenergy: tired\nactuals: {completeness: {count: 760, of: 700}, calls: 160}\n---\n',
      '2026.md': '---\nyear: 2026\nratings: {positive: 6, patience: 三}\nnext:\n  goals:\n    - {title: 完整率 88%, metric: completness, target: 88}\n---\n',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(bad, name), text);
    const r = cli(['summary', 'bad-year', '--year', '2026', '--out', join(work, 'bad-out')], {}, team);
    expect(r.status).toBe(1);
    const report = r.stderr.replaceAll('bad-year/', '');
    for (const line of [
      '2026-07.md:3:9  error energy: must be one of: high, ok, low, burnt-out (found "tired")\n    hint: replace "tired" with the one of these words that fits, spelled as listed',
      '2026-07.md:4:25  error actuals.completeness: has a count larger than its total (found {count: 760, of: 700})\n    hint: count: is the part and of: the whole, e.g. {count: 993, of: 1460}',
      '2026.md:3:21  error ratings.positive: must be at most 5 (found 6)\n    hint: a rating is a whole number from 1 (needs work) to 5 (a strength)',
      '2026.md:3:34  error ratings.patience: must be a number, not text (found "三")\n    hint: write 3 in digits, not 三',
      '2026.md:6:32  error next.goals[0].metric: names metric "completness", which is not defined (found completness)\n    hint: did you mean "completeness"?',
    ]) expect(report).toContain(line);
    expect(report).toContain('1 of 1 summaries not rendered');
    for (const [name, text] of Object.entries(files)) expect(readFileSync(join(bad, name), 'utf8')).toBe(text);
    expect(() => readFileSync(join(work, 'bad-out', 'zh', 'bad-year', '2026-summary.pdf'))).toThrow();
  });
});

describe("a KPI export checked against the rep's own notes", () => {
  test("a figure that differs from the note is a warning with both figures; the note's share, rounded as the export writes it, agrees", () => {
    // March: the note gave 410 of 620 = 66.13% (the export's 66 agrees) and 120 calls (the export says 125).
    const kpi = join(work, 'kpi.csv');
    writeFileSync(kpi, 'rep,month,metric,value\nli-mei,2026-03,completeness,66\nli-mei,2026-03,calls,125\n');
    const r = cli(['validate', 'li-mei', '--metrics', '../kpi.csv', '--year', '2026'], {}, team);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      "../kpi.csv:3  warning value: gives calls for 2026-03 as 125, but li-mei/2026-04.md gives 120; the documents show the export's 125\n    hint: correct the one that is wrong, so the rep's note and the export agree\n1 rep folder(s), 12 valid note(s); 0 errors, 1 warning in 1 file\n",
    );
  });
});
