/**
 * The team plan's figures from reps' notes, hand-checked. The reps below are small on purpose:
 * every number asserted can be worked out from the notes in the comments.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { monthSchema, teamPlanSchema, type MetricDef } from '../../src/notes/schema.js';
import { parsePeriod } from '../../src/calendar/plan-period.js';
import { buildTeamPlan } from '../../src/model/team-plan.js';
import type { PlanRep } from '../../src/model/team-plan-figures.js';
import { loadRep } from '../../src/notes/load-rep.js';
import { loadTeamPlan } from '../../src/notes/load-team-plan.js';

const METRICS: MetricDef[] = [
  { id: 'completeness', name: { en: 'Completeness', ko: '완성도' }, unit: 'percent', direction: 'higher', baseline: 68, target: 85 },
  { id: 'complaints', name: 'Complaints', unit: 'count', direction: 'lower', baseline: 6, target: 2 },
];
/** A note written at the start of `month`: its figures are the month before's. */
const note = (month: string, completeness: number, complaints: number, extra: Record<string, unknown> = {}) => monthSchema.parse({ month, actuals: { completeness, complaints }, ...extra });

const ann: PlanRep = {
  id: 'ann', name: 'Ann', hired: '2026-05-01', metrics: METRICS,
  months: [
    note('2026-06', 70, 5),
    note('2026-07', 72, 4),
    note('2026-08', 75, 3, { support: [{ what: 'A second headset' }] }),
    note('2026-09', 78, 2, { support: ['A second headset'], goals: [{ title: 'Calls', support: [{ what: 'A product manager', from: 'Product' }] }] }),
    // Written after the quarter: none of it counts.
    note('2026-10', 90, 1, { support: ['Late request'] }),
  ],
};
const bo: PlanRep = {
  id: 'bo', name: 'Bo', hired: '2025-01-01', metrics: METRICS,
  months: ['2026-04', '2026-05', '2026-06', '2026-07'].map((m) => note(m, 80, 3)).concat(note('2026-08', 80, 3, { energy: 'low' })),
};
const cy: PlanRep = { id: 'cy', name: 'Cy', metrics: METRICS, months: [note('2026-09', 86, 2)] };

const previous = teamPlanSchema.parse({
  period: '2026-Q2',
  objectives: [
    { id: 'records', title: 'Records at 80%', metric: 'completeness', target: 80 },
    { id: 'fewer-complaints', title: 'Three complaints at most', metric: 'complaints', target: 3 },
    { title: 'Mentoring' },
  ],
});
const plan = teamPlanSchema.parse({ period: '2026-Q3', review: [{ goal: 'fewer-complaints', result: 'partly', note: 'two reps of three' }], schedule: [{ what: 'Refresher' }] });
const view = buildTeamPlan({ period: parsePeriod('2026-Q3')!, locale: 'ko', teamName: 'Desk', shared: METRICS, plan, body: '', previous, reps: [cy, bo, ann] });

describe('team plan figures (hand-checked)', () => {
  test('the latest month is the last one the quarter\'s notes report, and the trend is the six months to it', () => {
    // Ann's September note reports August; her October note is after the quarter and is not read.
    expect(view.latestMonth).toBe('2026-08');
    expect(view.monthIds).toEqual(['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08']);
    expect(view.reps).toBe(3);
  });

  test('each rep\'s latest value, the team mean, its target and who is on target', () => {
    // Completeness: Ann 78 (Aug), Bo 80 (Jul), Cy 86 (Aug) → mean 244/3; only Cy reaches 85.
    expect(view.metrics[0]).toMatchObject({ id: 'completeness', name: '완성도', target: 85, met: 1, reported: 3, status: 'behind', precision: { min: 0, max: 1 } });
    expect(view.metrics[0]!.average).toBeCloseTo(81.333333, 5);
    // Complaints (lower is better): Ann 2, Bo 3, Cy 2 → mean 7/3; Ann and Cy are at 2 or fewer.
    expect(view.metrics[1]).toMatchObject({ name: 'Complaints', target: 2, met: 2, reported: 3, status: 'behind' });
    expect(view.metrics[1]!.average).toBeCloseTo(2.333333, 5);
  });

  test('the team mean month by month, over the reps with a figure that month', () => {
    // Mar, Apr: Bo alone; May–Jul: Ann and Bo; Aug: Ann and Cy.
    expect(view.metrics[0]!.monthly).toEqual([80, 80, 75, 76, 77.5, 82]);
    expect(view.metrics[0]!.monthlyCount).toEqual([1, 1, 2, 2, 2, 2]);
    expect(view.metrics[1]!.monthly).toEqual([3, 3, 4, 3.5, 3, 2]);
    expect(view.months[5]).toMatchObject({ month: '2026-08', reps: 2, joined: ['Cy'], left: ['Bo'] });
    expect(view.memberChanges.map((m) => m.month)).toEqual(['2026-05', '2026-08']);
  });

  test('reps by career stage when the quarter starts, and the signs of burnout', () => {
    // Ann hired 1 May: July is her third month. Bo hired January 2025: his nineteenth. Cy has no hire date.
    expect(view.stages.map((s) => [s.stage, s.names])).toEqual([['fresh', ['Ann']], ['frustration', []], ['growth', []], ['mature', ['Bo']]]);
    expect(view.noStage).toEqual(['Cy']);
    // Bo: 80% and 3 complaints from March to July, against a threshold of 5% of the way (0.85 points, 0.2 complaints).
    expect(view.flagged).toEqual([{ label: 'Bo', flat: [{ name: '완성도', from: '2026-03', to: '2026-07', months: 4 }, { name: 'Complaints', from: '2026-03', to: '2026-07', months: 4 }], lowEnergy: ['2026-08'], burntOut: [] }]);
    expect(view.flaggedNames).toEqual(['Bo']);
  });

  test('support requests from the notes written in the quarter; a repeated one is listed once with its months', () => {
    expect(view.support).toEqual([
      { label: 'Ann', what: 'A second headset', months: ['2026-08', '2026-09'] },
      { label: 'Ann', what: 'A product manager', from: 'Product', goal: 'Calls', months: ['2026-09'] },
    ]);
  });

  test("the previous quarter's objectives: judged by the team's mean at its end, unless the plan says", () => {
    expect(view.previousReview!.period).toBe('2026-Q2');
    // June (reported in July's notes): Ann 72, Bo 80 → 76, below 80 and below March's 80 (Bo alone): missed.
    expect(view.previousReview!.objectives[0]).toMatchObject({ title: 'Records at 80%', target: 80, actual: 76, month: '2026-06', unit: 'percent', result: 'missed', source: 'metric' });
    // The plan's own verdict wins; the June figure (4 and 3 → 3.5) is still shown.
    expect(view.previousReview!.objectives[1]).toMatchObject({ result: 'partly', source: 'review', note: 'two reps of three', actual: 3.5, month: '2026-06' });
    expect(view.previousReview!.objectives[2]).toMatchObject({ title: 'Mentoring', result: 'unknown', source: 'none' });
  });

  test('a schedule without dates is shown in order only', () => {
    expect(view.scheduleDated).toBe(false);
  });
});

describe('reps who join during the period, or after it', () => {
  // Quarter Q3 2026 starts on 1 July. Di is hired that day, Ed on 10 August, Flo on 5 October.
  const di: PlanRep = { id: 'di', name: 'Di', hired: '2026-07-01', metrics: METRICS, months: [note('2026-08', 74, 4)] };
  const ed: PlanRep = { id: 'ed', name: 'Ed', hired: '2026-08-10', metrics: METRICS, months: [note('2026-09', 72, 5, { support: ['A headset'] })] };
  const flo: PlanRep = { id: 'flo', name: 'Flo', hired: '2026-10-05', metrics: METRICS, months: [] };
  const joined = buildTeamPlan({ period: parsePeriod('2026-Q3')!, locale: 'en', teamName: 'Desk', shared: METRICS, plan: teamPlanSchema.parse({ period: '2026-Q3' }), body: '', reps: [flo, ed, di, bo] });

  test('one hired on the first day is on the team when it starts; one hired later is a new starter named with the day', () => {
    // Di: July is her first month. Ed is not there on 1 July: he is listed apart, with 10 August.
    expect(joined.stages[0]).toEqual({ stage: 'fresh', count: 2, names: ['Di'], joining: [{ name: 'Ed', hired: '2026-08-10' }] });
    expect(joined.stages[3]).toEqual({ stage: 'mature', count: 1, names: ['Bo'], joining: [] });
  });

  test('one hired after the period ends is no part of it; the joiner counts in the figures and requests', () => {
    expect(joined.reps).toBe(3);
    expect(joined.stages.flatMap((s) => [...s.names, ...s.joining.map((j) => j.name)])).not.toContain('Flo');
    // Each rep's latest: Bo 80 and Di 74 (July's, from their August notes), Ed 72 (August's) → 226/3.
    expect(joined.metrics[0]!.average).toBeCloseTo(75.333333, 5);
    expect(joined.support).toEqual([{ label: 'Ed', what: 'A headset', months: ['2026-09'] }]);
  });

  test('a rep with no note yet is in the stages but not among the reps with notes', () => {
    const gil: PlanRep = { id: 'gil', name: 'Gil', hired: '2024-01-01', metrics: METRICS, months: [] };
    const withGil = buildTeamPlan({ period: parsePeriod('2026-Q3')!, locale: 'en', teamName: 'Desk', shared: METRICS, plan: teamPlanSchema.parse({ period: '2026-Q3' }), body: '', reps: [gil, ed, di, bo] });
    expect(withGil.reps).toBe(3);
    expect(withGil.stages[3]!.names).toEqual(['Bo', 'Gil']);
  });
});

describe('the hospital sample team (data/hospital-cs, H2 2026)', () => {
  test('figures, stages, burnout signs and requests as worked out from its notes', async () => {
    const folder = join('data', 'hospital-cs');
    const reps: PlanRep[] = [];
    for (const id of ['wu-meiling', 'chang-chiahao', 'lin-yuting', 'hsu-yiting']) {
      const n = (await loadRep(join(folder, id))).notes!;
      reps.push({ id, name: n.rep.data.name, hired: n.rep.data.hired, metrics: n.metrics, months: n.months.map((m) => m.data) });
    }
    const loaded = await loadTeamPlan(folder, '2026-H2');
    expect(loaded.diagnostics).toEqual([]);
    const v = buildTeamPlan({ period: parsePeriod('2026-H2')!, locale: 'zh-TW', teamName: '康和醫院客服部', shared: loaded.notes!.team!.data.metrics, plan: loaded.notes!.plan.data, body: '', reps });
    // The August notes report July, the latest month; the six months to it start in February.
    expect(v.latestMonth).toBe('2026-07');
    // July: complaints 2, 1, 3, 2 → 2, at the target of 2 (吳美玲, 張家豪 and 許怡婷 on target);
    // callbacks 77, 88, 80, 80 → 81.25; test scores 83, 88, 79, 70 → 80.
    expect(v.metrics.map((m) => [m.id, m.average, m.target, m.met, m.reported, m.status])).toEqual([
      ['complaints', 2, 2, 3, 4, 'met'],
      ['callbacks', 81.25, 90, 0, 4, 'behind'],
      ['knowledge', 80, 90, 0, 4, 'behind'],
    ]);
    // February: 吳美玲 3 and 張家豪 4 complaints → 3.5; March adds 林雨婷's 5 → 11/3.
    expect(v.metrics[0]!.monthly[0]).toBe(3.5);
    expect(v.metrics[0]!.monthly[1]).toBeCloseTo(3.6667, 4);
    expect(v.stages.map((s) => s.names)).toEqual([['許怡婷'], ['林雨婷'], ['張家豪'], ['吳美玲']]);
    expect(v.flagged.map((f) => [f.label, f.flat.map((r) => [r.name, r.from, r.to]), f.lowEnergy])).toEqual([['吳美玲', [['每月投訴件數', '2026-02', '2026-06'], ['科室與專家醫生測驗分數', '2026-02', '2026-06']], ['2026-07']]]);
    expect(v.support.map((s) => [s.label, s.months.length])).toEqual([['吳美玲', 1], ['林雨婷', 2], ['林雨婷', 1]]);
    expect(v.previousReview).toBeNull();
  });
});
