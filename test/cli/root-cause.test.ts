/**
 * Root cause first: a mistake in team.md is listed before the notes that follow from it, and a
 * metric missing for twelve notes is reported once, with "…and 11 more notes use this metric".
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatDiagnostics, summarize } from '../../src/cli/report.js';
import { loadRep } from '../../src/notes/load-rep.js';
import type { Diagnostic } from '../../src/notes/diagnostic.js';
import { cli } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'workplan-root-cause-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A team of three reps with four monthly notes each, every note giving a value for `metric`. */
function team(name: string, teamMetrics: string, metric: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'team.md'), `---\nid: ${name}\nname: Desk\nmetrics:\n${teamMetrics}---\n`);
  for (const rep of ['ann', 'bea', 'cai']) {
    mkdirSync(join(dir, rep));
    writeFileSync(join(dir, rep, 'rep.md'), `---\nid: ${rep}\nname: ${rep}\nteam: ${name}\nrole: Rep\nhired: 2025-01-06\nmanager: Dana Lee\nlocale: en\n---\n`);
    for (const month of ['01', '02', '03', '04']) writeFileSync(join(dir, rep, `2026-${month}.md`), `---\nmonth: 2026-${month}\nactuals:\n  ${metric}: 70\n---\n`);
  }
  return dir;
}

const COMPLETENESS = '  - id: completeness\n    name: Record completeness\n    unit: percent\n    direction: higher\n    baseline: 68\n    target: 85\n';

async function diagnosticsOf(dir: string): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  for (const rep of ['ann', 'bea', 'cai']) out.push(...(await loadRep(join(dir, rep))).diagnostics);
  return out;
}

describe('a metric twelve notes use, missing from team.md', () => {
  test('is reported once, at its first use, with the number of notes that repeat it', async () => {
    const dir = team('desk', COMPLETENESS, 'fcr');
    const diags = await diagnosticsOf(dir);
    expect(diags).toHaveLength(12);
    expect(formatDiagnostics(diags, dir)).toBe(
      [
        'ann/2026-01.md:4:8  error actuals.fcr: names metric "fcr", which is not defined (found fcr)',
        '    hint: define it under metrics: in rep.md or team.md (known: completeness)',
        '    …and 11 more notes use this metric: ann/2026-02.md, ann/2026-03.md, ann/2026-04.md, …',
      ].join('\n'),
    );
    // The count still says how many problems there are.
    expect(summarize(diags)).toBe('12 errors, 0 warnings in 12 files');
  });

  test('the same id missing from two teams is two root causes: each team knows other metrics', async () => {
    const other = team('other', COMPLETENESS.replace('completeness', 'complaints').replace('percent', 'count'), 'fcr');
    const diags = [...(await diagnosticsOf(join(work, 'desk'))), ...(await diagnosticsOf(other))];
    const text = formatDiagnostics(diags, work);
    expect(text.match(/…and 11 more notes use this metric/g)).toHaveLength(2);
    expect(text).toContain('desk/ann/2026-01.md:4:8  error actuals.fcr');
    expect(text).toContain('other/ann/2026-01.md:4:8  error actuals.fcr');
  });
});

describe('a mistake in team.md', () => {
  test('is the only error: the notes naming its metrics are not sent to define what is there', async () => {
    // "unit: percentage" makes the whole team.md unreadable. "completeness" is defined there, so
    // "names metric completeness, which is not defined" on twelve notes would point at the wrong fix.
    const dir = team('broken', COMPLETENESS.replace('unit: percent', 'unit: percentage'), 'completeness');
    const diagnostics = await diagnosticsOf(dir);
    const text = formatDiagnostics(diagnostics, dir);
    expect(text.split('\n')[0]).toMatch(/^team\.md:\d+:\d+ {2}error metrics\[0\]\.unit: /);
    expect(text).not.toContain('which is not defined');
    expect(new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file))).toEqual(new Set([join(dir, 'team.md')]));
  });

  test('leaves the reps with no notes to render, rather than documents without the team metrics', async () => {
    const dir = team('broken-too', COMPLETENESS.replace('unit: percent', 'unit: percentage'), 'completeness');
    const loaded = await loadRep(join(dir, 'ann'));
    expect(loaded.notes).toBeUndefined();
    const plan = cli(['plan', join(dir, 'ann', '2026-04.md'), '--out', join(work, 'broken-out')], {}, dir);
    expect(plan.status).toBe(1);
    expect(plan.stderr).toContain('1 of 1 plans not rendered');
  });

  test('a metric missing from a team.md that reads fine is still reported at the note', async () => {
    const dir = team('readable', COMPLETENESS, 'fcr');
    expect(formatDiagnostics(await diagnosticsOf(dir), dir)).toContain('names metric "fcr", which is not defined');
  });
});

describe('the command line folds the same way', () => {
  test('validate and batch print the missing metric once', () => {
    const dir = join(work, 'desk');
    const validate = cli(['validate', dir], {}, dir);
    expect(validate.status).toBe(1);
    expect(validate.stderr.match(/names metric "fcr"/g)).toHaveLength(1);
    expect(validate.stderr).toContain('…and 11 more notes use this metric');
    // The batch gathers its reps' problems from worker threads: the root cause survives the crossing.
    const batch = cli(['batch', dir, '--year', '2026', '--out', join(work, 'out'), '--jobs', '2'], {}, dir);
    expect(batch.stderr.match(/names metric "fcr"/g)).toHaveLength(1);
    expect(batch.stderr).toContain('…and 11 more notes use this metric');
  });
});
