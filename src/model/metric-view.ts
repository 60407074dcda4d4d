/** One metric as a document shows it: definition, effective target, latest value and standing. */
import type { Status } from '../document/types.js';
import type { MetricDef, MonthFront, Locale } from '../notes/schema.js';
import { pickLocalized } from '../locale/index.js';
import { clamp01, metricStatus, progress, type Direction } from './metric-status.js';
import { monthIndex, yearOf } from '../calendar/months.js';

/** What every view of a metric carries: its identity and definition, named in the locale. */
export interface MetricIdentity {
  id: string;
  name: string;
  unit: MetricDef['unit'];
  direction: Direction;
  baseline: number;
}

export interface MetricView extends MetricIdentity {
  target: number;
  latest: number | null;
  previous: number | null;
  /** latest − previous (raw; sign read with `direction`). */
  change: number | null;
  /** Fraction of the way from baseline to target, unclamped; null when target equals baseline. */
  progress: number | null;
  /** Progress clamped to 0..1, for drawing. */
  bar: number;
  status: Status;
  targetEqualsBaseline: boolean;
}

export function describeMetric(def: MetricDef, locale: Locale): MetricIdentity {
  return { id: def.id, name: pickLocalized(def.name, locale), unit: def.unit, direction: def.direction, baseline: def.baseline };
}

/** The target in force at `month`: the last `targets` override at or before it, else the definition's. */
export function effectiveTarget(def: MetricDef, notes: readonly MonthFront[], month: string): number {
  let target = def.target;
  for (const n of notes) {
    if (n.month > month) break;
    const t = n.targets[def.id];
    if (t !== undefined) target = t;
  }
  return target;
}

/** Fraction of the metric's period gone by the time `month`'s note is written (its latest value is last month's). */
export function elapsedFraction(def: MetricDef, month: string): number {
  const year = yearOf(month);
  const from = monthIndex(def.from ?? `${year}-01`);
  const by = monthIndex(def.by ?? `${year}-12`);
  const span = by - from + 1;
  if (span <= 0) return 1;
  return clamp01((monthIndex(month) - from) / span);
}

/**
 * Builds the view of a metric as of `month`. `notes` are the rep's monthly notes oldest first;
 * `latest` is taken from the note of `month` itself, `previous` from the last note before it that has a value.
 */
export function metricView(def: MetricDef, notes: readonly MonthFront[], month: string, locale: Locale, finalValue?: number): MetricView {
  const upTo = notes.filter((n) => n.month <= month);
  const current = upTo.find((n) => n.month === month);
  const latest = finalValue ?? current?.actuals[def.id] ?? null;
  let previous: number | null = null;
  for (const n of upTo) if (n.month < month && n.actuals[def.id] !== undefined) previous = n.actuals[def.id]!;
  const target = effectiveTarget(def, notes, month);
  const p = latest === null ? null : progress(def.baseline, target, latest);
  const status = metricStatus({ baseline: def.baseline, target, latest, direction: def.direction, elapsed: elapsedFraction(def, month) });
  const bar = latest === null ? 0 : p === null ? (status === 'met' ? 1 : 0) : clamp01(p);
  return {
    ...describeMetric(def, locale),
    target,
    latest,
    previous,
    change: latest !== null && previous !== null ? latest - previous : null,
    progress: p,
    bar,
    status,
    targetEqualsBaseline: target === def.baseline,
  };
}
