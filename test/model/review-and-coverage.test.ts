/**
 * The annual summary's months, hand-checked: a note for M reviews M−1, goals set in M are judged by
 * the figures for M, and the coverage text names missing notes and missing figures each for what
 * they are.
 */
import { describe, expect, test } from 'vitest';
import { buildAnnualSummary } from '../../src/model/annual-summary.js';
import { coverage, groupPartialGaps } from '../../src/model/coverage.js';
import { measuredByMonth } from '../../src/model/metric-year.js';
import { localeKit } from '../../src/locale/index.js';
import type { RepNotes } from '../../src/notes/load-rep.js';
import type { AnnualFront, MetricDef, MonthFront, RepProfile } from '../../src/notes/schema.js';

const parsed = <T>(file: string, data: T) => ({ file, data, body: '', bodyLine: 1, at: () => ({ line: 1, column: 1 }) });
const note = (month: string, extra: Partial<MonthFront> = {}): MonthFront => ({ month, actuals: {}, targets: {}, review: { achievements: [], shortfalls: [], goals: [] }, goals: [], study: [], ...extra });
const completeness: MetricDef = { id: 'c', name: 'Completeness', unit: 'percent', direction: 'higher', baseline: 68, target: 85 };
const rep: RepProfile = { id: 'ana', name: 'Ana', team: 't', role: 'Rep', hired: '2024-03-01', manager: 'M', locale: 'en', metrics: [] };
const repNotes = (months: MonthFront[], annual?: Partial<AnnualFront>, hired = rep.hired): RepNotes => ({
  folder: '/x/ana',
  rep: parsed('/x/ana/rep.md', { ...rep, hired }),
  months: months.map((m) => parsed(`/x/ana/${m.month}.md`, m)),
  annuals: annual ? [parsed('/x/ana/2026.md', { year: 2026, actuals: {}, ratings: {}, reflection: {}, next: { goals: [] }, ...annual })] : [],
  metrics: [completeness],
});
// Each note reviews the month before it: its shortfall and achievement say which month.
const reviewed = (month: string, described: string, extra: Partial<MonthFront> = {}) =>
  note(month, { review: { achievements: [`did well in ${described}`], shortfalls: [{ what: `short in ${described}`, why: `cause of ${described}` }], goals: [] }, ...extra });

describe('the review\'s month', () => {
  const notes = [reviewed('2026-01', '2025-12'), reviewed('2026-02', '2026-01'), reviewed('2026-12', '2026-11'), reviewed('2027-01', '2026-12')];
  const view = buildAnnualSummary(repNotes(notes), 2026, 'en');
  test('achievements and shortfalls carry the month they describe; December comes from the next January', () => {
    expect(view.achievements).toEqual([
      { month: '2026-01', text: 'did well in 2026-01' },
      { month: '2026-11', text: 'did well in 2026-11' },
      { month: '2026-12', text: 'did well in 2026-12' },
    ]);
    expect(view.shortfalls.map((s) => [s.why, s.months])).toEqual([['cause of 2026-01', ['2026-01']], ['cause of 2026-11', ['2026-11']], ['cause of 2026-12', ['2026-12']]]);
  });
  test("the previous December's review (in January's note of the year) is left out", () => {
    expect(view.achievements.some((a) => a.text.includes('2025-12'))).toBe(false);
    expect(view.shortfalls.some((s) => s.why.includes('2025-12'))).toBe(false);
  });
});

describe('goals set in M are judged by the figures for M', () => {
  const goal = { title: 'Completeness 80%', metric: 'c', target: 80, actions: [] };
  const nov = note('2026-11', { actuals: { c: 76 }, goals: [goal] });
  const dec = note('2026-12', { actuals: { c: 78 }, goals: [{ ...goal, title: 'Completeness 82%', target: 82 }] });
  test("November's goal by December's note (76 → 78, short of 80: partly); December's by the next January's (78 → 81, short of 82: partly)", () => {
    const view = buildAnnualSummary(repNotes([nov, dec, note('2027-01', { actuals: { c: 81 } })]), 2026, 'en');
    expect(view.goalsByMonth.map((m) => [m.month, m.goals[0]!.actual, m.goals[0]!.result])).toEqual([['2026-11', 78, 'partly'], ['2026-12', 81, 'partly']]);
  });
  test("without a January note, December's goal is judged by the annual note's year-end figure (83 ≥ 82: met)", () => {
    const view = buildAnnualSummary(repNotes([nov, dec], { actuals: { c: 83 } }), 2026, 'en');
    expect(view.goalsByMonth[1]!.goals[0]).toMatchObject({ actual: 83, result: 'met' });
  });
  test('a KPI export for the month judges the goal, as the chart shows it (78 → 80.5 for November: met)', () => {
    const kpi = new Map([['2026-11', { c: { value: 80.5, line: 2 } }]]);
    const view = buildAnnualSummary(repNotes([nov, dec]), 2026, 'en', { kpi });
    expect(view.metrics[0]!.series[10]).toBe(80.5);
    expect(view.goalsByMonth[0]!.goals[0]).toMatchObject({ actual: 80.5, result: 'met' });
  });
});

describe('coverage said truly', () => {
  test('joined 14 September: notes due October to December; no November note leaves October without figures', () => {
    const notes = [note('2026-10', { actuals: { c: 62 } }), note('2026-12', { actuals: { c: 69 } })];
    const view = buildAnnualSummary(repNotes(notes, undefined, '2026-09-14'), 2026, 'ko');
    expect(view.coverage).toEqual({
      joined: '2026-09-14',
      expected: ['2026-10', '2026-11', '2026-12'],
      withNotes: ['2026-10', '2026-12'],
      missingNotes: ['2026-11'],
      emptyNotes: [],
      gaps: [{ month: '2026-10', note: '2026-11', reason: 'no-note' }, { month: '2026-12', note: '2027-01', reason: 'no-year-end' }],
      partial: [],
    });
    // The chart's gaps are the same months: September 62, October none, November 69, December none.
    expect(view.metrics[0]!.series.slice(8)).toEqual([62, null, 69, null]);
  });
  test('a note with no figures is named as such, and so is the month it leaves empty', () => {
    const notes = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01'].map((m) => note(m, m === '2026-06' ? {} : { actuals: { c: 70 } }));
    const c = coverage({ year: 2026, hired: '2024-03-01', notes, measured: measuredByMonth(notes), metrics: ['c'] });
    expect(c.emptyNotes).toEqual(['2026-06']);
    expect(c.missingNotes).toEqual([]);
    expect(c.gaps).toEqual([{ month: '2026-05', note: '2026-06', reason: 'empty-note' }]);
  });
  test('a month with some metrics only is named with them, and whether the notes or the KPI export gave them', () => {
    const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-11', '2026-12'];
    const notes = months.map((m) => note(m, { actuals: m === '2026-04' ? { a: 1 } : { a: 1, b: 2 } }));
    const noted = measuredByMonth(notes);
    // The export gives b for September (no note for October) and a for December (no January note).
    const measured = new Map(noted);
    measured.set('2026-09', { b: 3 });
    measured.set('2026-12', { a: 4 });
    const c = coverage({ year: 2026, hired: '2024-03-01', notes, measured, noted, metrics: ['a', 'b'] });
    expect(c.gaps).toEqual([]);
    expect(c.partial).toEqual([
      { month: '2026-03', note: '2026-04', only: ['a'], why: 'some' },
      { month: '2026-09', note: '2026-10', only: ['b'], why: 'no-note' },
      { month: '2026-12', note: '2027-01', only: ['a'], why: 'no-year-end' },
    ]);
  });
  test('months lacking the same figures for the same reason are named together, in month order', () => {
    // Satisfaction (b) given each quarter only: five months lack it for the same reason; September's
    // gap is the KPI export's (no October note), a reason of its own.
    const partial = [
      { month: '2026-02', note: '2026-03', only: ['a'], why: 'some' as const },
      { month: '2026-04', note: '2026-05', only: ['a'], why: 'some' as const },
      { month: '2026-05', note: '2026-06', only: ['a'], why: 'some' as const },
      { month: '2026-07', note: '2026-08', only: ['b'], why: 'some' as const },
      { month: '2026-08', note: '2026-09', only: ['a'], why: 'some' as const },
      { month: '2026-09', note: '2026-10', only: ['a'], why: 'no-note' as const },
      { month: '2026-11', note: '2026-12', only: ['a'], why: 'some' as const },
    ];
    expect(groupPartialGaps(partial)).toEqual([
      { month: '2026-02', note: '2026-03', only: ['a'], why: 'some', months: ['2026-02', '2026-04', '2026-05', '2026-08', '2026-11'], notes: ['2026-03', '2026-05', '2026-06', '2026-09', '2026-12'] },
      { month: '2026-07', note: '2026-08', only: ['b'], why: 'some', months: ['2026-07'], notes: ['2026-08'] },
      { month: '2026-09', note: '2026-10', only: ['a'], why: 'no-note', months: ['2026-09'], notes: ['2026-10'] },
    ]);
  });
  test('counts read right in English: "1 month", "1 metric", "1 goal"', () => {
    const kit = localeKit('en');
    expect(kit.t('tenure.months', { n: 1 })).toBe('1 month');
    expect(kit.t('tenure.months', { n: 4 })).toBe('4 months');
    expect(kit.t('summary.metricsMet', { met: 1, total: 1 })).toBe('1 of 1 metric reached the year target.');
    expect(kit.t('summary.goalsLine', { set: 1, met: 1, partly: 0, missed: 0, unknown: 0 })).toBe('1 goal set: 1 met, 0 partly met, 0 missed, 0 not assessed.');
    expect(kit.t('coverage.allSince', { date: '1 December 2026', total: 1 })).toBe('Joined on 1 December 2026: notes for the one month since.');
    expect(kit.t('coverage.someSince', { date: '14 September 2026', n: 2, total: 3 })).toBe('Joined on 14 September 2026: notes for 2 of the 3 months since.');
    expect(kit.t('coverage.emptyNotes', { n: 1, months: 'June 2026' })).toBe('The note for June 2026 gives no figures.');
    expect(kit.t('rollup.frustration', { n: 1 })).toMatch(/^1 rep is in months 4–6/);
    // The run is counted in the months after the one it is measured from: "from May to June (1 month)" read as two.
    expect(kit.t('burnout.flat', { metric: 'Calls', from: 'May 2026', to: 'June 2026', n: 1 })).toBe('Calls: no real progress in the month after May 2026, up to June 2026.');
    expect(kit.t('burnout.flat', { metric: 'Calls', from: 'January 2026', to: 'May 2026', n: 4 })).toBe('Calls: no real progress in the 4 months after January 2026, up to May 2026.');
    expect(localeKit('zh-CN').t('burnout.flat', { metric: '每周接听量', from: '2026年1月', to: '2026年5月', n: 4 })).toBe('每周接听量：2026年1月之后的 4 个月（至2026年5月）没有实质进展。');
    expect(localeKit('ko').t('burnout.flat', { metric: '주간 처리 통화 수', from: '2026년 1월', to: '2026년 5월', n: 4 })).toBe('주간 처리 통화 수: 2026년 1월 이후 2026년 5월까지 4개월 동안 실질적인 진전 없음.');
    expect(localeKit('ko').t('tenure.months', { n: 1 })).toBe('1개월');
  });
});

describe('the career stage over the year of a rep hired mid-month', () => {
  test('hired on 9 March: fresh from March (month 1, as April is), frustration from July (month 4), growth from October (month 7)', () => {
    // Full months from 9 March to the 1st, plus one: 1 July is 3 full months in (month 4), 1 October 6 (month 7).
    const months = ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01'];
    const view = buildAnnualSummary(repNotes(months.map((m) => note(m)), undefined, '2026-03-09'), 2026, 'en');
    expect(view.stages).toEqual([
      { month: '2026-03', stage: 'fresh', tenure: 1 },
      { month: '2026-07', stage: 'frustration', tenure: 4 },
      { month: '2026-10', stage: 'growth', tenure: 7 },
    ]);
    expect(view.finalStage).toBe('growth');
    // The notes expected still start with April's, the first month begun in the job.
    expect(view.coverage.expected[0]).toBe('2026-04');
  });
});
