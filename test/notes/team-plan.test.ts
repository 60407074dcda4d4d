/**
 * The team plan note (plans/<period>.md): read with the same reader as a rep's note and checked
 * against team.md and the previous period's plan. Every problem comes back at once, with its line.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadTeamPlan } from '../../src/notes/load-team-plan.js';
import { findTeamPlans } from '../../src/notes/find-notes.js';

const TEAM = `---
id: desk
name: Desk
metrics:
  - {id: complaints, name: Complaints, unit: count, direction: lower, baseline: 6, target: 2}
  - {id: completeness, name: Completeness, unit: percent, direction: higher, baseline: 68, target: 85}
---
`;

function team(plans: Record<string, string>, withTeam = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'workplan-team-plan-'));
  if (withTeam) writeFileSync(join(dir, 'team.md'), TEAM);
  mkdirSync(join(dir, 'plans'));
  for (const [name, text] of Object.entries(plans)) writeFileSync(join(dir, 'plans', name), text);
  return dir;
}

const H1 = `---
period: 2026-H1
objectives:
  - {id: calls-h1, title: Calls, metric: complaints, target: 3}
---
`;

describe('team plan validation', () => {
  test('a good plan loads, with the previous period\'s plan beside it', async () => {
    const dir = team({ '2026-H1.md': H1, '2026-H2.md': '---\nperiod: 2026-H2\nobjectives:\n  - title: Fewer complaints\n    metric: complaints\n    target: 2\nschedule:\n  - what: Refresher\n---\nBody.\n' });
    const loaded = await loadTeamPlan(dir, '2026-H2');
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.notes!.plan.data.objectives[0]).toMatchObject({ title: 'Fewer complaints', metric: 'complaints', target: 2, actions: [] });
    expect(loaded.notes!.plan.data.schedule).toEqual([{ what: 'Refresher' }]);
    expect(loaded.notes!.plan.body).toBe('Body.\n');
    expect(loaded.notes!.previous!.data.objectives[0]!.id).toBe('calls-h1');
  });

  test('every problem of a bad plan at once: file, line, field, plain words and a hint', async () => {
    const dir = team({
      '2026-H1.md': H1,
      '2026-H2.md': [
        '---',
        'period: 2026-H1',
        'objectivs: []',
        'objectives:',
        '  - title: Fewer complaints',
        '    metric: complaint',
        '    target: 2',
        '  - title: Records',
        '    target: 85',
        '    start: 2026-09-01',
        '    due: 2026-07-31',
        'training:',
        '  - what: Etiquette',
        '    by: ""',
        'review:',
        '  - goal: calls-h2',
        '    result: met',
        '---',
        '',
      ].join('\n'),
    });
    const { notes, diagnostics } = await loadTeamPlan(dir, '2026-H2');
    expect(notes).toBeUndefined();
    const file = join(dir, 'plans', '2026-H2.md');
    expect(diagnostics.map((d) => ({ file: d.file, line: d.line, field: d.field, message: d.message, hint: d.hint, severity: d.severity }))).toEqual([
      { file, line: 14, field: 'training[0].by', message: 'is empty', hint: 'write some text, or remove the line', severity: 'error' },
      { file, line: 3, field: 'objectivs', message: '"objectivs" is not a known field', hint: 'did you mean "objectives"?', severity: 'error' },
      { file, line: 2, field: 'period', message: 'says 2026-H1 but the file is named 2026-H2.md', hint: 'rename the file or correct the period', severity: 'error' },
      { file, line: 6, field: 'objectives[0].metric', message: 'names metric "complaint", which is not defined in team.md', hint: 'did you mean "complaints"?', severity: 'error' },
      { file, line: 9, field: 'objectives[1].target', message: 'has a target but no metric', hint: 'add "metric: <id>" (one of team.md\'s metrics) so the next period\'s plan can judge it', severity: 'error' },
      { file, line: 11, field: 'objectives[1].due', message: 'is before start (2026-09-01)', hint: 'swap the two dates', severity: 'error' },
      { file, line: 16, field: 'review[0].goal', message: "matches no objective of the previous period's plan", hint: 'did you mean "calls-h1"?', severity: 'error' },
    ]);
  });

  test('a period that is no period, and a review without a previous plan', async () => {
    const dir = team({ '2026-Q3.md': '---\nperiod: 2026-Q5\nreview:\n  - {goal: x, result: met}\n---\n' });
    const { diagnostics } = await loadTeamPlan(dir, '2026-Q3');
    expect(diagnostics.map((d) => [d.line, d.field, d.message, d.hint, d.severity])).toEqual([
      [2, 'period', 'is not a plan period', 'write a month (2026-09), a quarter (2026-Q3) or a half-year (2026-H2)', 'error'],
      [4, 'review[0].goal', "refers to the previous period's objectives, but there is no plan for that period", 'the outcome is shown as written', 'warning'],
    ]);
  });

  test('a missing plan says which file to write', async () => {
    const dir = team({});
    const { notes, diagnostics } = await loadTeamPlan(dir, '2026-09');
    expect(notes).toBeUndefined();
    expect(diagnostics).toEqual([{ file: join(dir, 'plans', '2026-09.md'), line: 0, column: 0, field: '', message: 'is missing: there is no team plan for 2026-09', hint: `write the plan in ${join(dir, 'plans', '2026-09.md')}, with "period: 2026-09" between two "---" lines (see "Team plan" in the README)`, severity: 'error' }]);
  });

  test('without team.md no metric is known, so a metric is reported with where to define it', async () => {
    const dir = team({ '2026-09.md': '---\nperiod: 2026-09\nobjectives:\n  - {title: X, metric: complaints, target: 2}\n---\n' }, false);
    const { diagnostics } = await loadTeamPlan(dir, '2026-09');
    expect(diagnostics.map((d) => [d.line, d.field, d.message, d.hint])).toEqual([[4, 'objectives[0].metric', 'names metric "complaints", which is not defined in team.md', 'define it under metrics: in team.md']]);
  });

  test('validate finds the plans of the team folders it is given, and plan files named directly', async () => {
    const dir = team({ '2026-H1.md': H1, '2026-09.md': '---\nperiod: 2026-09\n---\n', 'notes.md': 'not a plan' });
    expect((await findTeamPlans([dir], [])).map((p) => [p.period, p.team])).toEqual([['2026-09', dir], ['2026-H1', dir]]);
    expect((await findTeamPlans([join(dir, 'plans', '2026-H1.md')], [])).map((p) => p.period)).toEqual(['2026-H1']);
    expect((await findTeamPlans([join(dir, 'plans')], [])).length).toBe(2);
  });
});
