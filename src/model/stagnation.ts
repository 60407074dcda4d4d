/**
 * Flat figures, a sign of the burnout period (倦怠期, DOMAIN.md: any time, not tied to tenure;
 * results falling or standing still). Each metric is judged on its own, so a key figure that stands
 * still is seen even while the others wobble.
 *
 * "Flat" is measured against the way still to go, with threshold = FLAT_SHARE of |target − baseline|
 * (for 68% → 85%, 0.85 points): a month is flat when it is better by less than the threshold both than
 * the month before and than the month the run started from. A fall counts as flat too, so a figure
 * that slides is seen; a recovery from a dip is a real move, and so is a slow climb once it adds up
 * to the threshold. A month on target, a month without a value or without a target, or a metric whose
 * target equals its baseline ends a run: holding a target is not stagnation, and a gap says nothing.
 */
import { atLeastAsGood, improvement, type Direction } from './metric-status.js';
import { addMonths } from '../calendar/months.js';

/** Months in a row (after the month a run starts from) that make the signal. */
export const STAGNATION_MONTHS = 3;
/** Share of the distance from baseline to target below which a month's move is flat. */
export const FLAT_SHARE = 0.05;

export interface FlatSeries {
  id: string;
  direction: Direction;
  baseline: number;
  /** Consecutive measured months, oldest first. */
  months: readonly string[];
  values: readonly (number | null)[];
  /** The target in force each month; null where none is (such a month ends a run). */
  targets: readonly (number | null)[];
}

export interface FlatRun {
  metric: string;
  /** The month the run is measured from (its value is the reference). */
  from: string;
  /** The last flat month. */
  to: string;
  /** Flat months after `from`: at least STAGNATION_MONTHS. */
  months: number;
}

/** Every run of STAGNATION_MONTHS or more flat months in a metric's series. */
export function flatRuns(s: FlatSeries): FlatRun[] {
  const runs: FlatRun[] = [];
  let anchor = -1;
  const close = (last: number) => {
    if (anchor >= 0 && last - anchor >= STAGNATION_MONTHS) runs.push({ metric: s.id, from: s.months[anchor]!, to: s.months[last]!, months: last - anchor });
  };
  for (let i = 0; i < s.values.length; i++) {
    const v = s.values[i];
    const target = s.targets[i];
    const usable = v !== null && v !== undefined && target !== null && target !== undefined && target !== s.baseline && !atLeastAsGood(v, target, s.direction);
    const consecutive = i > 0 && s.months[i] === addMonths(s.months[i - 1]!, 1);
    if (!usable) {
      close(i - 1);
      anchor = -1;
      continue;
    }
    if (anchor >= 0 && consecutive) {
      // The tolerance keeps a move of exactly the threshold (0.05 × 17 is 0.8500000000000001) a real move.
      const threshold = FLAT_SHARE * Math.abs((s.targets[anchor] ?? s.baseline) - s.baseline) - 1e-9;
      const step = improvement(s.values[i - 1]!, v, s.direction);
      const sinceStart = improvement(s.values[anchor]!, v, s.direction);
      if (step < threshold && sinceStart < threshold) continue;
    }
    // A real move (or a fresh start): the run so far ends, and a new one is measured from here.
    close(i - 1);
    anchor = i;
  }
  close(s.values.length - 1);
  return runs;
}
