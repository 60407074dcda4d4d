/**
 * `summary --metrics`: one rep's year-end summary with the call system's figures, as `batch`
 * takes them. The export fills the months the notes leave empty; its rows are checked against the
 * reps summed up (a bad row is reported with its line), and rows of reps not in this run are not
 * reported, since a centre-wide export names everybody.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';
import { comparable } from '../helpers/same-text.js';
import { completenessNote, DESK_TEAM, writerIn } from '../helpers/desk-team.js';

const work = mkdtempSync(join(tmpdir(), 'workplan-summary-metrics-'));
const put = writerIn(work);

beforeAll(() => {
  put('desk/team.md', DESK_TEAM);
  put('desk/amy/rep.md', '---\nname: Amy Wu\nhired: 2020-01-01\n---\n');
  // Notes give January to November (in the notes of February to December); December is the export's.
  for (let m = 2; m <= 12; m++) put(`desk/amy/2026-${String(m).padStart(2, '0')}.md`, completenessNote(`2026-${String(m).padStart(2, '0')}`, 70 + m));
  put('desk/bo/rep.md', '---\nname: Bo Chen\nhired: 2020-01-01\n---\n');
});

describe('summary --metrics', () => {
  test('the export gives December; another rep\'s rows are not this run\'s business', async () => {
    writeFileSync(join(work, 'kpi.csv'), 'rep,month,metric,value\namy,2026-12,completeness,86\nzoe,2026-12,completeness,80\n');
    const r = cli(['summary', 'desk/amy', '--year', '2026', '--metrics', 'kpi.csv', '--format', 'pdf', '--out', 'out-ok'], {}, work);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('zoe');
    const text = comparable(await pdfText(readFileSync(join(work, 'out-ok', 'desk', 'amy', '2026-summary.pdf'))));
    // Year end 86% (December, from the export) against 85: met; without the export it would be 82% (November).
    expect(text).toContain(comparable('Record completeness (higher is better) 70% 86%'));
    expect(text).not.toContain(comparable('82% (Nov)'));
  });

  test('a bad row of a rep summed up is reported at its line, and the run exits 1', () => {
    writeFileSync(join(work, 'bad.csv'), 'rep,month,metric,value\namy,2026-12,completenes,86\n');
    const r = cli(['summary', 'desk/amy', '--year', '2026', '--metrics', 'bad.csv', '--format', 'pdf', '--out', 'out-bad'], {}, work);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad.csv:2');
    expect(r.stderr).toContain('did you mean "completeness"?');
  });

  test('a KPI file that is not there is an input error before anything is rendered', () => {
    const r = cli(['summary', 'desk/amy', '--year', '2026', '--metrics', 'none.csv', '--out', 'out-none'], {}, work);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot find the KPI file none.csv');
  });
});

describe('a year of notes without any figure', () => {
  test('has no trends section: no heading over nothing, no empty charts', async () => {
    put('desk/cy/rep.md', '---\nname: Cy Li\nhired: 2020-01-01\n---\n');
    for (const m of ['03', '04']) put(`desk/cy/2026-${m}.md`, `---\nmonth: 2026-${m}\nstudy:\n  - product training\n---\n`);
    const r = cli(['summary', 'desk/cy', '--year', '2026', '--format', 'pdf', '--out', 'out-none-figured'], {}, work);
    expect(r.status, r.stderr).toBe(0);
    const text = comparable(await pdfText(readFileSync(join(work, 'out-none-figured', 'desk', 'cy', '2026-summary.pdf'))));
    expect(text).toContain(comparable('Record completeness'));
    expect(text).not.toContain(comparable('Month by month'));
  });
});
