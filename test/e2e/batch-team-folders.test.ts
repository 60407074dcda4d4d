/**
 * A manager's batch over a team whose folders went wrong the way real ones do: a rep's folder
 * copied with its id, one person's notes split over two folders, a rep whose every note is broken.
 * Figures are small enough to check by hand.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';
import { comparable } from '../helpers/same-text.js';
import { completenessNote, DESK_TEAM, writerIn } from '../helpers/desk-team.js';

const work = mkdtempSync(join(tmpdir(), 'workplan-team-folders-'));
const put = writerIn(work);
const month = completenessNote;

beforeAll(() => {
  put('desk/team.md', DESK_TEAM);
  // Ann's folder, and an old copy of it that kept her id.
  put('desk/ann/rep.md', '---\nname: Ann Lee\nhired: 2024-01-01\n---\n');
  put('desk/ann/2026-02.md', month('2026-02', 72));
  put('desk/ann-copy/rep.md', '---\nid: ann\nname: Ann Lee\nhired: 2024-01-01\n---\n');
  put('desk/ann-copy/2026-02.md', month('2026-02', 71));
  // Bo's notes split over two folders: January and February figures in bo, March's in bo-2.
  put('desk/bo/rep.md', '---\nname: Bo Chen\nhired: 2025-03-01\n---\n');
  put('desk/bo/2026-02.md', month('2026-02', 80));
  put('desk/bo/2026-03.md', month('2026-03', 82));
  put('desk/bo-2/rep.md', '---\nname: Bo Chen\nhired: 2025-03-01\n---\n');
  put('desk/bo-2/2026-04.md', month('2026-04', 84));
  // Cy: every note broken; a misspelt field in February (line 3), a full-width colon in March (line 4).
  put('desk/cy/rep.md', '---\nname: Cy Park\nhired: 2023-01-01\n---\n');
  put('desk/cy/2026-02.md', '---\nmonth: 2026-02\nactualz:\n  completeness: 70\n---\n');
  put('desk/cy/2026-03.md', '---\nmonth: 2026-03\nactuals:\n  completeness： 75\n---\n');
  put('desk/plans/2026-H1.md', '---\nperiod: 2026-H1\nauthor: Dana\nobjectives:\n  - title: Completeness at 85%\n    metric: completeness\n    target: 85\n---\n');
});

describe('batch over copied and split rep folders', () => {
  let stderr = '';
  let rollup = '';
  let teamPlan = '';
  beforeAll(async () => {
    const r = cli(['batch', 'desk', '--year', '2026', '--period', '2026-H1', '--format', 'pdf', '--out', 'out', '--jobs', '1'], {}, work);
    expect(r.status).toBe(1);
    stderr = r.stderr;
    rollup = comparable(await pdfText(readFileSync(join(work, 'out', 'desk', '2026-rollup.pdf'))));
    teamPlan = comparable(await pdfText(readFileSync(join(work, 'out', 'desk', '2026-H1-team-plan.pdf'))));
  });

  test('both folders that share an id are listed in the rollup as left out, each with its rep.md', () => {
    const reason = 'rep.md has the same id as another rep folder, so neither is summed up; give each rep its own id';
    expect(rollup).toContain(comparable('Not included in the figures above, because their notes could not be used:'));
    expect(rollup).toContain(comparable(`Ann Lee (ann): ${reason} (ann/rep.md:1)`));
    expect(rollup).toContain(comparable(`Ann Lee (ann): ${reason} (ann-copy/rep.md:2)`));
  });

  test("a rep's broken notes are listed in the order of the files", () => {
    expect(rollup).toContain(comparable('Cy Park: notes with errors; run workplan validate on them (2026-02.md:3, 2026-03.md:4)'));
  });

  test('the figures are over the two Bo Chen folders only, each told apart by id', () => {
    // Year-end: bo 82 (February), bo-2 84 (March); mean 83, neither at 85.
    // Hired March 2025: mature by December (month 22), 12 notes due. Neither folder has a December
    // figure: each value carries its month rather than pass for the year-end.
    // Neither folder's notes set goals: the goals column reads —, not 0 / 0.
    expect(rollup).toContain(comparable('Bo Chen (bo) Mature (after 18 months) 2 / 12 — 82% (Feb) / 85% Behind'));
    expect(rollup).toContain(comparable('Bo Chen (bo-2) Mature (after 18 months) 1 / 12 — 84% (Mar) / 85% Behind'));
    expect(rollup).toContain(comparable('Record completeness (higher is better) 83% 85% 0 / 2'));
    // January and February from bo alone, March from bo-2 alone: one rep each month, one coming and one going.
    expect(rollup).toContain(comparable('January 2026 1 80%'));
    expect(rollup).toContain(comparable('February 2026 1 82%'));
    expect(rollup).toContain(comparable('March 2026 1 84%'));
  });

  test("a summary whose figures stop before December names the month beside the year-end value", async () => {
    const summary = comparable(await pdfText(readFileSync(join(work, 'out', 'desk', 'bo', '2026-summary.pdf'))));
    // Baseline 70, last value February's 82 (+12 points), target 85; best February, worst January's 80; 0 of 2 months on target.
    expect(summary).toContain(comparable('Record completeness (higher is better) 70% 82% (Feb) +12 pp 85% 82% · Feb 80% · Jan 0 / 2 Behind'));
  });

  test('two folders with one name and hire date are warned about, naming both ids', () => {
    expect(stderr).toContain('desk/bo-2/rep.md  warning: has the same name "Bo Chen" and hire date 2025-03-01 as desk/bo, so the team\'s documents count them as two reps (bo and bo-2)');
    expect(stderr).toContain('hint: if they are one person, move the notes into one of the folders and delete the other');
    const v = cli(['validate', 'desk'], {}, work);
    expect(v.stderr).toContain('desk/bo-2/rep.md  warning: has the same name "Bo Chen" and hire date 2025-03-01 as desk/bo');
  });

  test('the team plan leaves out both folders that share an id, saying why, instead of counting Ann twice', () => {
    const reason = 'rep.md has the same id as another rep folder, so neither is summed up; give each rep its own id';
    expect(teamPlan).toContain(comparable(`Ann Lee: ann/rep.md:1 (${reason})`));
    expect(teamPlan).toContain(comparable(`Ann Lee: ann-copy/rep.md:2 (${reason})`));
    expect(teamPlan).not.toContain(comparable('Ann Lee (ann)'));
  });
});

describe("one rep's folder given to batch", () => {
  test("renders that rep's summary and the whole team's rollup, the same bytes as a run over the team", () => {
    const r = cli(['batch', 'desk/bo', '--year', '2026', '--format', 'pdf', '--out', 'one-rep', '--jobs', '1'], {}, work);
    // Only bo was asked for, and bo rendered: the others' problems are the team run's to report.
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('1 of 1 reps rendered, 2 files');
    // Before, the rollup held bo alone, and written to the team's folder it replaced the team's.
    expect(readFileSync(join(work, 'one-rep', 'desk', '2026-rollup.pdf')).equals(readFileSync(join(work, 'out', 'desk', '2026-rollup.pdf')))).toBe(true);
    expect(readFileSync(join(work, 'one-rep', 'desk', 'bo', '2026-summary.pdf')).equals(readFileSync(join(work, 'out', 'desk', 'bo', '2026-summary.pdf')))).toBe(true);
  });
});

describe('a KPI export over the same team', () => {
  test("rows for a rep left out are still checked: a refused folder's id is known, a broken rep's metrics are", () => {
    put('kpi.csv', 'rep,month,metric,value\nann,2026-03,completeness,77\ncy,2026-02,completness,80\nbo,2026-02,completeness,81\n');
    const r = cli(['batch', 'desk', '--year', '2026', '--format', 'pdf', '--out', 'kpi-out', '--jobs', '1', '--metrics', 'kpi.csv'], {}, work);
    expect(r.status).toBe(1);
    // Before, ann's row read as a rep not in the run and cy's misspelt metric passed unseen.
    expect(r.stderr).not.toMatch(/kpi\.csv:2/);
    expect(r.stderr).toMatch(/kpi\.csv:3\s+error metric: names metric "completness", which rep cy does not have \(found "completness"\)\n\s+hint: did you mean "completeness"\?/);
    // bo's row is his and his metric's: only a warning that it differs from his note (82 for February).
    expect(r.stderr).not.toMatch(/kpi\.csv:4\s+error/);
    expect(r.stderr).toMatch(/kpi\.csv:4\s+warning value: gives completeness for 2026-02 as 81, but desk\/bo\/2026-03\.md gives 82/);
  });
});

describe('workplan build over the same team', () => {
  test("the build's rollup lists the reps left out, as the batch's does, byte for byte the same", async () => {
    put('workplan.config.json', JSON.stringify({ out: 'build-out', format: 'pdf', year: 2026, summaries: ['desk/*'], rollups: ['desk'], jobs: 1 }));
    const r = cli(['build'], {}, work);
    expect(r.status).toBe(1);
    const built = readFileSync(join(work, 'build-out', 'desk', '2026-rollup.pdf'));
    // Before, the build's rollup was refused whole for the copied folder, and otherwise named nobody left out.
    const text = comparable(await pdfText(built));
    expect(text).toContain(comparable('Cy Park: notes with errors; run workplan validate on them (2026-02.md:3, 2026-03.md:4)'));
    expect(text).toContain(comparable('(ann-copy/rep.md:2)'));
    expect(built.equals(readFileSync(join(work, 'out', 'desk', '2026-rollup.pdf')))).toBe(true);
  });

  test("the config's KPI export has its bad rows reported, as in a batch", () => {
    put('kpi-build.csv', 'rep,month,metric,value\nbo,2026-02,completness,81\nbo,2026-13,completeness,81\n');
    put('workplan.config.json', JSON.stringify({ out: 'build-kpi', format: 'pdf', year: 2026, summaries: ['desk/*'], rollups: ['desk'], metrics: 'kpi-build.csv', jobs: 1 }));
    const r = cli(['build'], {}, work);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/kpi-build\.csv:2\s+error metric: names metric "completness", which rep bo does not have/);
    expect(r.stderr).toMatch(/kpi-build\.csv:3\s+error month: is not a month \(found "2026-13"\)/);
  });
});

describe('a KPI row from before the rep was hired', () => {
  test('is reported and left out of the summary and the team means', async () => {
    put('desk2/team.md', '---\nid: desk2\nname: Desk 2\nlocale: en\nmetrics:\n  - id: calls\n    name: Calls per week\n    unit: count\n    direction: higher\n    baseline: 150\n    target: 200\n---\n');
    put('desk2/eve/rep.md', '---\nname: Eve Kim\nhired: 2025-01-01\n---\n');
    put('desk2/eve/2026-03.md', '---\nmonth: 2026-03\nactuals:\n  calls: 170\n---\n');
    // Gus joined on 6 May: his first figures are May's (from the June note).
    put('desk2/gus/rep.md', '---\nname: Gus Lee\nhired: 2026-05-06\n---\n');
    put('desk2/gus/2026-06.md', '---\nmonth: 2026-06\nactuals:\n  calls: 120\n---\n');
    put('kpi-hired.csv', 'rep,month,metric,value\ngus,2026-02,calls,100\n');
    const r = cli(['batch', 'desk2', '--year', '2026', '--format', 'pdf', '--out', 'hired-out', '--jobs', '1', '--metrics', 'kpi-hired.csv'], {}, work);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/kpi-hired\.csv:2\s+warning month: is before rep gus was hired \(2026-05-06\), so the row is not used \(found "2026-02"\)/);
    const summary = comparable(await pdfText(readFileSync(join(work, 'hired-out', 'desk2', 'gus', '2026-summary.pdf'))));
    // Only May's 120 is his: best and worst month May, one month graded.
    expect(summary).toContain(comparable('Calls per week (higher is better) 150 120 (May) −30 200 120 · May 120 · May 0 / 1 Behind'));
    const rollup = comparable(await pdfText(readFileSync(join(work, 'hired-out', 'desk2', '2026-rollup.pdf'))));
    // February has Eve's 170 alone; before the fix Gus's 100 made it 2 reps at 135.
    expect(rollup).toContain(comparable('February 2026 1 170'));
  });
});

describe("a rep's note saved in the team folder", () => {
  test('is named by validate and batch rather than left unread in silence', () => {
    put('desk4/team.md', readFileSync(join(work, 'desk', 'team.md'), 'utf8').replace('id: desk', 'id: desk4'));
    put('desk4/hal/rep.md', '---\nname: Hal Ono\n---\n');
    put('desk4/hal/2026-04.md', month('2026-04', 75));
    put('desk4/2026-05.md', month('2026-05', 77));
    const warning = "desk4/2026-05.md  warning: is a note outside any rep folder (there is no rep.md beside it), so nobody's documents read it\n    hint: move it into the rep's folder, beside their rep.md";
    const v = cli(['validate', 'desk4'], {}, work);
    expect(v.stderr).toContain(warning);
    put('desk4/plans/2026-H2.md', '---\nperiod: 2026-H2\n---\n');
    const b = cli(['batch', 'desk4', '--year', '2026', '--period', '2026-H2', '--format', 'pdf', '--out', 'desk4-out', '--jobs', '1'], {}, work);
    expect(b.status).toBe(0);
    expect(b.stderr).toContain(warning);
    // Once, though the batch looks through the team folder again for the rollup and the team plan.
    expect(b.stderr.split('desk4/2026-05.md').length - 1).toBe(1);
  });
});
