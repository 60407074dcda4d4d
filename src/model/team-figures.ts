/**
 * A team's figure for one metric from its reps' figures: the mean of their latest values, how many
 * are on target, the mean month by month and the team target. Shared by the year-end rollup and
 * the team plan, so the two documents can never compute "the team's figure" differently.
 */
import type { Status } from '../document/types.js';
import { average } from './mean.js';
import { MAX_DECIMALS, type Precision } from './precision.js';

/** One rep's figure for a metric over the months the document covers. */
export interface RepFigure {
  /** The rep's last value in those months; null when they reported none. */
  final: number | null;
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
  /** Digits the means are shown with: one more than the reps' values, so a mean says more than a rounded value. */
  precision: Precision;
}

/** `months` is the length of every rep's series. */
export function teamFigure(figures: readonly RepFigure[], months: number): TeamFigure {
  const withValue = figures.filter((v) => v.final !== null);
  const monthValues = Array.from({ length: months }, (_, i) => figures.map((v) => v.series[i] ?? null).filter((x) => x !== null));
  return {
    average: average(withValue.map((v) => v.final)),
    met: withValue.filter((v) => v.status === 'met').length,
    // Reps with no target in force (next year's only) are counted out of "on target", not as misses.
    reported: withValue.filter((v) => v.status !== 'untargeted').length,
    monthly: monthValues.map((vs) => average(vs)),
    monthlyCount: monthValues.map((vs) => vs.length),
    target: average(figures.map((v) => v.target)),
    precision: averagePrecision(figures.map((v) => v.precision)),
  };
}

function averagePrecision(values: readonly Precision[]): Precision {
  const max = values.reduce((m, p) => Math.max(m, p.max), 0);
  return { min: 0, max: Math.min(MAX_DECIMALS, max + 1) };
}
