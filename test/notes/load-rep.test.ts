import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadRep } from '../../src/notes/load-rep.js';
import { formatDiagnostics } from '../../src/cli/report.js';
import { expectGolden } from '../helpers/golden.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const root = join(import.meta.dirname, '..', '..');

describe('loadRep on valid notes', () => {
  test('reads profiles, months in order and merges team and rep metrics', async () => {
    const r = await loadRep(join(fixtures, 'team-a', 'ana'));
    expect(r.diagnostics).toEqual([]);
    expect(r.notes?.months.map((m) => m.data.month)).toEqual(['2026-08', '2026-09']);
    expect(r.notes?.metrics.map((m) => m.id)).toEqual(['completeness', 'complaints', 'weekly-calls']);
    expect(r.notes?.team?.data.name).toBe('Team A');
    expect(r.notes?.months[1]!.body).toContain('Listening to the end');
  });
});

describe('loadRep reading part of a folder', () => {
  test('upTo reads the months up to the plan\'s own and no annual note, so later notes are neither parsed nor reported', async () => {
    const all = await loadRep(join(fixtures, 'bad-team', 'bo'));
    const upTo = await loadRep(join(fixtures, 'bad-team', 'bo'), { upTo: '2026-08' });
    expect(all.diagnostics.some((d) => d.file.endsWith('2026-09.md'))).toBe(true);
    expect(upTo.diagnostics.filter((d) => /20\d\d-\d\d\.md$/.test(d.file))).toEqual([]);
    expect(upTo.notes?.months.map((m) => m.data.month)).toEqual(['2026-08']);
    expect(upTo.notes?.annuals).toEqual([]);
  });

  test('only checks the notes named, reading the month before each for its goal references, and reports nothing of that month', async () => {
    const folder = join(fixtures, 'bad-team', 'bo');
    const all = await loadRep(folder);
    const only = await loadRep(folder, { only: [join(folder, '2026-10.md')] });
    const byFile = (r: typeof all) => [...new Set(r.diagnostics.map((d) => d.file.split('/').pop()))].sort();
    expect(byFile(all)).toEqual(expect.arrayContaining(['2026-09.md', '2026-10.md']));
    expect(byFile(only).filter((f) => /^\d{4}-\d\d\.md$/.test(f!))).toEqual(['2026-10.md']);
    // The note's own problems are the same whether the folder or the note is checked.
    const mine = (r: typeof all) => r.diagnostics.filter((d) => d.file.endsWith('2026-10.md'));
    expect(mine(only)).toEqual(mine(all));
  });
});

describe('loadRep on broken notes', () => {
  test('reports every problem of every note at once, with file, line, field and hint (golden)', async () => {
    const r = await loadRep(join(fixtures, 'bad-team', 'bo'));
    expectGolden('validate-bad-team.txt', formatDiagnostics(r.diagnostics, root) + '\n');
  });

  test('skips only the broken notes and keeps the good one', async () => {
    const r = await loadRep(join(fixtures, 'bad-team', 'bo'));
    expect(r.notes?.months.map((m) => m.data.month)).toEqual(['2026-08']);
    expect(r.skipped.map((f) => f.slice(-10))).toEqual(['2026-09.md', '2026-10.md', '2026-11.md', '2026-12.md']);
  });

  test('a ---js front matter is never evaluated', async () => {
    await loadRep(join(fixtures, 'bad-team', 'bo'));
    expect(existsSync('/tmp/workplan-pwned')).toBe(false);
  });

  test('a typo in a field name suggests the right one at its line', async () => {
    const r = await loadRep(join(fixtures, 'bad-team', 'bo'));
    const d = r.diagnostics.find((x) => x.field === 'review.shortfals');
    expect(d).toMatchObject({ line: 7, column: 3, message: '"shortfals" is not a known field', hint: 'did you mean "shortfalls"?' });
  });

  test('an undefined metric id is an error even in a note that also fails its schema', async () => {
    const r = await loadRep(join(fixtures, 'bad-team', 'bo'));
    expect(r.diagnostics.find((x) => x.field === 'actuals.completness')?.hint).toBe('did you mean "completeness"?');
  });
});

describe('dates', () => {
  test('a date of the wrong shape is a diagnostic, not a crash; an impossible date is named as such', async () => {
    const { parseNoteText } = await import('../../src/notes/parse-note.js');
    const { repSchema } = await import('../../src/notes/schema.js');
    const rep = (hired: string) => `---\nid: a\nname: A\nteam: t\nrole: Agent\nhired: ${hired}\nmanager: M\nlocale: en\n---\n`;
    for (const [hired, message] of [
      ['2025-9-1', 'is not a date'],
      ['2025-09-31', 'is not a day of the calendar'],
    ] as const) {
      const r = parseNoteText('rep.md', rep(hired), repSchema);
      if (r.ok) throw new Error(`${hired} was accepted`);
      const d = r.diagnostics.find((x) => x.field === 'hired');
      expect(d?.line, hired).toBe(6);
      expect(d?.message, hired).toContain(message);
    }
  });
});

describe('team.md shared by the reps of a team', () => {
  test('is parsed once per text: the same result for every rep until the file changes, then the new text', async () => {
    const { mkdtempSync, writeFileSync, mkdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { parseSharedNote } = await import('../../src/notes/parse-note.js');
    const { teamSchema } = await import('../../src/notes/schema.js');
    const team = mkdtempSync(join(tmpdir(), 'workplan-shared-team-'));
    mkdirSync(team, { recursive: true });
    const file = join(team, 'team.md');
    const text = (target: number) => `---\nid: desk\nname: Desk\nmetrics:\n  - id: fcr\n    name: First-contact resolution\n    unit: percent\n    direction: higher\n    baseline: 60\n    target: ${target}\n---\n`;
    writeFileSync(file, text(80));
    const first = await parseSharedNote(file, teamSchema);
    const again = await parseSharedNote(file, teamSchema);
    expect(first.ok).toBe(true);
    expect(again).toBe(first);
    writeFileSync(file, text(85));
    const edited = await parseSharedNote(file, teamSchema);
    expect(edited).not.toBe(first);
    expect(edited.ok && edited.note.data.metrics?.[0]?.target).toBe(85);
  });
});
