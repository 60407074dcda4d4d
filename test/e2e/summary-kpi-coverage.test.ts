/**
 * A KPI export that fills one metric for a month the notes leave empty: the month is no longer a
 * gap in every chart, so the coverage text names it with the metrics it has and where they came
 * from, and the other metrics' charts keep their gap with that reason. Also a note that gives some
 * metrics and not others. Through the CLI (batch --metrics), in all four languages.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';
import { docxText } from '../helpers/docx-text.js';
import { comparable } from '../helpers/same-text.js';

const work = mkdtempSync(join(tmpdir(), 'workplan-kpi-cover-'));
const team = join(work, 'data', 'desk');
const rep = join(team, 'ana');
const kpi = join(work, 'kpi.csv');

beforeAll(() => {
  mkdirSync(rep, { recursive: true });
  writeFileSync(
    join(team, 'team.md'),
    '---\nid: desk\nname: Desk\nlocale: en\nmetrics:\n  - {id: completeness, name: {en: Record completeness, zh-CN: 记录完整率, zh-TW: 記錄完整率, ko: 기록 완결률}, unit: percent, direction: higher, baseline: 68, target: 85}\n  - {id: calls, name: {en: Calls per week, zh-CN: 每周来电, zh-TW: 每週來電, ko: 주간 통화}, unit: count, direction: higher, baseline: 150, target: 200}\n---\n',
  );
  writeFileSync(join(rep, 'rep.md'), '---\nid: ana\nname: Ana Park\nteam: desk\nhired: 2024-03-01\nlocale: en\n---\n');
  // The note for M gives M−1's figures. No note for October: September has none from the notes.
  // June's note gives completeness only: May has no calls figure.
  for (const month of ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-11', '2026-12', '2027-01']) {
    const actuals = month === '2026-06' ? '{completeness: 74}' : '{completeness: 75, calls: 170}';
    writeFileSync(join(rep, `${month}.md`), `---\nmonth: ${month}\nactuals: ${actuals}\n---\n`);
  }
  writeFileSync(kpi, 'rep,month,metric,value\nana,2026-09,completeness,79.5\n');
});

const render = (locale: string, format: string) => {
  const out = join(work, `out-${locale}`);
  const r = cli(['batch', team, '--year', '2026', '--metrics', kpi, '--out', out, '--jobs', '1', '--locale', locale, '--format', format]);
  expect(r.status, r.stderr).toBe(0);
  return join(out, 'desk', 'ana', '2026-summary');
};

describe('coverage with a KPI export that fills one metric of a month', () => {
  test('English, PDF and DOCX: September named with its one metric from the export; May with its one metric from the notes', async () => {
    const base = render('en', 'both');
    const pdf = comparable(await pdfText(readFileSync(`${base}.pdf`)));
    const docx = comparable(await docxText(readFileSync(`${base}.docx`)));
    for (const text of [pdf, docx]) {
      expect(text).toContain(comparable('Notes for 11 of the 12 months of the year. No note for: October 2026.'));
      expect(text).toContain(
        comparable(
          'These months have figures for some metrics only and are gaps in the other charts: May 2026: figures only for Record completeness (the notes give none for the others); September 2026: figures only for Record completeness, from the KPI export (no note for October 2026).',
        ),
      );
      // No month is without any figure.
      expect(text).not.toContain(comparable('These months have no figures'));
    }
  });
  test.each([
    ['zh-CN', '以下月份只有部分指标有数据，其他指标的图表在这些月份留空：2026年5月只有记录完整率的数据（笔记中没有其他指标的数据）；2026年9月只有记录完整率的数据，来自KPI导出（没有2026年10月的笔记）。'],
    ['zh-TW', '以下月份只有部分指標有數據，其他指標的圖表在這些月份留白：2026年5月只有記錄完整率的數據（筆記中沒有其他指標的數據）；2026年9月只有記錄完整率的數據，來自KPI匯出（沒有2026年10月的筆記）。'],
    ['ko', '다음 달은 일부 지표의 수치만 있어 나머지 지표의 그래프에서 빈칸으로 표시됩니다: 2026년 5월: 기록 완결률 수치만 있음 (노트에 나머지 지표의 수치 없음); 2026년 9월: KPI 내보내기의 기록 완결률 수치만 있음 (2026년 10월 노트 없음).'],
  ])('%s', async (locale, sentence) => {
    const pdf = comparable(await pdfText(readFileSync(`${render(locale, 'pdf')}.pdf`)));
    expect(pdf).toContain(comparable(sentence));
  });
});
