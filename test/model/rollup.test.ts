import { describe, expect, test } from 'vitest';
import { buildRollup, type RollupRow } from '../../src/model/team-rollup.js';

const row = (id: string, stage: RollupRow['stage'], c: number | null, k: number | null, flat: string[] = [], goals: [number, number] = [3, 4]): RollupRow => ({
  id, name: id, stage, monthsWithNotes: 12, goalsMet: goals[0], goalsSet: goals[1], flatMonths: flat,
  metrics: {
    completeness: { final: c, target: 85, status: c === null ? 'none' : c >= 85 ? 'met' : 'behind', series: [70, null, c, ...Array(9).fill(null)], precision: { min: 0, max: 0 } },
    complaints: { final: k, target: 2, status: k === null ? 'none' : k <= 2 ? 'met' : 'behind', series: [6, 5, k, ...Array(9).fill(null)], precision: { min: 0, max: 0 } },
  },
});

describe('team rollup (hand-checked)', () => {
  const shared = [
    { id: 'completeness', name: 'Completeness', unit: 'percent' as const, direction: 'higher' as const },
    { id: 'complaints', name: 'Complaints', unit: 'count' as const, direction: 'lower' as const },
  ];
  const view = buildRollup('Team A', 2026, 'en', shared, [
    row('c-rep', 'growth', 86, 3, [], [4, 6]),
    row('a-rep', 'frustration', 80, 2, ['2026-05', '2026-06']),
    row('b-rep', 'frustration', null, 1, [], [0, 2]),
  ]);
  test('rows sorted by name; totals and averages skip missing values', () => {
    expect(view.reps.map((r) => r.id)).toEqual(['a-rep', 'b-rep', 'c-rep']);
    expect(view.metrics[0]).toMatchObject({ average: 83, met: 1, reported: 2 });
    expect(view.metrics[1]).toMatchObject({ average: 2, met: 2, reported: 3 });
    expect(view.goalsMet).toBe(7);
    expect(view.goalsSet).toBe(12);
  });
  test('monthly team averages leave gaps where nobody reported', () => {
    expect(view.metrics[0]!.monthly.slice(0, 4)).toEqual([70, null, 83, null]);
  });
  test('stage distribution and the frustration count', () => {
    expect(view.stages.map((s) => [s.stage, s.count])).toEqual([['fresh', 0], ['frustration', 2], ['growth', 1], ['mature', 0]]);
    expect(view.frustrationCount).toBe(2);
  });
  test('reps with three flat months are flagged with the months', () => {
    expect(view.flagged).toEqual([{ name: 'a-rep', months: ['2026-05', '2026-06'] }]);
  });
});
