/**
 * How many decimals a metric's values are shown with. A value is shown as precisely as it was
 * written (an SMS score of 4.55 stays 4.55), or with the metric's own `decimals:`; and wherever two
 * different numbers would round to the same text — a latest value beside its target, a change
 * beside zero — more digits are shown, so a row never reads "4.6 / 4.6 behind".
 */
import { roundTo } from '../text/round-decimal.js';

export { roundTo };

/** The digits a value is shown with: at least `min`, at most `max` decimals. */
export interface Precision {
  min: number;
  max: number;
}

/** More digits than this say nothing about a call centre's figures; floating-point noise lies beyond. */
export const MAX_DECIMALS = 6;

/** Decimals in the shortest text that reads back as `value` (4.55 → 2, 85 → 0, 1e-7 → 6, capped). */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const text = String(Math.abs(value));
  const exp = text.indexOf('e');
  if (exp !== -1) {
    const mantissa = text.slice(0, exp);
    const dot = mantissa.indexOf('.');
    const fraction = dot === -1 ? 0 : mantissa.length - dot - 1;
    return Math.min(MAX_DECIMALS, Math.max(0, fraction - Number(text.slice(exp + 1))));
  }
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : Math.min(MAX_DECIMALS, text.length - dot - 1);
}

/**
 * The precision for a metric: `decimals:` when the definition sets it (then every value shows that
 * many, 85.0), else as many as the most precise value written for it (each value then shows its
 * own digits: 4.55 and 4.6). `floor` is the most decimals typed with trailing zeros for any of its
 * figures (4.30 → 2; YAML reads it as 4.3): every value then shows at least that many (4.30, 4.50, 4.55).
 */
export function metricPrecision(decimals: number | undefined, written: Iterable<number | null | undefined>, floor = 0): Precision {
  if (decimals !== undefined) return { min: decimals, max: decimals };
  const min = Math.min(MAX_DECIMALS, floor);
  let max = min;
  for (const v of written) if (typeof v === 'number') max = Math.max(max, decimalsOf(v));
  return { min, max };
}

/**
 * Raises `precision` until every pair of different numbers in `values` shows differently, and a
 * non-zero number never shows as zero (a change of −0.04 is not "−0").
 */
export function distinguishing(precision: Precision, values: readonly (number | null | undefined)[]): Precision {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  let { min, max } = precision;
  const collides = (d: number) =>
    xs.some((a, i) => (a !== 0 && roundTo(a, d) === 0) || xs.some((b, j) => j > i && a !== b && roundTo(a, d) === roundTo(b, d)));
  while (max < MAX_DECIMALS && collides(max)) {
    max++;
    // Fixed digits stay fixed: 4.6 beside 4.55 reads 4.60 when the metric asked for fixed digits.
    if (min > 0) min = max;
  }
  return { min, max };
}

/** a − b without floating-point noise: to the decimals of the more precise of the two (4.55 − 4.6 = −0.05). */
export function exactDifference(a: number, b: number): number {
  return roundTo(a - b, Math.max(decimalsOf(a), decimalsOf(b)));
}
