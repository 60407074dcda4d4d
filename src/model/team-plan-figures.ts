/**
 * The figures of a team plan: what the reps' notes say about the team's metrics up to the end of
 * the plan's period. A note is written at the start of its month and reports the month before, so
 * the last month a period's notes can report is the month before its last: for 2026-H2, November.
 * The plan shows the latest month any rep reported up to then, and the TREND_MONTHS ending there.
 */
import type { MetricDef, MonthFront } from '../notes/schema.js';
import { addMonths } from '../calendar/months.js';
import type { PlanPeriod } from '../calendar/plan-period.js';
import { atLeastAsGood } from './metric-status.js';
import { measuredByMonth } from './metric-year.js';
import { periodAt, ungradedStatus } from './target-periods.js';
import { writtenValues } from './metric-view.js';
import { metricPrecision } from './precision.js';
import { average } from './mean.js';
import type { FigureRow, RepFigure } from './team-figures.js';

/** Months of trend a team plan shows, whatever its period: half a year says more than one month's dot. */
export const TREND_MONTHS = 6;

/** What the team plan needs of a rep: the profile's facts and every monthly note. */
export interface PlanRep {
  id: string;
  name: string;
  hired?: string;
  /** rep.md's `left`: the last day on the team. */
  left?: string;
  /** The rep's metric definitions: the team's, with the rep's own where they share an id. */
  metrics: readonly MetricDef[];
  /** Every monthly note of the rep, oldest first. */
  months: readonly MonthFront[];
}

/** The notes of a rep that can speak about a period: none written after it ends. */
export function notesUpTo(rep: PlanRep, period: PlanPeriod): MonthFront[] {
  return rep.months.filter((n) => n.month <= period.last);
}

/** The latest month any rep reported a figure of the shared metrics for, up to what the period's notes can report. */
export function latestMeasured(reps: readonly PlanRep[], shared: readonly string[], period: PlanPeriod): string | null {
  const cutoff = addMonths(period.last, -1);
  let latest: string | null = null;
  for (const rep of reps) {
    for (const [month, values] of measuredByMonth(notesUpTo(rep, period))) {
      if (month <= cutoff && shared.some((id) => values[id] !== undefined) && (latest === null || month > latest)) latest = month;
    }
  }
  return latest;
}

/** The months of trend ending at the latest month. */
export function trendMonths(latest: string): string[] {
  return Array.from({ length: TREND_MONTHS }, (_, i) => addMonths(latest, i - TREND_MONTHS + 1));
}

/** A rep's figures for the shared metrics over `months`: their last value there, the target in force then, and the series. */
export function repFigures(rep: PlanRep, shared: readonly string[], months: readonly string[], period: PlanPeriod): FigureRow {
  const notes = notesUpTo(rep, period);
  const measured = measuredByMonth(notes);
  const metrics: Record<string, RepFigure> = {};
  for (const id of shared) {
    const def = rep.metrics.find((m) => m.id === id);
    if (!def) continue;
    const series = months.map((m) => measured.get(m)?.[id] ?? null);
    const last = series.reduce<number>((at, v, i) => (v !== null ? i : at), -1);
    const final = last >= 0 ? series[last]! : null;
    const target = last >= 0 ? (periodAt(def, notes, months[last]!)?.target ?? null) : null;
    const status = final === null ? 'none' : target === null ? ungradedStatus(def, notes) : atLeastAsGood(final, target, def.direction) ? 'met' : 'behind';
    metrics[id] = { final, target, status, series, precision: metricPrecision(def.decimals, writtenValues(def, notes), def.writtenDecimals) };
  }
  return { id: rep.id, name: rep.name, metrics };
}

/** The team's mean of a metric in the latest month at or before `month` that any rep reported it for; null when none did. */
export function teamValueAt(reps: readonly PlanRep[], id: string, month: string): { month: string; value: number } | null {
  const byMonth = new Map<string, number[]>();
  for (const rep of reps) {
    for (const [m, values] of measuredByMonth(rep.months)) {
      if (m <= month && values[id] !== undefined) byMonth.set(m, [...(byMonth.get(m) ?? []), values[id]]);
    }
  }
  const latest = [...byMonth.keys()].sort().pop();
  return latest === undefined ? null : { month: latest, value: average(byMonth.get(latest)!)! };
}
