/**
 * Where a metric stands against its target, direction-aware. Progress is the fraction of the way
 * from baseline to target; status compares it with the fraction of the period already gone.
 */
import type { Status } from '../document/types.js';

export type Direction = 'higher' | 'lower';

/** Leeway before a metric counts as behind schedule, as a fraction of the whole way. */
export const ON_TRACK_SLACK = 0.05;

/** True when `a` is at least as good as `b`. */
export function atLeastAsGood(a: number, b: number, direction: Direction): boolean {
  return direction === 'higher' ? a >= b : a <= b;
}

/** Signed change where positive always means better, whatever the direction. */
export function improvement(from: number, to: number, direction: Direction): number {
  return direction === 'higher' ? to - from : from - to;
}

/**
 * Fraction of the way from baseline to target; null when the target is no better than the
 * baseline (holding a level, or a target set below where the rep started): there is no way to go,
 * and the status alone says whether the target is reached.
 */
export function progress(baseline: number, target: number, latest: number, direction: Direction): number | null {
  const way = improvement(baseline, target, direction);
  if (!(way > 0)) return null;
  // "+ 0" turns the -0 of a metric that has not moved into 0.
  return improvement(baseline, latest, direction) / way + 0;
}

export interface StatusInput {
  baseline: number;
  /** Null when no target is in force: the value is shown, not graded. */
  target: number | null;
  latest: number | null;
  direction: Direction;
  /** Fraction of the period (from → by) already gone, 0..1. */
  elapsed: number;
}

export function metricStatus({ baseline, target, latest, direction, elapsed }: StatusInput): Status {
  if (latest === null) return 'none';
  if (target === null) return 'untargeted';
  if (atLeastAsGood(latest, target, direction)) return 'met';
  const p = progress(baseline, target, latest, direction);
  if (p === null) return 'behind';
  return p >= elapsed - ON_TRACK_SLACK ? 'on-track' : 'behind';
}

/** Clamp for drawing a bar. */
export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
