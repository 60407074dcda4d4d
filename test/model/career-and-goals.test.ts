import { describe, expect, test } from 'vitest';
import { stageFor, tenureMonth } from '../../src/model/career-stage.js';
import { reviewGoals } from '../../src/model/goal-review.js';
import type { MonthFront } from '../../src/notes/schema.js';

const note = (m: string, extra: Partial<MonthFront> = {}): MonthFront => ({
  month: m, actuals: {}, targets: {}, review: { achievements: [], shortfalls: [], goals: [] }, goals: [], study: [], ...extra,
});

describe('career stage', () => {
  test('full months since hire, plus one; stages change after months 3, 6 and 18', () => {
    expect(tenureMonth('2025-12-15', '2025-12')).toBe(1);
    expect(tenureMonth('2025-12-01', '2026-03')).toBe(4);
    // Hired mid-September: on 1 December two full months have passed.
    expect(tenureMonth('2026-09-14', '2026-12')).toBe(3);
    expect(tenureMonth('2026-09-14', '2027-01')).toBe(4);
    expect([1, 3, 4, 6, 7, 18, 19].map(stageFor)).toEqual(['fresh', 'fresh', 'frustration', 'frustration', 'growth', 'growth', 'mature']);
  });
  test('a month before the hire date counts as month 1', () => {
    expect(tenureMonth('2026-10-01', '2026-09')).toBe(1);
  });
});

describe('last month goals', () => {
  const directions = new Map([['calls', 'higher' as const], ['complaints', 'lower' as const]]);
  const previous = note('2026-08', {
    actuals: { calls: 150, complaints: 5 },
    goals: [
      { title: 'Calls', metric: 'calls', target: 180, actions: [] },
      { title: 'Fewer complaints', metric: 'complaints', target: 3, actions: [] },
      { id: 'course', title: 'Product course', actions: [] },
      { title: 'Mentor sessions', actions: [] },
    ],
  });
  const current = note('2026-09', {
    actuals: { calls: 170, complaints: 3 },
    review: { achievements: [], shortfalls: [], goals: [{ goal: 'course', result: 'partly', note: '2 of 3 modules' }] },
  });
  test('metric goals judged by the numbers, others by the rep, else not assessed', () => {
    const judging = new Map([...directions].map(([id, direction]) => [id, { direction, baseline: 0 }]));
    const r = reviewGoals(previous, current, judging);
    expect(r.map((g) => [g.title, g.result, g.source])).toEqual([
      ['Calls', 'partly', 'metric'],
      ['Fewer complaints', 'met', 'metric'],
      ['Product course', 'partly', 'review'],
      ['Mentor sessions', 'unknown', 'none'],
    ]);
  });
});
