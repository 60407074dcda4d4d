/** A metric over a calendar year: month-by-month values, best and worst, months on target, met or not. */
import type { MetricDef, MonthFront, Locale } from '../notes/schema.js';
import type { Status } from '../document/types.js';
import { atLeastAsGood, improvement } from './metric-status.js';
import { describeMetric, effectiveTarget, type MetricIdentity } from './metric-view.js';
import { addMonths } from '../calendar/months.js';

export interface MonthValue {
  month: string;
  value: number;
}

export interface MetricYear extends MetricIdentity {
  /** Target in force at the end of the year. */
  target: number;
  /** One entry per month of the year, null where no note reported a value (a gap, not a zero). */
  series: (number | null)[];
  /** Target in force each month, for months-on-target. */
  targets: number[];
  /** The last value measured in the year. */
  final: number | null;
  best: MonthValue | null;
  worst: MonthValue | null;
  monthsOnTarget: number;
  monthsReported: number;
  met: boolean;
  status: Status;
  /** final − baseline, positive meaning better. */
  gain: number | null;
}

export function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/**
 * What was measured for each month. A note is written at the start of its month, so its `actuals`
 * are the previous month's results: note 2026-09 measures 2026-08. December is closed by the annual
 * note's `actuals`, or by the next January's note.
 */
export function measuredByMonth(notes: readonly MonthFront[], yearEnd?: { year: number; actuals: Record<string, number> }): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const n of notes) out.set(addMonths(n.month, -1), n.actuals);
  if (yearEnd) out.set(`${yearEnd.year}-12`, { ...out.get(`${yearEnd.year}-12`), ...yearEnd.actuals });
  return out;
}

export function metricYear(def: MetricDef, measured: ReadonlyMap<string, Record<string, number>>, notes: readonly MonthFront[], year: number, locale: Locale): MetricYear {
  const months = monthsOfYear(year);
  const series = months.map((m) => measured.get(m)?.[def.id] ?? null);
  const targets = months.map((m) => effectiveTarget(def, notes, m));
  let best: MonthValue | null = null;
  let worst: MonthValue | null = null;
  let monthsOnTarget = 0;
  let monthsReported = 0;
  series.forEach((value, i) => {
    if (value === null) return;
    monthsReported++;
    const month = months[i]!;
    // Ties keep the earlier month: the first time a level was reached is what a reader wants.
    if (!best || improvement(best.value, value, def.direction) > 0) best = { month, value };
    if (!worst || improvement(worst.value, value, def.direction) < 0) worst = { month, value };
    if (atLeastAsGood(value, targets[i]!, def.direction)) monthsOnTarget++;
  });
  const final = [...series].reverse().find((v) => v !== null) ?? null;
  const target = targets[11]!;
  const met = final !== null && atLeastAsGood(final, target, def.direction);
  return {
    ...describeMetric(def, locale),
    target,
    series,
    targets,
    final,
    best,
    worst,
    monthsOnTarget,
    monthsReported,
    met,
    status: final === null ? 'none' : met ? 'met' : 'behind',
    gain: final === null ? null : improvement(def.baseline, final, def.direction),
  };
}
