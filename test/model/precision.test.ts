import { describe, expect, test } from 'vitest';
import { decimalsOf, distinguishing, exactDifference, metricPrecision, roundTo } from '../../src/model/precision.js';
import { metricView } from '../../src/model/metric-view.js';
import { measuredByMonth, metricYear } from '../../src/model/metric-year.js';
import { localeKit } from '../../src/locale/index.js';
import type { MetricDef, MonthFront } from '../../src/notes/schema.js';
import { shown } from '../helpers/shown.js';

const note = (m: string, actuals: Record<string, number>): MonthFront => ({
  month: m, actuals, targets: {}, review: { achievements: [], shortfalls: [], goals: [] }, goals: [], study: [],
});
// The SMS satisfaction score seen on real notes: written to two decimals, target 4.6.
const sms: MetricDef = { id: 'sms', name: 'SMS satisfaction', unit: 'score', direction: 'higher', baseline: 4.2, target: 4.6 };
const row = '{{value latest unit precision}} | {{value target unit precision}} | {{delta change unit precision}} | {{status status}}';

describe('digits as written', () => {
  test('decimals of the shortest text that reads back', () => {
    expect([4.55, 85, 0.5, 1e-7, 0.1 + 0.2, -3.25].map(decimalsOf)).toEqual([2, 0, 1, 6, 6, 2]);
  });
  test('rounding is half away from zero on the decimal text', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(4.55, 1)).toBe(4.6);
    expect(roundTo(-0.04, 1)).toBe(0);
    expect(Object.is(roundTo(-0.04, 1), -0)).toBe(false);
    // Numbers whose shortest text is in exponent form round too, instead of becoming NaN.
    expect(roundTo(1e-7, 6)).toBe(0);
    expect(roundTo(1.5e-7, 7)).toBe(0.0000002);
    expect(roundTo(1e21, 2)).toBe(1e21);
    expect(roundTo(-2.5e-7, 7)).toBe(-0.0000003);
  });
  test('a difference carries the digits of its operands, not floating-point noise', () => {
    expect(4.55 - 4.59).not.toBe(-0.04);
    expect(exactDifference(4.55, 4.59)).toBe(-0.04);
    expect(exactDifference(76, 72)).toBe(4);
  });
  test('a metric shows as many digits as its most precise value, or its own decimals:', () => {
    expect(metricPrecision(undefined, [4.2, 4.6, 4.55])).toEqual({ min: 0, max: 2 });
    expect(metricPrecision(1, [4.2, 4.6, 4.55])).toEqual({ min: 1, max: 1 });
  });
  test('decimals typed with trailing zeros are the least every value shows; decimals: still wins', () => {
    // 4.30 and 4.50 typed (YAML reads 4.3 and 4.5): floor 2, so 4.3 → "4.30", 4.55 stays "4.55".
    expect(metricPrecision(undefined, [4.3, 4.5], 2)).toEqual({ min: 2, max: 2 });
    expect(metricPrecision(undefined, [4.3, 4.555], 2)).toEqual({ min: 2, max: 3 });
    expect(metricPrecision(0, [4.3], 2)).toEqual({ min: 0, max: 0 });
    const kit = localeKit('en');
    expect([4.3, 4.5, 4.55].map((v) => kit.number(v, metricPrecision(undefined, [4.3, 4.5, 4.55], 2)))).toEqual(['4.30', '4.50', '4.55']);
    // Without a padded figure nothing changes: 4.6 beside 4.55.
    expect([4.6, 4.55].map((v) => kit.number(v, metricPrecision(undefined, [4.6, 4.55])))).toEqual(['4.6', '4.55']);
  });
  test('digits are added until different numbers read differently and nothing non-zero reads 0', () => {
    expect(distinguishing({ min: 1, max: 1 }, [4.55, 4.6])).toEqual({ min: 2, max: 2 });
    expect(distinguishing({ min: 0, max: 0 }, [-0.04])).toEqual({ min: 0, max: 2 });
    expect(distinguishing({ min: 0, max: 1 }, [85, 85, 70.5])).toEqual({ min: 0, max: 1 });
  });
});

describe('an SMS score of 4.55 against a target of 4.6 (hand-checked)', () => {
  const notes = [note('2026-08', { sms: 4.59 }), note('2026-09', { sms: 4.55 })];
  test('shows 4.55, not 4.6, beside "behind"; the change is −0.04, not "−0"', () => {
    const v = metricView(sms, notes, '2026-09', 'zh-CN');
    // Progress (4.55 − 4.2) / (4.6 − 4.2) = 0.875 against 8/12 − 0.05 of the year gone: on track.
    expect(v).toMatchObject({ latest: 4.55, target: 4.6, change: -0.04, status: 'on-track' });
    expect(v.progress).toBeCloseTo(0.875, 10);
    expect(shown(row, v, 'zh-CN')).toBe('4.55 分 | 4.6 分 | −0.04 分 | 进度正常');
    expect(shown(row, v, 'en')).toBe('4.55 pts | 4.6 pts | −0.04 pts | On track');
  });
  test('with decimals: 1 the row still never reads value = target: it shows 4.55 / 4.60', () => {
    const v = metricView({ ...sms, decimals: 1 }, notes, '2026-09', 'en');
    expect(shown(row, v, 'en')).toBe('4.55 pts | 4.60 pts | −0.04 pts | On track');
    const behind = metricView({ ...sms, decimals: 1, baseline: 4.54 }, notes, '2026-09', 'en');
    expect(behind.status).toBe('behind');
    expect(shown(row, behind, 'en')).toBe('4.55 pts | 4.60 pts | −0.04 pts | Behind');
  });
  test('decimals: 1 pads values that need no more digits', () => {
    const v = metricView({ ...sms, decimals: 1 }, [note('2026-08', { sms: 4.5 }), note('2026-09', { sms: 4.7 })], '2026-09', 'en');
    expect(shown(row, v, 'en')).toBe('4.7 pts | 4.6 pts | +0.2 pts | Met');
  });
  test("the year's best month is a value that occurred, shown as it occurred", () => {
    const year = [note('2026-02', { sms: 4.31 }), note('2026-03', { sms: 4.55 }), note('2026-04', { sms: 4.549 })];
    const y = metricYear(sms, measuredByMonth(year), year, 2026, 'en');
    expect(y.best).toEqual({ month: '2026-02', value: 4.55 });
    expect(shown('{{value best.value unit precision}} / {{value worst.value unit precision}} / {{value final unit precision}} {{status status}}', y)).toBe('4.55 pts / 4.31 pts / 4.549 pts Behind');
  });
});

describe('one minus sign per document', () => {
  test('values, changes and percentages all use U+2212', () => {
    const kit = localeKit('ko');
    expect(kit.number(-3)).toBe('−3');
    expect(kit.percent(-0.2)).toBe('−20%');
    expect(shown('{{delta d "count"}} {{value v "count"}} {{percent p}}', { d: -2, v: -5, p: -0.12 }, 'ko')).toBe('−2 −5 −12%');
  });
  test('a negative that rounds to nothing is shown unsigned', () => {
    expect(localeKit('en').number(-0.04, { min: 0, max: 1 })).toBe('0');
    expect(localeKit('en').percent(-0.001)).toBe('0%');
  });
});

describe('progress never rounds across the target', () => {
  test('99.6% of the way is 99% while behind, and a met target shows 100%', () => {
    expect(shown('{{percent p s}}', { p: 0.996, s: 'behind' })).toBe('99%');
    expect(shown('{{percent p s}}', { p: 0.996, s: 'on-track' })).toBe('99%');
    expect(shown('{{percent p s}}', { p: 1, s: 'met' })).toBe('100%');
  });
});
