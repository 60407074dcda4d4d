/**
 * rep.md's `left:` checked against the hire date, the notes and a KPI export: exact diagnostics,
 * each at its file, line and field, with a hint.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadRep } from '../../src/notes/load-rep.js';
import { loadKpi } from '../../src/notes/load-kpi.js';
import { checkKpi } from '../../src/notes/check-kpi.js';
import { readRoster } from '../../src/scaffold/roster.js';
import { repSchema } from '../../src/notes/schema.js';
import { repProfileText } from '../../src/scaffold/starter-notes.js';

const TEAM = '---\nid: desk\nname: Desk\nmetrics:\n  - {id: c, name: Completeness, unit: percent, direction: higher, baseline: 68, target: 85}\n---\n';

function repFolder(profile: string, notes: Record<string, string> = {}): string {
  const team = mkdtempSync(join(tmpdir(), 'workplan-left-'));
  const folder = join(team, 'lee');
  mkdirSync(folder);
  writeFileSync(join(team, 'team.md'), TEAM);
  writeFileSync(join(folder, 'rep.md'), profile);
  for (const [name, text] of Object.entries(notes)) writeFileSync(join(folder, name), text);
  return folder;
}
const shown = (d: { file: string; line: number; field: string; severity: string; message: string; hint?: string }) => [d.file.split('/').pop(), d.line, d.field, d.severity, d.message, d.hint];

describe('left: in rep.md', () => {
  test('is an optional date, like hired', () => {
    expect(repSchema.parse({ name: 'Lee', left: new Date('2026-08-15T00:00:00Z') }).left).toBe('2026-08-15');
    expect(repSchema.safeParse({ name: 'Lee', left: '2026-02-30' }).success).toBe(false);
  });

  test('before the hire date is an error at `left`, and nothing is rendered from the rep', async () => {
    const folder = repFolder('---\nname: Lee\nhired: 2026-03-01\nleft: 2026-02-10\n---\n', { '2026-04.md': '---\nmonth: 2026-04\nactuals: {c: 70}\n---\n' });
    const r = await loadRep(folder);
    expect(r.notes).toBeUndefined();
    expect(r.diagnostics.map(shown)).toEqual([
      ['rep.md', 4, 'left', 'error', 'is before the hire date (hired: 2026-03-01); the rep cannot leave before joining', 'check the year of both dates: "left" is the last day on the team, "hired" the first'],
    ]);
  });

  test('a note for a month after the leaving month is a warning and is not used; its own problems are not reported', async () => {
    const folder = repFolder('---\nname: Lee\nhired: 2025-03-01\nleft: 2026-08-15\n---\n', {
      '2026-07.md': '---\nmonth: 2026-07\nactuals: {c: 80}\n---\n',
      '2026-08.md': '---\nmonth: 2026-08\nactuals: {c: 82}\n---\n',
      // September's note: after August, the month Lee left; its misspelt field would otherwise be an error.
      '2026-09.md': '---\nmonth: 2026-09\nactuals: {c: 83}\nstudyy: [x]\n---\n',
    });
    const r = await loadRep(folder);
    expect(r.diagnostics.map(shown)).toEqual([
      ['2026-09.md', 0, '', 'warning', 'is for a month after the rep left (left: 2026-08-15 in rep.md), so it is not used', 'if the rep is still on the team, correct or remove "left:" in rep.md; otherwise the note is not needed'],
    ]);
    expect(r.notes?.months.map((m) => m.data.month)).toEqual(['2026-07', '2026-08']);
    expect(r.skipped).toEqual([]);
  });

  test("a note for the leaving month itself is the rep's (they were there on its 1st), even when they left on the 1st", async () => {
    const folder = repFolder('---\nname: Lee\nleft: 2026-08-01\n---\n', { '2026-08.md': '---\nmonth: 2026-08\nactuals: {c: 82}\n---\n' });
    const r = await loadRep(folder);
    expect(r.diagnostics).toEqual([]);
    expect(r.notes?.months.map((m) => m.data.month)).toEqual(['2026-08']);
  });

  test("an annual note's December figures for a rep who left before December: a warning at `actuals`", async () => {
    const folder = repFolder('---\nname: Lee\nleft: 2026-08-15\n---\n', { '2026.md': '---\nyear: 2026\nsummary: A good year\nactuals: {c: 95}\n---\n' });
    const r = await loadRep(folder);
    expect(r.diagnostics.map(shown)).toEqual([
      ['2026.md', 4, 'actuals', 'warning', "are December's figures, but the rep left on 2026-08-15 (rep.md), so they are not used", 'if the rep is still on the team, correct or remove "left:" in rep.md; otherwise leave actuals out: the summary shows the last figures of the months worked'],
    ]);
  });

  test('a KPI row after the leaving month is a warning and not used; the leaving month\'s row is the rep\'s', async () => {
    const f = join(mkdtempSync(join(tmpdir(), 'kpi-left-')), 'k.csv');
    writeFileSync(f, 'rep,month,metric,value\nlee,2026-08,c,83\nlee,2026-09,c,99\n');
    const kpi = await loadKpi(f);
    const found = checkKpi(f, kpi.table, [{ id: 'lee', metrics: ['c'], hired: '2025-03-01', left: '2026-08-15' }], 2026);
    expect(found.map((d) => [d.line, d.severity, d.field, d.input, d.message, d.hint])).toEqual([
      [3, 'warning', 'month', '"2026-09"', 'is after rep lee left (2026-08-15), so the row is not used', 'a figure from after the leaving date is usually another rep\'s: check the row\'s rep id, or the date "left" in rep.md'],
    ]);
  });
});

describe('the roster\'s left column', () => {
  test('a date, not before the hire date; a good one goes into the row', () => {
    const { rows, diagnostics } = readRoster('roster.csv', 'id,name,hired,left\nlee,Lee,2025-03-01,2026-08-15\nbo,Bo,2026-03-01,2026-02-10\ncy,Cy,,2026-13-01\n');
    expect(rows.map((r) => [r.id, r.hired, r.left])).toEqual([['lee', '2025-03-01', '2026-08-15']]);
    expect(diagnostics.map((d) => [d.line, d.field, d.message, d.hint])).toEqual([
      [3, 'left', 'is before the hire date 2026-03-01', 'check the year of both dates: "left" is the last day on the team, "hired" the first'],
      [4, 'left', 'is not a date', 'write YYYY-MM-DD, the last day on the team, e.g. 2026-08-31'],
    ]);
  });
  test('a row with `left` writes it into rep.md with its comment; a row without writes none', () => {
    const profile = (left?: string) => repProfileText({ id: 'lee', name: 'Lee', team: 'desk', locale: 'en', hired: '2025-03-01', left });
    expect(profile('2026-08-15')).toContain('\nleft: 2026-08-15                 # optional: the last day on the team (YYYY-MM-DD); later months are not yours, and the year-end team figures leave you out\n');
    expect(profile()).not.toContain('left');
  });
});
