/**
 * Who a team plan's people are, through the real CLI: a rep who joins during the quarter is a new
 * starter named with the day they join (not "in their first month" on a day they were not there),
 * one hired after the quarter is no part of it, and a metric nobody reported gets no empty chart.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';
import { docxText } from '../helpers/docx-text.js';
import { comparable } from '../helpers/same-text.js';
import { completenessNote as note, writerIn } from '../helpers/desk-team.js';

const TEAM = [
  '---', 'id: desk', 'name: Desk', 'locale: en', 'metrics:',
  '  - {id: completeness, name: Record completeness, unit: percent, direction: higher, baseline: 70, target: 85}',
  // Nobody's notes give it: its table cells read "—", and it has no line to chart.
  '  - {id: complaints, name: Monthly complaints, unit: count, direction: lower, baseline: 6, target: 2}',
  '---', '',
].join('\n');

describe('a quarter with a rep joining during it, one leaving and one hired after it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'workplan-team-plan-people-'));
  const write = writerIn(dir);
  const texts: Record<string, { pdf: string; docx: string }> = {};
  beforeAll(async () => {
    write('desk/team.md', TEAM);
    // Ann: on the team since 5 January, in her sixth month on 1 July (February to June are her five full ones).
    write('desk/ann/rep.md', '---\nname: Ann\nhired: 2026-01-05\n---\n');
    for (const [m, v] of [['2026-07', 78], ['2026-08', 80], ['2026-09', 82]] as const) write(`desk/ann/${m}.md`, note(m, v));
    // Dee joins on 10 August: her September note gives August's 72.
    write('desk/dee/rep.md', '---\nname: Dee\nhired: 2026-08-10\n---\n');
    write('desk/dee/2026-09.md', note('2026-09', 72));
    // Gus leaves on 20 July: on the team when the quarter starts, gone before August's figures.
    write('desk/gus/rep.md', '---\nname: Gus\nhired: 2025-01-01\nleft: 2026-07-20\n---\n');
    write('desk/gus/2026-07.md', note('2026-07', 88));
    // Hal has rep.md and no note yet: a mature rep in the stages, not one of the reps with notes.
    write('desk/hal/rep.md', '---\nname: Hal\nhired: 2024-02-01\n---\n');
    // Eve starts in October, after the quarter: she is in none of it.
    write('desk/eve/rep.md', '---\nname: Eve\nhired: 2026-10-05\n---\n');
    write('desk/plans/2026-Q3.md', '---\nperiod: 2026-Q3\n---\n');
    for (const locale of ['en', 'ko']) {
      const out = join(dir, `out-${locale}`);
      const r = cli(['team-plan', join(dir, 'desk'), '--period', '2026-Q3', '--locale', locale, '--out', out]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      texts[locale] = {
        pdf: comparable(await pdfText(readFileSync(join(out, 'desk', '2026-Q3-team-plan.pdf')))),
        docx: comparable(await docxText(readFileSync(join(out, 'desk', '2026-Q3-team-plan.docx')))),
      };
    }
  }, 60_000);

  test('the joiner is a new starter with the day she joins; the October hire is not counted', () => {
    for (const [locale, row, reps] of [
      ['en', 'Fresh (months 1–3) 1 Dee (joins August 10, 2026) Frustration (months 4–6) 1 Ann Growth (months 7–18) 0 — Mature (after 18 months) 2 Gus, Hal', 'Reps with notes: 3'],
      ['ko', '적응기 (1–3개월) 1 Dee (2026년 8월 10일 입사) 좌절기 (4–6개월) 1 Ann 성장기 (7–18개월) 0 — 성숙기 (18개월 이후) 2 Gus, Hal', '노트가 있는 상담원: 3명'],
    ] as const) {
      for (const text of [texts[locale]!.pdf, texts[locale]!.docx]) {
        expect(text).toContain(comparable(row));
        expect(text).toContain(comparable(reps));
        expect(text).not.toContain('Eve');
      }
    }
  });

  test("the team's figure is over the reps still there in August: Ann 82% and Dee 72%, not Gus's June 88%", () => {
    // (82 + 72) / 2 = 77; neither reaches 85. August's mean in the trend is the same two reps'.
    // With Gus it would read (82 + 72 + 88) / 3 = 80.7%, 1 of 3 on target, beside a trend that ends at 77%.
    expect(texts.en!.pdf).toContain(comparable('June 2026 2 83% — (0 reps) July 2026 1 80%'));
    expect(texts.en!.pdf).toContain(comparable('Record completeness (higher is better) 77% 85% Behind 0 / 2'));
    expect(texts.en!.pdf).toContain(comparable('August 2026 2 77%'));
  });

  test('a metric no rep reported has its rows of "—" but no chart', () => {
    const pdf = texts.en!.pdf;
    // Named in the figures table and the month-by-month table, never as a chart's title.
    expect(pdf.split(comparable('Monthly complaints')).length - 1).toBe(2);
    expect(pdf.split(comparable('Record completeness')).length - 1).toBe(3);
  });
});
