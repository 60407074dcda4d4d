/** A metric over a calendar year: month-by-month values, best and worst, months on target, met or not. */
import type { MetricDef, MonthFront, Language } from '../notes/schema.js';
import type { Status } from '../document/types.js';
import { atLeastAsGood, improvement } from './metric-status.js';
import { describeMetric, writtenValues, type MetricIdentity } from './metric-view.js';
import { nextPeriod, periodAt, ungradedStatus } from './target-periods.js';
import { distinguishing, exactDifference, metricPrecision, type Precision } from './precision.js';
import { addMonths } from '../calendar/months.js';

export interface MonthValue {
  month: string;
  value: number;
}

export interface MetricYear extends MetricIdentity {
  /** Target in force at the end of the year (the last month of it that has one); null when none. */
  target: number | null;
  /** A dated target that starts after the year: next year's, shown but not graded now. */
  upcoming: { target: number; from: string } | null;
  /** One entry per month of the year, null where no note reported a value (a gap, not a zero). */
  series: (number | null)[];
  /** Target in force each month (null where none), for months-on-target. */
  targets: (number | null)[];
  /** The last value measured in the year. */
  final: number | null;
  /**
   * The month of `final` when that is before the year's last month (a rep who left in August, a
   * missing December): the documents name it beside the value, which would otherwise read as the
   * year-end figure. Null when the value is December's or there is none.
   */
  finalMonth: string | null;
  best: MonthValue | null;
  worst: MonthValue | null;
  monthsOnTarget: number;
  /** Months with both a value and a target in force: what months-on-target counts out of. */
  monthsGraded: number;
  monthsReported: number;
  met: boolean;
  status: Status;
  /** final − baseline, positive meaning better. */
  gain: number | null;
  /**
   * final − baseline as the figures moved (68% → 86% is +18, 6 → 2 complaints is −4): the change
   * over the year the table shows between its baseline and year-end columns, read with `direction`.
   */
  change: number | null;
  /** Digits every value of this row is shown with. */
  precision: Precision;
  /**
   * Digits of the change: the row's, or more where a change would read as none (68% → 993 / 1,460
   * = 68.01% is +0.01 points, not "+0"); the values keep theirs, so the year end still reads 68%.
   */
  changePrecision: Precision;
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

/** `written`: values from outside the monthly notes (annual note, KPI export) whose digits count. */
export function metricYear(def: MetricDef, measured: ReadonlyMap<string, Record<string, number>>, notes: readonly MonthFront[], year: number, locale: Language, written: readonly number[] = []): MetricYear {
  const months = monthsOfYear(year);
  const series = months.map((m) => measured.get(m)?.[def.id] ?? null);
  const periods = months.map((m) => periodAt(def, notes, m));
  const targets = periods.map((p) => p?.target ?? null);
  let best: MonthValue | null = null;
  let worst: MonthValue | null = null;
  let monthsOnTarget = 0;
  let monthsGraded = 0;
  let monthsReported = 0;
  series.forEach((value, i) => {
    if (value === null) return;
    monthsReported++;
    const month = months[i]!;
    // Ties keep the earlier month: the first time a level was reached is what a reader wants.
    if (!best || improvement(best.value, value, def.direction) > 0) best = { month, value };
    if (!worst || improvement(worst.value, value, def.direction) < 0) worst = { month, value };
    const target = targets[i]!;
    if (target === null) return;
    monthsGraded++;
    if (atLeastAsGood(value, target, def.direction)) monthsOnTarget++;
  });
  const lastIndex = series.reduce<number>((last, v, i) => (v === null ? last : i), -1);
  const final = lastIndex < 0 ? null : series[lastIndex]!;
  const lastPeriod = [...periods].reverse().find((p) => p !== null) ?? null;
  const target = lastPeriod?.target ?? null;
  const baseline = lastPeriod?.baseline ?? def.baseline;
  const met = final !== null && target !== null && atLeastAsGood(final, target, def.direction);
  const later = nextPeriod(def, `${year}-12`);
  const change = final === null ? null : exactDifference(final, baseline);
  const bestValue = (best as MonthValue | null)?.value;
  const worstValue = (worst as MonthValue | null)?.value;
  const precision = distinguishing(metricPrecision(def.decimals, [...writtenValues(def, notes), ...written], def.writtenDecimals), [final, target, bestValue, worstValue]);
  return {
    ...describeMetric(def, locale),
    baseline,
    target,
    upcoming: later ? { target: later.target, from: later.from } : null,
    series,
    targets,
    final,
    finalMonth: lastIndex >= 0 && lastIndex < months.length - 1 ? months[lastIndex]! : null,
    best,
    worst,
    monthsOnTarget,
    monthsGraded,
    monthsReported,
    met,
    status: final === null ? 'none' : target === null ? ungradedStatus(def, notes) : met ? 'met' : 'behind',
    gain: change === null ? null : def.direction === 'higher' ? change : exactDifference(baseline, final!),
    change,
    precision,
    changePrecision: distinguishing(precision, [change]),
  };
}
