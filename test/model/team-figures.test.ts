/**
 * The team's mean as the rollup and the team plan show it: with the metric's own digits, and never
 * reading the same as a target it falls short of. Every figure below is worked out by hand.
 */
import { describe, expect, test } from 'vitest';
import { teamFigure, type RepFigure } from '../../src/model/team-figures.js';
import { average } from '../../src/model/mean.js';
import { shown } from '../helpers/shown.js';

const rep = (final: number, target: number, precision = { min: 0, max: 0 }): RepFigure => ({
  final, target, status: final >= target ? 'met' : 'behind', series: [final], precision,
});
const mean = (f: ReturnType<typeof teamFigure>) => shown('{{value average "percent" precision}} / {{value target "percent" precision}}', f);

describe('the team mean beside its target', () => {
  test('19 reps at 80% and one at 79%: the mean 79.95% reads 79.95%, not 80% beside a target of 80%', () => {
    // 19 × 80 + 79 = 1599; 1599 / 20 = 79.95. One decimal more than the reps' whole numbers would
    // round it to 80.0, the target, so a second decimal is shown.
    const f = teamFigure([...Array<RepFigure>(19).fill(rep(80, 80)), rep(79, 80)], 1);
    expect(f.average).toBeCloseTo(79.95, 10);
    expect(f.met).toBe(19);
    expect(f.precision).toEqual({ min: 0, max: 2 });
    expect(mean(f)).toBe('79.95% / 80%');
  });
  test('reps with whole numbers: the mean has one decimal more (77, 78, 80 → 78.3%)', () => {
    const f = teamFigure([rep(77, 85), rep(78, 85), rep(80, 85)], 1);
    expect(mean(f)).toBe('78.3% / 85%');
  });
  test('a metric with decimals: 1 keeps one decimal in its mean and target (70.0 and 74.0 → 72.0%, target 75.0%)', () => {
    const one = { min: 1, max: 1 };
    const f = teamFigure([rep(70, 75, one), rep(74, 75, one)], 1);
    expect(f.precision).toEqual({ min: 1, max: 1 });
    expect(mean(f)).toBe('72.0% / 75.0%');
    // 63.0, 63.5 and 64.0 → 190.5 / 3 = 63.5: still one decimal.
    expect(mean(teamFigure([rep(63, 75, one), rep(63.5, 75, one), rep(64, 75, one)], 1))).toBe('63.5% / 75.0%');
  });
  test('decimals: 1 and a mean of 74.96 beside a target of 75: two decimals, not "75.0 / 75.0"', () => {
    const one = { min: 1, max: 1 };
    // (74.9 + 75.0 + 75.0 + 74.9 + 75.0) / 5 = 374.8 / 5 = 74.96.
    const f = teamFigure([rep(74.9, 75, one), rep(75, 75, one), rep(75, 75, one), rep(74.9, 75, one), rep(75, 75, one)], 1);
    expect(mean(f)).toBe('74.96% / 75.00%');
  });
});

describe('the mean as a hand calculation gives it', () => {
  test('4.62, 4.6, 4.52 and 4.45: 18.19 / 4 = 4.5475, shown to three decimals as 4.548 (not 4.547)', () => {
    // Added as floating-point numbers the sum is 18.189999999999998 and the mean 4.547499999999999.
    expect(average([4.62, 4.6, null, 4.52, 4.45])).toBe(4.5475);
    const two = { min: 0, max: 2 };
    const f = teamFigure([rep(4.62, 4.6, two), rep(4.6, 4.6, two), rep(4.52, 4.6, two), rep(4.45, 4.6, two)], 1);
    expect(shown('{{value average "score" precision}}', f)).toBe('4.548 pts');
  });
  test('0.1 + 0.2 over two reps is 0.15; no values is no mean', () => {
    expect(average([0.1, 0.2])).toBe(0.15);
    expect(average([null, null])).toBeNull();
  });
});
