import { describe, expect, test } from 'vitest';
import { flatRuns, type FlatSeries } from '../../src/model/stagnation.js';
import { burnoutSigns } from '../../src/model/burnout.js';
import type { MetricDef, MonthFront } from '../../src/notes/schema.js';

const months = (from: number, n: number) => Array.from({ length: n }, (_, i) => `2026-${String(from + i).padStart(2, '0')}`);
// Record completeness 68% → 85%: the threshold is 5% of 17 points, 0.85 points.
const completeness = (values: (number | null)[], from = 5): FlatSeries => ({ id: 'c', direction: 'higher', baseline: 68, months: months(from, values.length), values, targets: values.map(() => 85) });

describe('flat figures, measured against the way to go', () => {
  test('76, 76.4, 76.1, 76.5: every move under 0.85 points, so June to August are three flat months after May', () => {
    expect(flatRuns(completeness([76, 76.4, 76.1, 76.5]))).toEqual([{ metric: 'c', from: '2026-05', to: '2026-08', months: 3 }]);
  });
  test('two flat months are not yet a signal', () => {
    expect(flatRuns(completeness([76, 76.4, 76.1]))).toEqual([]);
  });
  test('a slow climb that adds up to the threshold is progress: 76, 76.5, 77, 77.5 has no run', () => {
    // 76 → 77 is 1 point since the start (≥ 0.85), so the run from May ends in June.
    expect(flatRuns(completeness([76, 76.5, 77, 77.5]))).toEqual([]);
  });
  test('a steady fall is flat too: 80, 79, 78, 77', () => {
    expect(flatRuns(completeness([80, 79, 78, 77]))).toEqual([{ metric: 'c', from: '2026-05', to: '2026-08', months: 3 }]);
  });
  test('a recovery from a dip is a real move (complaints 3, 5, 8, 6, 4, 3; 6 → 2, threshold 0.2)', () => {
    const s: FlatSeries = { id: 'k', direction: 'lower', baseline: 6, months: months(1, 6), values: [3, 5, 8, 6, 4, 3], targets: Array(6).fill(2) };
    expect(flatRuns(s)).toEqual([]);
  });
  test('a move of exactly the threshold counts as a move (baseline 0, target 20: threshold 1)', () => {
    const s: FlatSeries = { id: 'x', direction: 'higher', baseline: 0, months: months(1, 5), values: [10, 11, 11, 11, 11], targets: Array(5).fill(20) };
    expect(flatRuns(s)).toEqual([{ metric: 'x', from: '2026-02', to: '2026-05', months: 3 }]);
  });
  test('a month on target, a gap, or a target equal to the baseline ends a run', () => {
    expect(flatRuns(completeness([85, 85, 85, 85, 85]))).toEqual([]);
    expect(flatRuns(completeness([76, 76, null, 76, 76]))).toEqual([]);
    const holding: FlatSeries = { id: 'h', direction: 'higher', baseline: 90, months: months(1, 5), values: [88, 88, 88, 88, 88], targets: Array(5).fill(90) };
    expect(flatRuns(holding)).toEqual([]);
  });
});

describe('signs of the burnout period', () => {
  const defs: MetricDef[] = [
    { id: 'completeness', name: { en: 'Record completeness', 'zh-TW': '客戶資料完整率' }, unit: 'percent', direction: 'higher', baseline: 68, target: 85 },
    { id: 'calls', name: 'Calls per week', unit: 'count', direction: 'higher', baseline: 150, target: 200 },
  ];
  const note = (month: string, extra: Partial<MonthFront> = {}): MonthFront => ({ month, actuals: {}, targets: {}, review: { achievements: [], shortfalls: [], goals: [] }, goals: [], study: [], ...extra });
  // The key figure stands still from May to August while calls wobble by 3 a month (150 → 200:
  // threshold 2.5, so July's +4 is a real move). The old rule, "no metric improved anywhere",
  // was reset by every one of those calls months and never fired.
  const measured = new Map<string, Record<string, number>>([
    ['2026-05', { completeness: 76, calls: 180 }],
    ['2026-06', { completeness: 76.4, calls: 177 }],
    ['2026-07', { completeness: 76.1, calls: 181 }],
    ['2026-08', { completeness: 76.5, calls: 178 }],
  ]);
  const notes = [note('2026-06'), note('2026-07', { energy: 'low' }), note('2026-08', { energy: 'ok' }), note('2026-09', { energy: 'burnt-out' })];
  test('the flat key figure is found while the other metric wobbles, named in the reader\'s language', () => {
    const signs = burnoutSigns({ metrics: defs, notes, energyNotes: notes, months: [...measured.keys()], measured, locale: 'zh-TW' });
    expect(signs.flat).toEqual([{ metric: 'completeness', name: '客戶資料完整率', from: '2026-05', to: '2026-08', months: 3 }]);
    expect(signs.lowEnergy).toEqual(['2026-07']);
    expect(signs.burntOut).toEqual(['2026-09']);
    expect(signs.any).toBe(true);
  });
  test('a plan sees only runs still going at its latest figures', () => {
    const upToJuly = new Map([...measured].slice(0, 3));
    expect(burnoutSigns({ metrics: defs, notes, energyNotes: [], months: [...upToJuly.keys()], measured: upToJuly, locale: 'en', endingAt: '2026-07' }).any).toBe(false);
    expect(burnoutSigns({ metrics: defs, notes, energyNotes: [], months: [...measured.keys()], measured, locale: 'en', endingAt: '2026-08' }).flat).toHaveLength(1);
    expect(burnoutSigns({ metrics: defs, notes, energyNotes: [], months: [...measured.keys()], measured, locale: 'en', endingAt: '2026-09' }).flat).toHaveLength(0);
  });
});
