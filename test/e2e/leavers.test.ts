/**
 * A team in which one rep left in August and one the year before, through the CLI: the rollup lists
 * the leaver and leaves them out of the year-end mean, the leaver's summary counts the months on the
 * team, and a plan for a month after leaving is refused (named) or skipped (found in a folder).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';
import { docxText } from '../helpers/docx-text.js';
import { comparable } from '../helpers/same-text.js';
import { completenessNote, DESK_TEAM, writerIn } from '../helpers/desk-team.js';

const work = mkdtempSync(join(tmpdir(), 'workplan-leavers-'));
const put = writerIn(work);
const month = completenessNote;

beforeAll(() => {
  put('desk/team.md', DESK_TEAM);
  // Amy and Bo stay: July's figures in August's notes, December's in January's.
  put('desk/amy/rep.md', '---\nname: Amy Wu\nhired: 2020-01-01\n---\n');
  put('desk/amy/2026-08.md', month('2026-08', 78));
  put('desk/amy/2027-01.md', month('2027-01', 80));
  put('desk/bo/rep.md', '---\nname: Bo Chen\nhired: 2020-01-01\n---\n');
  put('desk/bo/2026-08.md', month('2026-08', 88));
  put('desk/bo/2027-01.md', month('2027-01', 90));
  // Lee left on 15 August: notes January to August, the last giving July's 60%. A September note
  // was saved all the same (a copy of August's).
  put('desk/lee/rep.md', '---\nname: Lee Park\nhired: 2025-03-01\nleft: 2026-08-15\n---\n');
  for (let m = 1; m <= 8; m++) put(`desk/lee/2026-0${m}.md`, month(`2026-0${m}`, m === 8 ? 60 : 70));
  put('desk/lee/2026-09.md', month('2026-09', 60));
  // Old left in 2025: no part of the 2026 team.
  put('desk/old/rep.md', '---\nname: Old Timer\nhired: 2019-01-01\nleft: 2025-11-30\n---\n');
  put('desk/old/2025-11.md', month('2025-11', 75));
});

describe('a batch over a team with a leaver', () => {
  let stderr = '';
  let rollup = '';
  let summary = '';
  let summaryDocx = '';
  beforeAll(async () => {
    const r = cli(['batch', 'desk', '--year', '2026', '--format', 'both', '--out', 'out', '--jobs', '1'], {}, work);
    stderr = r.stderr;
    expect(r.status, r.stderr).toBe(0);
    rollup = comparable(await pdfText(readFileSync(join(work, 'out', 'desk', '2026-rollup.pdf'))));
    summary = comparable(await pdfText(readFileSync(join(work, 'out', 'desk', 'lee', '2026-summary.pdf'))));
    summaryDocx = comparable(await docxText(readFileSync(join(work, 'out', 'desk', 'lee', '2026-summary.docx'))));
  });
  // Hired 1 March 2025, Lee left in month 18: growth, the stage they left in.
  test('the rollup lists the leaver with the date, and keeps their row with the month of their last figure and 8 of 8 notes', () => {
    expect(rollup).toContain(comparable('Left during the year: Lee Park (August 15, 2026). They are in the monthly rows for the months they were on the team'));
    expect(rollup).toContain(comparable('Lee Park Growth (months 7–18) 8 / 8 — 60% (Jul) / 85% Behind'));
  });
  test('the year-end mean is (80 + 90) / 2 = 85%, with 1 of 2 reps on target, not (60 + 80 + 90) / 3', () => {
    expect(rollup).toContain(comparable('Record completeness (higher is better) 85% 85% 1 / 2'));
    expect(rollup).not.toContain(comparable('76.7%'));
    // The stages are of the two still there at the year's end.
    expect(rollup).toContain(comparable('Growth (months 7–18) 0 0% Mature (after 18 months) 2 100%'));
  });
  test('July\'s monthly mean still counts the leaver: (60 + 78 + 88) / 3 = 75.3% over 3 reps', () => {
    expect(rollup).toContain(comparable('July 2026 3 75.3%'));
  });
  test('a rep who left before the year is not in the rollup, and the batch says why', () => {
    expect(rollup).not.toContain('Old Timer');
    expect(stderr).toContain('desk/old/rep.md:4:7');
    expect(stderr).toContain('is before 2026: the rep left the team before the year began, so there is no 2026 summary and they are not in the team\'s 2026 rollup');
    expect(existsSync(join(work, 'out', 'desk', 'old'))).toBe(false);
    // Counted apart: nothing was rendered for them, and nothing failed.
    expect(stderr).toMatch(/\b3 of 4 reps rendered \(1 not on the team in 2026\), \d+ files/);
  });
  test("the leaver's summary counts the months on the team and says when they left, in the PDF and the DOCX", () => {
    const said = comparable('Left on August 15, 2026: notes for all 8 months on the team.');
    expect(summary).toContain(said);
    expect(summaryDocx).toContain(said);
  });
  test('the September note is named as not used', () => {
    expect(stderr).toContain('desk/lee/2026-09.md');
    expect(stderr).toContain('is for a month after the rep left (left: 2026-08-15 in rep.md), so it is not used');
  });
});

describe('plans for a month after the rep left', () => {
  test('named: refused at `left` in rep.md, with a hint, and nothing written', () => {
    const r = cli(['plan', 'desk/lee/2026-09.md', '--format', 'pdf', '--out', 'out-one'], {}, work);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('desk/lee/rep.md:4:7  error left: says the rep left before 2026-09, so there is no plan for 2026-09.md');
    expect(r.stderr).toContain('hint: a plan is made for each month the rep is on the team on its 1st; if the rep is still on the team, correct or remove "left:" in rep.md');
    expect(existsSync(join(work, 'out-one'))).toBe(false);
  });
  test('found in the rep\'s folder: skipped with the warning, every earlier month rendered', () => {
    const r = cli(['plan', 'desk/lee', '--format', 'pdf', '--out', 'out-all'], {}, work);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(work, 'out-all', 'desk', 'lee', '2026-08-plan.pdf'))).toBe(true);
    expect(existsSync(join(work, 'out-all', 'desk', 'lee', '2026-09-plan.pdf'))).toBe(false);
  });
});

describe('a team all of whose reps left before the year', () => {
  test('gets no rollup, and the warning says why: nobody was on the team, not that their notes failed', () => {
    put('gone/team.md', DESK_TEAM.replace('id: desk', 'id: gone'));
    put('gone/old/rep.md', '---\nname: Old Timer\nhired: 2019-01-01\nleft: 2025-11-30\n---\n');
    put('gone/old/2025-11.md', month('2025-11', 75));
    const r = cli(['batch', 'gone', '--year', '2026', '--format', 'pdf', '--out', 'out-gone', '--jobs', '1'], {}, work);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('gets no 2026 rollup: none of its reps was on the team in 2026');
    expect(r.stderr).toContain('hint: check the "left:" dates in their rep.md files, or leave this team out of the run');
    expect(r.stderr).not.toContain('could be summed up');
    expect(r.stderr).toMatch(/\b0 of 1 reps rendered \(1 not on the team in 2026\), 0 files/);
    expect(existsSync(join(work, 'out-gone'))).toBe(false);
  });
});
