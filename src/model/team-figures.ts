/**
 * A team's figure for one metric from its reps' figures: the mean of their latest values, how many
 * are on target, the mean month by month and the team target. Shared by the year-end rollup and
 * the team plan, so the two documents can never compute "the team's figure" differently.
 */
import type { Status } from '../document/types.js';
import type { MetricDef } from '../notes/schema.js';
import { average } from './mean.js';
import { distinguishing, MAX_DECIMALS, type Precision } from './precision.js';

/** One rep's figure for a metric over the months the document covers. */
export interface RepFigure {
  /** The rep's last value in those months; null when they reported none. */
  final: number | null;
  /** The month of `final` when it is before the last month covered (MetricYear's); absent where not shown. */
  finalMonth?: string | null;
  /** The target in force for that value; null when none is. */
  target: number | null;
  status: Status;
  /** One entry per month covered, null where the rep reported nothing (a gap, not a zero). */
  series: (number | null)[];
  precision: Precision;
}

export interface TeamFigure {
  /** Mean of the reps' latest values (reps without a value left out). */
  average: number | null;
  met: number;
  /** Reps with a value and a target: what "met" counts out of. */
  reported: number;
  /** Team mean by month over the reps with a figure that month; null where no rep reported. */
  monthly: (number | null)[];
  /** How many reps each month's mean is over. */
  monthlyCount: number[];
  /** The team target: the mean of the reps' targets. */
  target: number | null;
  /**
   * Digits the means are shown with: up to one more than the reps' values, so a mean says more than
   * a rounded value, or the metric's own `decimals:` (72.0%); and more where the mean would read the
   * same as the target (79.95 beside 80, never "80 / 80, behind").
   */
  precision: Precision;
}

/**
 * `months` is the length of every rep's series. `current` are the figures of the reps still on the
 * team at the end (default: all): the latest values, targets and counts on target are theirs, while
 * the months are everyone's, so a rep who left counts in the months they were there and no later.
 */
export function teamFigure(figures: readonly RepFigure[], months: number, current: readonly RepFigure[] = figures): TeamFigure {
  const withValue = current.filter((v) => v.final !== null);
  const monthValues = Array.from({ length: months }, (_, i) => figures.map((v) => v.series[i] ?? null).filter((x) => x !== null));
  const mean = average(withValue.map((v) => v.final));
  const target = average(current.map((v) => v.target));
  return {
    average: mean,
    met: withValue.filter((v) => v.status === 'met').length,
    // Reps with no target in force (next year's only, or none at all) are counted out of "on target", not as misses.
    reported: withValue.filter((v) => v.status !== 'untargeted' && v.status !== 'tracked').length,
    monthly: monthValues.map((vs) => average(vs)),
    monthlyCount: monthValues.map((vs) => vs.length),
    target,
    precision: distinguishing(averagePrecision(figures.map((v) => v.precision)), [mean, target]),
  };
}

export function averagePrecision(values: readonly Precision[]): Precision {
  // A metric's own `decimals:` (fixed digits, min > 0) hold for its means too: every figure of it
  // reads with that many, as the reader asked.
  const fixed = values.reduce((m, p) => Math.max(m, p.min), 0);
  if (fixed > 0) return { min: fixed, max: fixed };
  const max = values.reduce((m, p) => Math.max(m, p.max), 0);
  return { min: 0, max: Math.min(MAX_DECIMALS, max + 1) };
}

type Unit = MetricDef['unit'];

/** One month of the team's means: who is in them, and who came in or dropped out since the month before. */
export interface TeamMonth {
  month: string;
  reps: number;
  cells: { value: number | null; unit: Unit; precision: Precision; n: number; partial: boolean }[];
  joined: string[];
  left: string[];
}

/** A rep as the team's months see them: their figures by metric id over `months`. */
export interface FigureRow {
  id: string;
  name: string;
  metrics: Record<string, RepFigure>;
}

/**
 * The team's months: reps with any shared figure, each metric's mean and count, and who came and
 * went. `months` are the months every rep's series covers; `metrics` the team figures over them.
 */
export function teamMonths<R extends FigureRow>(months: readonly string[], rows: readonly R[], metrics: readonly (TeamFigure & { id: string; unit: Unit })[], label: (p: R) => string): TeamMonth[] {
  let before: Set<R> | undefined;
  return months.map((month, i) => {
    const present = new Set(rows.filter((r) => metrics.some((m) => (r.metrics[m.id]?.series[i] ?? null) !== null)));
    // A month with no figures at all is a gap for the whole team, not everyone leaving: it is skipped.
    const compare = before && present.size > 0;
    const joined = compare ? [...present].filter((r) => !before!.has(r)).map(label) : [];
    const left = compare ? [...before!].filter((r) => !present.has(r)).map(label) : [];
    if (present.size > 0) before = present;
    const cells = metrics.map((m) => ({ value: m.monthly[i]!, unit: m.unit, precision: m.precision, n: m.monthlyCount[i]!, partial: m.monthlyCount[i]! !== present.size }));
    return { month, reps: present.size, cells, joined, left };
  });
}
