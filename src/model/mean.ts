import { decimalsOf } from './precision.js';

/**
 * Mean of the values present; null when none are. Missing values are skipped, never zeros.
 *
 * The values are added as whole numbers at their own decimals, then divided once: added as
 * floating-point numbers, 4.62 + 4.6 + 4.52 + 4.45 is 18.189999999999998, and its mean 4.5475
 * would show as 4.547 where a reader working it out by hand rounds to 4.548.
 */
export function average(values: readonly (number | null)[]): number | null {
  const xs = values.filter((v): v is number => v !== null);
  if (!xs.length) return null;
  const scale = 10 ** xs.reduce((d, v) => Math.max(d, decimalsOf(v)), 0);
  const whole = xs.reduce((sum, v) => sum + Math.round(v * scale), 0);
  // Past 2^53 whole numbers lose units themselves; there the plain sum is as good as it gets.
  if (!Number.isSafeInteger(whole)) return xs.reduce((a, b) => a + b, 0) / xs.length;
  return whole / (xs.length * scale);
}

/** The mean to one decimal, as a rating average is shown. */
export function mean(values: readonly (number | null)[]): number | null {
  const m = average(values);
  return m === null ? null : Math.round(m * 10) / 10;
}
