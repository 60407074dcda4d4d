import { describe, expect, test } from 'vitest';
import { measuredByMonth, metricYear } from '../../src/model/metric-year.js';
import { groupShortfalls, causeKey } from '../../src/model/shortfall-groups.js';
import type { MetricDef, MonthFront } from '../../src/notes/schema.js';

const note = (m: string, actuals: Record<string, number>, targets: Record<string, number> = {}): MonthFront => ({
  month: m, actuals, targets, review: { achievements: [], shortfalls: [], goals: [] }, goals: [], study: [],
});
const completeness: MetricDef = { id: 'c', name: 'Completeness', unit: 'percent', direction: 'higher', baseline: 68, target: 85 };
const complaints: MetricDef = { id: 'k', name: 'Complaints', unit: 'count', direction: 'lower', baseline: 6, target: 2 };

// Notes for Feb..Dec 2026 (no July note); each reports the month before it. Annual note closes December.
const values: Record<string, [number, number]> = {
  '2026-02': [70, 6], '2026-03': [69, 7], '2026-04': [72, 5], '2026-05': [75, 4], '2026-06': [78, 4],
  '2026-08': [80, 3], '2026-09': [84, 2], '2026-10': [86, 2], '2026-11': [85, 1], '2026-12': [87, 2],
};
const notes = Object.entries(values).map(([m, [c, k]]) => note(m, { c, k }, m === '2026-09' ? { c: 86 } : {}));
const measured = measuredByMonth(notes, { year: 2026, actuals: { c: 88 } });

describe('a metric over the year (hand-checked)', () => {
  const c = metricYear(completeness, measured, notes, 2026, 'en');
  const k = metricYear(complaints, measured, notes, 2026, 'en');

  test('each note reports the month before it; missing months are gaps, not zeros', () => {
    expect(c.series).toEqual([70, 69, 72, 75, 78, null, 80, 84, 86, 85, 87, 88]);
    expect(k.series).toEqual([6, 7, 5, 4, 4, null, 3, 2, 2, 1, 2, null]);
  });
  test('best and worst are direction-aware; ties keep the first month', () => {
    expect(c.best).toEqual({ month: '2026-12', value: 88 });
    expect(c.worst).toEqual({ month: '2026-02', value: 69 });
    expect(k.best).toEqual({ month: '2026-10', value: 1 });
    expect(k.worst).toEqual({ month: '2026-02', value: 7 });
  });
  test('months on target use the target in force each month (raised to 86 from September)', () => {
    // Targets: 85 through August, 86 from September. On target: Sep 86, Nov 87, Dec 88 (Aug 84 < 85, Oct 85 < 86).
    expect(c.targets.slice(7, 9)).toEqual([85, 86]);
    expect(c.monthsOnTarget).toBe(3);
    expect(c.monthsReported).toBe(11);
    // Complaints ≤ 2 in Aug, Sep, Oct, Nov.
    expect(k.monthsOnTarget).toBe(4);
  });
  test('the year is met on the final value against the final target', () => {
    expect(c).toMatchObject({ final: 88, target: 86, met: true, status: 'met', gain: 20 });
    // December has no complaint value: the last reported one (November's 2) counts, which meets 2.
    expect(k).toMatchObject({ final: 2, met: true, gain: 4 });
  });
  test('the change over the year is year-end minus baseline as the figures moved, whatever the direction', () => {
    // 68% → 88%: +20 points; complaints 6 → 2 (November's): −4, better for a lower-is-better metric.
    expect(c.change).toBe(20);
    expect(k.change).toBe(-4);
  });
  test("the month of the last value is kept when it is not December's, so it never reads as the year-end figure", () => {
    expect(c.finalMonth).toBeNull();
    // Complaints stop at November (the annual note closes December for completeness only).
    expect(k.finalMonth).toBe('2026-11');
    // A rep who left: notes up to August, whose note gives July's 80, and nothing after.
    const left = notes.filter((n) => n.month <= '2026-08');
    expect(metricYear(completeness, measuredByMonth(left), left, 2026, 'en')).toMatchObject({ final: 80, finalMonth: '2026-07' });
  });
  test('a metric that ends short of its target is not met', () => {
    const short = metricYear(completeness, measuredByMonth(notes, { year: 2026, actuals: { c: 84 } }), notes, 2026, 'en');
    expect(short).toMatchObject({ final: 84, target: 86, met: false, status: 'behind' });
  });
});

describe('shortfalls grouped by cause', () => {
  const sf = (what: string, why: string) => ({ what, why });
  const groups = groupShortfalls([
    { month: '2026-03', shortfalls: [sf('Weekly calls short', 'Unfamiliar with the new product line'), sf('Late callbacks', 'Sick leave')] },
    { month: '2026-04', shortfalls: [sf('Long handling time', 'unfamiliar with the new product line.')] },
    { month: '2026-05', shortfalls: [sf('Weekly calls short', 'Unfamiliar  with the new product line')] },
  ]);
  test('the same cause in three months is one group with its months, recurring first', () => {
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({ why: 'Unfamiliar with the new product line', months: ['2026-03', '2026-04', '2026-05'], whats: ['Weekly calls short', 'Long handling time'] });
    expect(groups[1]).toMatchObject({ why: 'Sick leave', months: ['2026-03'] });
  });
  test('causes fold case, spaces, full-width forms and end punctuation', () => {
    expect(causeKey('对新产品线不熟悉。')).toBe(causeKey('对新产品线不熟悉'));
    expect(causeKey('ＡＢＣ test!')).toBe('abc test');
  });
});
