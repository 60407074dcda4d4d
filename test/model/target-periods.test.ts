import { describe, expect, test } from 'vitest';
import { metricView } from '../../src/model/metric-view.js';
import { measuredByMonth, metricYear } from '../../src/model/metric-year.js';
import { declaredPeriods, elapsedIn, nextPeriod, periodAt, targetAt } from '../../src/model/target-periods.js';
import { reviewGoals } from '../../src/model/goal-review.js';
import { goalMetrics } from '../../src/model/goal-metrics.js';
import type { MetricDef, MonthFront } from '../../src/notes/schema.js';
import { shown } from '../helpers/shown.js';

const note = (m: string, actuals: Record<string, number>, extra: Partial<MonthFront> = {}): MonthFront => ({
  month: m, actuals, targets: {}, review: { achievements: [], shortfalls: [], goals: [] }, goals: [], study: [], ...extra,
});

// The seed's record-completeness figure: 993 records complete, 68% this year; 85% is next year's aim.
const nextYearOnly: MetricDef = { id: 'c', name: '客戶資料完整率', unit: 'percent', direction: 'higher', baseline: 60, targets: [{ target: 85, from: '2027-01', by: '2027-12', baseline: 68 }] };
const twoYears: MetricDef = { id: 'c', name: 'Completeness', unit: 'percent', direction: 'higher', baseline: 60, targets: [{ target: 68, by: '2026-12' }, { target: 85, from: '2027-01', baseline: 68 }] };
const year2026 = ['02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((mm, i) => note(`2026-${mm}`, { c: 61 + i * 0.7 }));

describe('periods a definition declares', () => {
  test('an undated target is every calendar year; one date closes the other in its year', () => {
    expect(declaredPeriods({ ...twoYears, targets: undefined, target: 80 }, '2031-05')).toMatchObject([{ target: 80, from: '2031-01', by: '2031-12', dated: false }]);
    expect(declaredPeriods(twoYears, '2026-05')).toMatchObject([
      { target: 68, from: '2026-01', by: '2026-12', baseline: 60, dated: true },
      { target: 85, from: '2027-01', by: '2027-12', baseline: 68, dated: true },
    ]);
  });
  test('the period in force: this year 68, next year 85; elapsed counts within the period', () => {
    expect(targetAt(twoYears, [], '2026-09')).toBe(68);
    expect(targetAt(twoYears, [], '2027-03')).toBe(85);
    expect(targetAt(twoYears, [], '2028-01')).toBeNull();
    expect(elapsedIn(periodAt(twoYears, [], '2027-04')!, '2027-04')).toBeCloseTo(3 / 12, 10);
  });
  test("a note's new target lasts to the end of its period, not into next year's", () => {
    const notes = [note('2026-09', {}, { targets: { c: 70 } })];
    expect(targetAt(twoYears, notes, '2026-08')).toBe(68);
    expect(targetAt(twoYears, notes, '2026-12')).toBe(70);
    expect(targetAt(twoYears, notes, '2027-01')).toBe(85);
  });
});

describe("next year's target is not this year's failure (seed: 68% this year, 85% next year)", () => {
  test('the 2026 summary shows 85% as next year\'s target and grades nothing', () => {
    const y = metricYear(nextYearOnly, measuredByMonth([...year2026, note('2027-01', { c: 68 })]), year2026, 2026, 'zh-TW');
    expect(y).toMatchObject({ final: 68, target: null, status: 'untargeted', met: false, monthsGraded: 0, upcoming: { target: 85, from: '2027-01' } });
    expect(shown('{{value target unit precision}}{{#if upcoming}}（{{t "target.later" value=(value upcoming.target unit precision) month=(month upcoming.from)}}）{{/if}} {{status status}}', y, 'zh-TW')).toBe(
      '—（2027年1月起 85%） 本期無目標',
    );
  });
  test('a September 2026 plan shows the value ungraded, with the target to come', () => {
    const v = metricView(nextYearOnly, year2026, '2026-09', 'en');
    expect(v).toMatchObject({ target: null, status: 'untargeted', progress: null, bar: 0, upcoming: { target: 85, from: '2027-01' } });
  });
  test('the January 2027 plan grades against 85% from the period\'s own baseline 68', () => {
    const v = metricView(nextYearOnly, [...year2026, note('2027-01', { c: 68 })], '2027-01', 'en');
    expect(v).toMatchObject({ target: 85, baseline: 68, progress: 0, status: 'on-track' });
  });
  test('with both years declared, 2026 closes met at 68% and 2027 starts from it', () => {
    const notes = [...year2026, note('2027-01', { c: 68 })];
    const y = metricYear(twoYears, measuredByMonth(notes), notes, 2026, 'en');
    expect(y).toMatchObject({ final: 68, target: 68, status: 'met', upcoming: { target: 85, from: '2027-01' } });
    expect(nextPeriod(twoYears, '2026-12')).toMatchObject({ target: 85 });
  });
});

describe("a goal in a rep's first month is judged from the metric's baseline", () => {
  const def: MetricDef = { id: 'c', name: 'Completeness', unit: 'percent', direction: 'higher', baseline: 68, target: 85 };
  const first = note('2026-03', {}, { goals: [{ title: 'Completeness to 70%', metric: 'c', target: 70, actions: [] }] });
  const judge = (value: number) => reviewGoals(first, note('2026-04', { c: value }), goalMetrics([def], [first], '2026-03'))[0]!;
  test('68 → 69.5 against 70 is partly met, not missed', () => {
    expect(judge(69.5)).toMatchObject({ result: 'partly', actual: 69.5, target: 70, source: 'metric' });
  });
  test('68 → 67 is missed, and 70 is met', () => {
    expect(judge(67).result).toBe('missed');
    expect(judge(70).result).toBe('met');
  });
});

describe('a metric with no target at all is followed, not promised one', () => {
  // Callbacks made: baseline 40, no target in any period. Values by month: Jan 42 … Mar 45.
  const callbacks: MetricDef = { id: 'cb', name: 'Callbacks made', unit: 'count', direction: 'higher', baseline: 40 };
  const notes = [note('2026-02', { cb: 42 }), note('2026-03', { cb: 41 }), note('2026-04', { cb: 45 })];
  test('the plan says "No target", in each language, and has no progress', () => {
    const v = metricView(callbacks, notes, '2026-04', 'en');
    expect(v).toMatchObject({ latest: 45, target: null, change: 4, progress: null, status: 'tracked', upcoming: null });
    expect(shown('{{status status}}', v)).toBe('No target');
    expect(shown('{{status status}}', v, 'zh-CN')).toBe('无目标');
    expect(shown('{{status status}}', v, 'zh-TW')).toBe('無目標');
    expect(shown('{{status status}}', v, 'ko')).toBe('목표 없음');
  });
  test('the summary: best 45 in March, worst 41 in February, no months graded, shown as "—" rather than "0 / 0"', () => {
    const y = metricYear(callbacks, measuredByMonth(notes), notes, 2026, 'en');
    expect(y).toMatchObject({ final: 45, status: 'tracked', monthsGraded: 0, best: { month: '2026-03', value: 45 }, worst: { month: '2026-02', value: 41 } });
    expect(shown('{{#if monthsGraded}}{{monthsOnTarget}} / {{monthsGraded}}{{else}}—{{/if}} {{status status}}', y)).toBe('— No target');
  });
  test('a target a note sets makes it a targeted metric again: outside that target\'s months it has "no target this period"', () => {
    const set = [note('2026-02', { cb: 42 }, { targets: { cb: 50 } })];
    expect(metricView(callbacks, set, '2026-02', 'en').status).toBe('on-track');
    expect(metricView(callbacks, [...set, note('2027-02', { cb: 44 })], '2027-02', 'en').status).toBe('untargeted');
  });
});
