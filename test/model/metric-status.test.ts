import { describe, expect, test } from 'vitest';
import { metricStatus, progress, improvement } from '../../src/model/metric-status.js';
import { metricView } from '../../src/model/metric-view.js';
import { elapsedIn, periodAt, targetAt } from '../../src/model/target-periods.js';
import type { MetricDef, MonthFront } from '../../src/notes/schema.js';

const completeness: MetricDef = { id: 'completeness', name: 'Record completeness', unit: 'percent', direction: 'higher', baseline: 68, target: 85 };
const complaints: MetricDef = { id: 'complaints', name: 'Complaints', unit: 'count', direction: 'lower', baseline: 6, target: 2 };
const month = (m: string, actuals: Record<string, number>, targets: Record<string, number> = {}): MonthFront => ({
  month: m, actuals, targets, review: { achievements: [], shortfalls: [], goals: [] }, goals: [], study: [],
});

describe('progress and status', () => {
  test('68% → 85%: 76% is 8 of 17 points, 47% of the way', () => {
    expect(progress(68, 85, 76, 'higher')).toBeCloseTo(8 / 17, 10);
  });
  test('lower is better: complaints 6 → 2, now 4, is half way', () => {
    expect(progress(6, 2, 4, 'lower')).toBe(0.5);
    expect(improvement(6, 4, 'lower')).toBe(2);
  });
  test('met is direction-aware', () => {
    expect(metricStatus({ baseline: 68, target: 85, latest: 85, direction: 'higher', elapsed: 0.5 })).toBe('met');
    expect(metricStatus({ baseline: 6, target: 2, latest: 2, direction: 'lower', elapsed: 0.5 })).toBe('met');
    expect(metricStatus({ baseline: 6, target: 2, latest: 3, direction: 'lower', elapsed: 0.5 })).toBe('on-track');
    expect(metricStatus({ baseline: 6, target: 2, latest: 7, direction: 'lower', elapsed: 0.5 })).toBe('behind');
  });
  test('on track compares progress with the share of the period gone (5% slack)', () => {
    // September note: January..August gone = 8/12.
    expect(elapsedIn(periodAt(completeness, [], '2026-09')!, '2026-09')).toBeCloseTo(8 / 12, 10);
    expect(metricStatus({ baseline: 68, target: 85, latest: 68 + 17 * 0.62, direction: 'higher', elapsed: 8 / 12 })).toBe('on-track');
    expect(metricStatus({ baseline: 68, target: 85, latest: 68 + 17 * 0.6, direction: 'higher', elapsed: 8 / 12 })).toBe('behind');
  });
  test('target equal to baseline: no progress fraction; met when held, behind when not', () => {
    expect(progress(150, 150, 160, 'higher')).toBeNull();
    expect(metricStatus({ baseline: 150, target: 150, latest: 160, direction: 'higher', elapsed: 0.5 })).toBe('met');
    expect(metricStatus({ baseline: 150, target: 150, latest: 140, direction: 'higher', elapsed: 0.5 })).toBe('behind');
  });
  test('no value yet is "none"', () => {
    expect(metricStatus({ baseline: 1, target: 2, latest: null, direction: 'higher', elapsed: 0 })).toBe('none');
  });
});

describe('metricView', () => {
  const notes = [month('2026-07', { completeness: 70 }), month('2026-08', { completeness: 72, complaints: 5 }, { completeness: 80 }), month('2026-09', { completeness: 76, complaints: 6 })];
  test('latest from this month, previous from the last earlier value, change between them', () => {
    const v = metricView(completeness, notes, '2026-09', 'en');
    expect(v).toMatchObject({ latest: 76, previous: 72, change: 4, target: 80 });
    expect(v.progress).toBeCloseTo(8 / 12, 10);
  });
  test('a target override holds from its month on, not before', () => {
    expect(targetAt(completeness, notes, '2026-07')).toBe(85);
    expect(targetAt(completeness, notes, '2026-08')).toBe(80);
  });
  test('a worse value gives a negative progress and a bar clamped at zero', () => {
    const v = metricView(complaints, notes, '2026-09', 'en');
    expect(v).toMatchObject({ latest: 6, previous: 5, change: 1, bar: 0 });
  });
  test('localised names are picked for the locale', () => {
    const named: MetricDef = { ...completeness, name: { en: 'Record completeness', 'zh-CN': '客户资料完整率' } };
    expect(metricView(named, notes, '2026-09', 'zh-CN').name).toBe('客户资料完整率');
    expect(metricView(named, notes, '2026-09', 'ko').name).toBe('Record completeness');
  });
});
