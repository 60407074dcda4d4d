/** One metric as a document shows it: definition, effective target, latest value and standing. */
import type { Status } from '../document/types.js';
import type { MetricDef, MonthFront, Language } from '../notes/schema.js';
import { pickLocalized } from '../locale/index.js';
import { clamp01, metricStatus, progress, type Direction } from './metric-status.js';
import { elapsedIn, nextPeriod, periodAt, ungradedStatus } from './target-periods.js';
import { distinguishing, exactDifference, metricPrecision, type Precision } from './precision.js';

/** What every view of a metric carries: its identity and definition, named in the locale. */
export interface MetricIdentity {
  id: string;
  name: string;
  unit: MetricDef['unit'];
  direction: Direction;
  baseline: number;
}

export interface MetricView extends MetricIdentity {
  /** The target in force this month; null when none is (the value is then shown, not graded). */
  target: number | null;
  /** The next target when none is in force yet: next year's, say. */
  upcoming: { target: number; from: string } | null;
  latest: number | null;
  previous: number | null;
  /** latest − previous, without floating-point noise (sign read with `direction`). */
  change: number | null;
  /** Fraction of the way from baseline to target, unclamped; null when there is no way to go. */
  progress: number | null;
  /** Progress clamped to 0..1, for drawing. */
  bar: number;
  status: Status;
  targetEqualsBaseline: boolean;
  /** Digits every value of this row is shown with. */
  precision: Precision;
}

export function describeMetric(def: MetricDef, locale: Language): MetricIdentity {
  return { id: def.id, name: pickLocalized(def.name, locale), unit: def.unit, direction: def.direction, baseline: def.baseline };
}

/** Every value written for a metric, in its definition and in the notes: what its precision follows. */
export function writtenValues(def: MetricDef, notes: readonly MonthFront[]): number[] {
  const out = [def.baseline, ...(def.target !== undefined ? [def.target] : []), ...(def.targets ?? []).flatMap((t) => [t.target, ...(t.baseline !== undefined ? [t.baseline] : [])])];
  for (const n of notes) {
    const a = n.actuals[def.id];
    // A value given as a count and its total is a computed share (68.0137…%): its digits say nothing.
    if (a !== undefined && !n.shares?.[def.id]) out.push(a);
    const t = n.targets[def.id];
    if (t !== undefined) out.push(t);
  }
  return out;
}

/**
 * Builds the view of a metric as of `month`. `notes` are the rep's monthly notes oldest first;
 * `latest` is taken from the note of `month` itself, `previous` from the last note before it that has a value.
 */
export function metricView(def: MetricDef, notes: readonly MonthFront[], month: string, locale: Language, finalValue?: number): MetricView {
  let current: MonthFront | undefined;
  let previous: number | null = null;
  for (const n of notes) {
    if (n.month > month) break;
    if (n.month === month) current = n;
    else if (n.actuals[def.id] !== undefined) previous = n.actuals[def.id]!;
  }
  const latest = finalValue ?? current?.actuals[def.id] ?? null;
  const period = periodAt(def, notes, month);
  const target = period?.target ?? null;
  const baseline = period?.baseline ?? def.baseline;
  const p = latest === null || target === null ? null : progress(baseline, target, latest, def.direction);
  const graded = metricStatus({ baseline, target, latest, direction: def.direction, elapsed: period ? elapsedIn(period, month) : 0 });
  const status = graded === 'untargeted' ? ungradedStatus(def, notes) : graded;
  const bar = latest === null ? 0 : p === null ? (status === 'met' ? 1 : 0) : clamp01(p);
  const change = latest !== null && previous !== null ? exactDifference(latest, previous) : null;
  const later = target === null ? nextPeriod(def, month) : null;
  return {
    ...describeMetric(def, locale),
    baseline,
    target,
    upcoming: later ? { target: later.target, from: later.from } : null,
    latest,
    previous,
    change,
    progress: p,
    bar,
    status,
    targetEqualsBaseline: target === baseline,
    precision: distinguishing(metricPrecision(def.decimals, writtenValues(def, notes), def.writtenDecimals), [latest, target, change]),
  };
}
