import { describe, expect, test } from 'vitest';
import { buildRollup, labeller, type RollupRow } from '../../src/model/team-rollup.js';

const none = { flat: [], lowEnergy: [], burntOut: [] };
const row = (id: string, stage: RollupRow['stage'], c: number | null, k: number | null, signs: RollupRow['signs'] = none, goals: [number, number] = [3, 4], name = id): RollupRow => ({
  id, name, stage, monthsWithNotes: 12, monthsExpected: 12, goalsMet: goals[0], goalsSet: goals[1], signs,
  metrics: {
    completeness: { final: c, target: 85, status: c === null ? 'none' : c >= 85 ? 'met' : 'behind', series: [70, null, c, ...Array(9).fill(null)], precision: { min: 0, max: 0 } },
    complaints: { final: k, target: 2, status: k === null ? 'none' : k <= 2 ? 'met' : 'behind', series: [6, 5, k, ...Array(9).fill(null)], precision: { min: 0, max: 0 } },
  },
});
const shared = [
  { id: 'completeness', name: 'Completeness', unit: 'percent' as const, direction: 'higher' as const },
  { id: 'complaints', name: 'Complaints', unit: 'count' as const, direction: 'lower' as const },
];

describe('team rollup (hand-checked)', () => {
  const flat = { flat: [{ name: { en: 'Completeness', ko: '완성도' }, from: '2026-05', to: '2026-08', months: 3 }], lowEnergy: ['2026-09'], burntOut: [] };
  const view = buildRollup('Team A', 2026, 'en', shared, [
    row('c-rep', 'growth', 86, 3, none, [4, 6]),
    row('a-rep', 'frustration', 80, 2, flat),
    row('b-rep', 'frustration', null, 1, none, [0, 2]),
  ]);
  test('rows sorted by name; totals and averages skip missing values', () => {
    expect(view.reps.map((r) => r.id)).toEqual(['a-rep', 'b-rep', 'c-rep']);
    expect(view.metrics[0]).toMatchObject({ average: 83, met: 1, reported: 2 });
    expect(view.metrics[1]).toMatchObject({ average: 2, met: 2, reported: 3 });
    expect(view.goalsMet).toBe(7);
    expect(view.goalsSet).toBe(12);
  });
  test('monthly team averages are over the reps with a figure that month, and say how many', () => {
    // January: completeness 70 from all three; February: nobody; March: a 80, c 86 (b has none) = 83 over 2.
    expect(view.metrics[0]!.monthly.slice(0, 4)).toEqual([70, null, 83, null]);
    expect(view.metrics[0]!.monthlyCount.slice(0, 4)).toEqual([3, 0, 2, 0]);
    // March: complaints 2, 1, 3 from all three = 2; three reps have a figure, completeness only two.
    expect(view.months[2]).toMatchObject({ month: '2026-03', reps: 3, cells: [{ value: 83, n: 2, partial: true }, { value: 2, n: 3, partial: false }] });
  });
  test('stage distribution and the frustration count', () => {
    expect(view.stages.map((s) => [s.stage, s.count])).toEqual([['fresh', 0], ['frustration', 2], ['growth', 1], ['mature', 0]]);
    expect(view.frustrationCount).toBe(2);
  });
  test('reps with signs of the burnout period are listed with them, metric names in the rollup\'s language', () => {
    expect(view.flagged).toEqual([{ label: 'a-rep', flat: [{ name: 'Completeness', from: '2026-05', to: '2026-08', months: 3 }], lowEnergy: ['2026-09'], burntOut: [] }]);
  });
});

describe("a rep's last value before December", () => {
  test('the rollup cell carries its month, and the team mean still counts it', () => {
    const left: RollupRow = { ...row('left', 'mature', 82, 2), metrics: { completeness: { final: 82, finalMonth: '2026-07', target: 85, status: 'behind', series: [74, 75, 77, 78, 80, 81, 82, ...Array(5).fill(null)], precision: { min: 0, max: 0 } } } };
    const view = buildRollup('Team A', 2026, 'en', shared.slice(0, 1), [left, row('stays', 'growth', 86, 2)]);
    expect(view.reps.map((r) => [r.id, r.cells[0]!.final, r.cells[0]!.finalMonth])).toEqual([['left', 82, '2026-07'], ['stays', 86, null]]);
    // (82 + 86) / 2 = 84: one rep at target.
    expect(view.metrics[0]).toMatchObject({ average: 84, met: 1, reported: 2 });
  });
});

describe('who is in the team averages', () => {
  // Two reps all year at 80%; a new starter at 50% from October: with three reps October's mean is
  // (80 + 80 + 50) / 3 = 70, a drop that is a change of members, which the rollup says.
  const series = (values: Record<number, number>) => Array.from({ length: 12 }, (_, i) => values[i] ?? null);
  const rep = (id: string, name: string, s: (number | null)[]): RollupRow => ({ ...row(id, 'growth', 80, 2, none, [1, 1], name), metrics: { completeness: { final: s[11] ?? null, target: 85, status: 'behind', series: s, precision: { min: 0, max: 0 } } } });
  const allYear = series(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [i, 80])));
  const view = buildRollup('Team A', 2026, 'en', shared.slice(0, 1), [
    rep('li-na', '李娜', allYear),
    rep('li-na-2', '李娜', allYear),
    rep('new', 'Park', series({ 9: 50, 11: 56 })),
  ]);
  test('October averages three reps, November two, December three; each change is named', () => {
    expect(view.metrics[0]!.monthly.slice(8)).toEqual([80, 70, 80, 72]);
    expect(view.months.slice(8).map((m) => m.reps)).toEqual([2, 3, 2, 3]);
    expect(view.memberChanges.map((m) => [m.month, m.joined, m.left])).toEqual([
      ['2026-10', ['Park'], []],
      ['2026-11', [], ['Park']],
      ['2026-12', ['Park'], []],
    ]);
  });
  test('two reps with one name are told apart by id, everywhere', () => {
    expect(view.reps.map((r) => r.label)).toEqual(['Park', '李娜 (li-na)', '李娜 (li-na-2)']);
    expect(labeller([{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }])({ id: 'a', name: 'A' })).toBe('A');
  });
  test('a rep whose notes failed is listed as not included, with where, and counts toward name clashes', () => {
    const v = buildRollup('Team A', 2026, 'en', shared, [row('bo', 'growth', 80, 2, none, [1, 1], 'Bo')], [{ id: 'bo-2', name: 'Bo', kind: 'invalid-notes', where: ['2026-06.md:12'] }]);
    expect(v.failed).toEqual([{ id: 'bo-2', name: 'Bo', kind: 'invalid-notes', where: ['2026-06.md:12'], label: 'Bo (bo-2)' }]);
    expect(v.reps[0]!.label).toBe('Bo (bo)');
    expect(v.reps).toHaveLength(1);
  });
});
