import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadRep } from '../../src/notes/load-rep.js';
import { readNoteText } from '../../src/notes/read-text.js';
import { findRepFolders } from '../../src/notes/find-notes.js';
import type { Diagnostic } from '../../src/notes/diagnostic.js';
import { scratchTeam } from './helpers.js';

const edit = (file: string, from: string, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

describe('values, dates and bytes a rep can get wrong', () => {
  test('a percent target of -5 or 1e308 and a count of -1 are errors at the value; 85 is fine', async () => {
    const team = scratchTeam();
    edit(join(team, 'team.md'), 'target: 85', 'target: 1e308');
    edit(join(team, 'ana', '2026-09.md'), 'complaints: 6', 'complaints: -1');
    edit(join(team, 'ana', '2026-09.md'), 'target: 80', 'target: -5');
    const r = await loadRep(join(team, 'ana'));
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file.slice(team.length + 1)}:${d.line} ${d.field} ${d.input} ${d.message}`)).toEqual([
      'team.md:10 metrics[0].target 1e+308 is outside what a percent metric can be (0 to 100)',
      'ana/2026-09.md:5 actuals.complaints -1 is outside what a count metric can be (0 to 1000000000)',
      'ana/2026-09.md:21 goals[0].target -5 is outside what a percent metric can be (0 to 100)',
    ]);
  });

  test('a hire date after the notes is a warning at the date', async () => {
    const team = scratchTeam();
    edit(join(team, 'ana', 'rep.md'), 'hired: 2026-03-01', 'hired: 2027-03-01');
    const r = await loadRep(join(team, 'ana'));
    expect(r.diagnostics).toEqual([{ file: join(team, 'ana', 'rep.md'), line: 6, column: 8, field: 'hired', input: '2027-03-01', message: "is after the month of 2026-08.md, 2026-09.md; those months are counted as the rep's first", hint: 'check the year of the hire date', severity: 'warning' }]);
    expect(r.notes?.months).toHaveLength(2);
  });

  test('a NUL byte is reported at its line', async () => {
    const team = scratchTeam();
    edit(join(team, 'ana', '2026-09.md'), 'study:', 'stu\0dy:');
    const r = await readNoteText(join(team, 'ana', '2026-09.md'));
    expect(r.ok ? undefined : [r.diagnostic.line, r.diagnostic.message]).toEqual([26, 'contains a NUL byte and looks binary']);
  });
});

describe('folders not searched are named', () => {
  test('a linked team folder is followed; a link loop and a folder seven levels down are warnings', async () => {
    const team = scratchTeam();
    const root = join(team, '..', 'data');
    mkdirSync(root);
    symlinkSync(team, join(root, 'linked-team'));
    symlinkSync(root, join(root, 'loop'));
    const deep = join(root, 'a', 'b', 'c', 'd', 'e', 'f', 'g');
    mkdirSync(deep, { recursive: true });
    const skipped: Diagnostic[] = [];
    expect(await findRepFolders(root, skipped)).toEqual([join(root, 'linked-team', 'ana')]);
    expect(skipped.map((d) => `${d.file.slice(root.length + 1)}: ${d.message}`)).toEqual([
      'a/b/c/d/e/f/g: is more than 6 folders below ' + root + ', and is not searched',
      'loop: is a link to a folder already searched, and is skipped',
    ]);
  });
  test("a rep's note saved in the team folder is named, not silently unread; a month's team plan in plans/ is not", async () => {
    const team = scratchTeam();
    writeFileSync(join(team, '2026-09.md'), readFileSync(join(team, 'ana', '2026-09.md')));
    writeFileSync(join(team, '2026.md'), '---\nyear: 2026\n---\n');
    writeFileSync(join(team, 'notes.md'), 'team minutes');
    mkdirSync(join(team, 'plans'));
    writeFileSync(join(team, 'plans', '2026-09.md'), '---\nperiod: 2026-09\n---\n');
    const skipped: Diagnostic[] = [];
    expect(await findRepFolders(team, skipped)).toEqual([join(team, 'ana')]);
    expect(skipped.map((d) => `${d.file.slice(team.length + 1)}: ${d.message} (${d.hint})`).sort()).toEqual([
      "2026-09.md: is a note outside any rep folder (there is no rep.md beside it), so nobody's documents read it (move it into the rep's folder, beside their rep.md)",
      "2026.md: is a note outside any rep folder (there is no rep.md beside it), so nobody's documents read it (move it into the rep's folder, beside their rep.md)",
    ]);
  });
});
