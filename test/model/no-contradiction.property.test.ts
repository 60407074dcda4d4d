/**
 * Over generated metric series: no displayed value contradicts its status. A row that says "met"
 * shows a value at least as good as its target; one that says "on track" or "behind" shows a value
 * visibly short of it; progress never reads 100% short of the target; a change is never "0" or "−0"
 * when something changed. Runs a fixed seed, so a failure is reproducible.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { metricView } from '../../src/model/metric-view.js';
import { measuredByMonth, metricYear } from '../../src/model/metric-year.js';
import { reviewGoals } from '../../src/model/goal-review.js';
import { goalMetrics } from '../../src/model/goal-metrics.js';
import { teamFigure } from '../../src/model/team-figures.js';
import { metricPrecision } from '../../src/model/precision.js';
import type { MetricDef, MonthFront } from '../../src/notes/schema.js';
import { readNumber, shown } from '../helpers/shown.js';

const note = (m: string, actuals: Record<string, number>, extra: Partial<MonthFront> = {}): MonthFront => ({
  month: m, actuals, targets: {}, review: { achievements: [], shortfalls: [], goals: [] }, goals: [], study: [], ...extra,
});

/** A number written with 0 to 3 decimals, as reps write them. */
const written = (lo: number, hi: number) =>
  fc.tuple(fc.integer({ min: lo * 1000, max: hi * 1000 }), fc.integer({ min: 0, max: 3 })).map(([n, d]) => Number((n / 1000).toFixed(d)));

const metricArb = fc.record({
  direction: fc.constantFrom('higher' as const, 'lower' as const),
  baseline: written(0, 100),
  target: written(0, 100),
  decimals: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  values: fc.array(fc.option(written(0, 100), { nil: null, freq: 4 }), { minLength: 2, maxLength: 12 }),
});

const better = (a: number, b: number, direction: 'higher' | 'lower') => (direction === 'higher' ? a >= b : a <= b);
const PARAMS = { seed: 20261201, numRuns: 400 };

describe('no displayed value contradicts its status', () => {
  test('monthly plan rows', () => {
    fc.assert(
      fc.property(metricArb, ({ direction, baseline, target, decimals, values }) => {
        const def: MetricDef = { id: 'm', name: 'M', unit: 'score', direction, baseline, target, decimals };
        const notes = values.map((v, i) => note(`2026-${String(i + 1).padStart(2, '0')}`, v === null ? {} : { m: v }));
        const month = notes[notes.length - 1]!.month;
        const v = metricView(def, notes, month, 'en');
        if (v.latest === null) return;
        const [latest, tgt, change, progress] = shown('{{value latest unit precision}}|{{value target unit precision}}|{{delta change unit precision}}|{{percent progress status}}', v).split('|');
        const l = readNumber(latest!);
        const t = readNumber(tgt!);
        if (v.status === 'met') expect(better(l, t, direction)).toBe(true);
        else expect(l === t || better(l, t, direction)).toBe(false);
        if (v.change !== null && v.change !== 0) expect(readNumber(change!.replace('+', ''))).not.toBe(0);
        if (v.progress !== null && v.status !== 'met') expect(readNumber(progress!)).toBeLessThan(100);
        if (v.progress !== null && v.status === 'met') expect(readNumber(progress!)).toBeGreaterThanOrEqual(100);
      }),
      PARAMS,
    );
  });

  test('annual summary rows: year-end value, best and worst against the target', () => {
    fc.assert(
      fc.property(metricArb, ({ direction, baseline, target, decimals, values }) => {
        const def: MetricDef = { id: 'm', name: 'M', unit: 'percent', direction, baseline, target, decimals };
        const notes = values.map((v, i) => note(`2026-${String(i + 1).padStart(2, '0')}`, v === null ? {} : { m: v }));
        const y = metricYear(def, measuredByMonth(notes), notes, 2026, 'en');
        if (y.final === null) return;
        const [final, tgt, best] = shown('{{value final unit precision}}|{{value target unit precision}}|{{value best.value unit precision}}', y).split('|');
        expect(better(readNumber(final!), readNumber(tgt!), direction)).toBe(y.status === 'met');
        expect(readNumber(final!) === readNumber(tgt!) && y.status !== 'met').toBe(false);
        // The best month is a value that occurred, and reads as it was written.
        expect(y.series).toContain(y.best!.value);
        if (decimals === undefined) expect(readNumber(best!)).toBe(y.best!.value);
      }),
      PARAMS,
    );
  });

  test("last month's goals: a missed or partly met goal never shows its target reached", () => {
    fc.assert(
      fc.property(metricArb, written(0, 100), ({ direction, baseline, target, decimals, values }, goalTarget) => {
        const def: MetricDef = { id: 'm', name: 'M', unit: 'percent', direction, baseline, target, decimals };
        const actual = values.find((v) => v !== null);
        if (actual === undefined || actual === null) return;
        const set = note('2026-05', {}, { goals: [{ title: 'G', metric: 'm', target: goalTarget, actions: [] }] });
        const g = reviewGoals(set, note('2026-06', { m: actual }), goalMetrics([def], [set], '2026-05'))[0]!;
        const [a, t] = shown('{{value actual "percent" precision}}|{{value target "percent" precision}}', g).split('|');
        expect(better(readNumber(a!), readNumber(t!), direction)).toBe(g.result === 'met');
      }),
      PARAMS,
    );
  });

  test('team means (rollup and team plan): the mean never reads as the target it falls short of, nor short of one it meets', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('higher' as const, 'lower' as const),
        written(0, 100),
        fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
        // Either anywhere, or within a unit or two of the target over many reps, where a mean such
        // as 79.95 (19 reps at 80, one at 79) rounds onto the target.
        fc.oneof(
          fc.array(written(0, 100), { minLength: 1, maxLength: 30 }).map((vs) => ({ offsets: false, vs })),
          fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 1, maxLength: 60 }).map((vs) => ({ offsets: true, vs })),
        ),
        (direction, target, decimals, drawn) => {
          const finals = drawn.offsets ? drawn.vs.map((o) => Math.max(0, Math.min(100, Math.round(target) + o))) : drawn.vs;
          const precision = metricPrecision(decimals, [target, ...finals]);
          const f = teamFigure(finals.map((v) => ({ final: v, target, status: better(v, target, direction) ? 'met' : 'behind', series: [v], precision })), 1);
          // The team plan's status of the mean, as team-plan.ts grades it.
          const met = better(f.average!, f.target!, direction);
          const [m, t] = shown('{{value average "percent" precision}}|{{value target "percent" precision}}', f).split('|');
          expect(better(readNumber(m!), readNumber(t!), direction)).toBe(met);
        },
      ),
      PARAMS,
    );
  });
});
