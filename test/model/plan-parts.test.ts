/** The monthly plan and annual summary views carry every part of a real plan (hand-checked values). */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadRep, type RepNotes } from '../../src/notes/load-rep.js';
import { buildMonthlyPlan } from '../../src/model/monthly-plan.js';
import { buildAnnualSummary } from '../../src/model/annual-summary.js';
import { groupByTerm, shareBehind, type PlanGoal } from '../../src/model/plan-parts.js';

async function repWith(files: Record<string, string>): Promise<RepNotes> {
  const dir = join(mkdtempSync(join(tmpdir(), 'workplan-parts-')), 'desk', 'ana');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const r = await loadRep(dir);
  if (!r.notes) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.notes;
}

const metric = '  - {id: records, name: Records, unit: percent, direction: higher, baseline: 60, target: 80}\n';

describe('goals grouped by term', () => {
  const g = (title: string, term?: 'short' | 'long'): PlanGoal => ({ title, term, actions: [], precision: { min: 0, max: 0 } });
  test('goals without a term first, then short, then long, numbered 1.. across the groups', () => {
    const groups = groupByTerm([g('L1', 'long'), g('S1', 'short'), g('N1'), g('S2', 'short')]);
    expect(groups.map((x) => [x.term, x.goals.map((y) => `${y.number} ${y.title}`)])).toEqual([
      [undefined, ['1 N1']],
      ['short', ['2 S1', '3 S2']],
      ['long', ['4 L1']],
    ]);
  });
  test('no terms anywhere: one group, in the order written', () => {
    expect(groupByTerm([g('A'), g('B')]).map((x) => x.goals.map((y) => y.number))).toEqual([[1, 2]]);
  });
});

describe('the count behind a value', () => {
  test('shown only while the value is exactly that share', () => {
    const share = { count: 993, of: 1460 };
    expect(shareBehind(share, (993 / 1460) * 100)).toBe(share);
    // A KPI import replaced the value with 70: the count no longer describes it.
    expect(shareBehind(share, 70)).toBeUndefined();
    expect(shareBehind(undefined, 68)).toBeUndefined();
  });
});

describe('a monthly plan from a profile with only a name', () => {
  test('no hire date: no tenure and no stage; the framing and the share come through', async () => {
    const notes = await repWith({
      'rep.md': `---\nname: Ana\nmetrics:\n${metric}---\n`,
      '2026-09.md': [
        '---',
        'month: 2026-09',
        'actuals: {records: {count: 66, of: 100}}',
        'opening: Why this plan.',
        'closing: Thank you.',
        'support: [A headset]',
        'supervisor: {comment: Agreed., name: Lee, date: 2026-09-02}',
        'goals:',
        '  - {title: Records at 70%, metric: records, target: 70, term: short}',
        '---',
      ].join('\n'),
    });
    const view = buildMonthlyPlan(notes, '2026-09', 'en');
    expect(view.tenure).toBeUndefined();
    expect(view.stage).toBeUndefined();
    expect(view).toMatchObject({ opening: 'Why this plan.', closing: 'Thank you.', support: [{ what: 'A headset' }], supervisor: { comment: 'Agreed.', name: 'Lee', date: '2026-09-02' } });
    expect(view.metrics[0]).toMatchObject({ latest: 66, latestShare: { count: 66, of: 100 } });
    // 66 is 6 of the 20 points from 60 to 80: 30% of the way.
    expect(view.metrics[0]!.progress).toBeCloseTo(0.3, 10);
    expect(view.goalGroups).toMatchObject([{ term: 'short', goals: [{ title: 'Records at 70%', metricName: 'Records', unit: 'percent', number: 1 }] }]);
  });

  test('with a hire date the stage is there as before', async () => {
    const notes = await repWith({ 'rep.md': '---\nname: Ana\nhired: 2026-05-01\n---\n', '2026-09.md': '---\nmonth: 2026-09\n---\n' });
    expect(buildMonthlyPlan(notes, '2026-09', 'en')).toMatchObject({ tenure: 5, stage: 'frustration' });
  });
});

describe('a rep\'s first month', () => {
  const profile = `---\nname: Ana\nhired: 2026-09-14\nmetrics:\n${metric}---\n`;
  test('hired on 14 September: the September plan reviews no August and has no figures to draw', async () => {
    const notes = await repWith({ 'rep.md': profile, '2026-09.md': '---\nmonth: 2026-09\n---\n' });
    expect(buildMonthlyPlan(notes, '2026-09', 'en')).toMatchObject({ tenure: 1, firstMonth: true, hasPreviousNote: false, hasReview: false, measured: false });
  });
  test('a first month whose note still reviews something keeps the review', async () => {
    const notes = await repWith({ 'rep.md': profile, '2026-09.md': '---\nmonth: 2026-09\nreview: {achievements: [Finished the induction week]}\n---\n' });
    expect(buildMonthlyPlan(notes, '2026-09', 'en')).toMatchObject({ firstMonth: true, hasReview: true });
  });
  test('October, with September\'s figure: a second month is reviewed and measured', async () => {
    const notes = await repWith({ 'rep.md': profile, '2026-09.md': '---\nmonth: 2026-09\n---\n', '2026-10.md': '---\nmonth: 2026-10\nactuals: {records: 62}\n---\n' });
    expect(buildMonthlyPlan(notes, '2026-10', 'en')).toMatchObject({ tenure: 1, firstMonth: false, hasPreviousNote: true, hasReview: true, measured: true });
  });
  test('last month\'s note left out for its errors is named as such, not as missing', async () => {
    const notes = await repWith({ 'rep.md': profile.replace('2026-09-14', '2026-01-05'), '2026-09.md': '---\nmonth: 2026-09\n---\n' });
    expect(buildMonthlyPlan(notes, '2026-09', 'en', new Set(['2026-08']))).toMatchObject({ hasPreviousNote: false, previousLeftOut: true, hasReview: true });
    expect(buildMonthlyPlan(notes, '2026-09', 'en', new Set(['2026-07']))).toMatchObject({ previousLeftOut: false });
  });
  test('a rep hired before the month of their first note: last month is reviewed (as missing)', async () => {
    const notes = await repWith({ 'rep.md': profile.replace('2026-09-14', '2026-08-31'), '2026-09.md': '---\nmonth: 2026-09\n---\n' });
    expect(buildMonthlyPlan(notes, '2026-09', 'en')).toMatchObject({ firstMonth: false, hasPreviousNote: false, hasReview: true });
  });
});

describe('an annual summary with the year in the rep\'s own words', () => {
  test('achievements, shortfalls, the year-end share and next year\'s goals by term', async () => {
    const notes = await repWith({
      'rep.md': `---\nname: Ana\nmetrics:\n${metric}---\n`,
      '2026-10.md': '---\nmonth: 2026-10\nactuals: {records: 64}\n---\n',
      '2026.md': [
        '---',
        'year: 2026',
        'actuals: {records: {count: 993, of: 1460}}',
        'achievements: [More complete records]',
        'shortfalls: [{what: Offline market questions, why: Did not know the market, change: Ask the product manager}]',
        'next:',
        '  goals:',
        '    - {title: Records at 85%, metric: records, target: 85, term: long}',
        '    - {title: Learn six products, term: short}',
        'closing: See you next year.',
        '---',
      ].join('\n'),
    });
    const view = buildAnnualSummary(notes, 2026, 'en');
    expect(view.finalStage).toBeUndefined();
    expect(view.stages).toEqual([]);
    expect(view.yearAchievements).toEqual(['More complete records']);
    expect(view.yearShortfalls).toEqual([{ what: 'Offline market questions', why: 'Did not know the market', change: 'Ask the product manager' }]);
    // September measured 64 (the October note); December 993 / 1,460 = 68.0137%.
    expect(view.metrics[0]!.series.slice(8)).toEqual([64, null, null, (993 / 1460) * 100]);
    expect(view.metrics[0]!.finalShare).toEqual({ count: 993, of: 1460 });
    expect(view.nextGoalGroups.map((g) => [g.term, g.goals.map((x) => x.title)])).toEqual([
      ['short', ['Learn six products']],
      ['long', ['Records at 85%']],
    ]);
    expect(view.closing).toBe('See you next year.');
    expect(view.support).toEqual([]);
  });
});
