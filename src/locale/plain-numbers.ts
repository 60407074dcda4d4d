/**
 * Numbers in the four built-in languages, written out. English, Chinese and Korean all group
 * thousands with "," and mark decimals with ".", so one writer serves them; a language added by a
 * label file still goes through Intl.NumberFormat. The first Intl.NumberFormat of a process makes
 * V8 gather the set of every locale ICU can format numbers in, about 110 million instructions,
 * to print "68%". These give exactly what Intl.NumberFormat gives (test/locale/plain-numbers.test.ts
 * compares them over many generated values): the same half-away-from-zero rounding of the decimal
 * the number reads as, and "-0" for a negative that rounds to nothing, which the kit then unsigns.
 */
import { roundedText } from '../text/round-decimal.js';

/** Beyond this JavaScript writes numbers in exponent form; Intl is used there. */
const PLAIN_LIMIT = 1e21;

/** `value` with `min`..`max` decimals and grouped thousands ("1,234.5"), or undefined to use Intl. */
export function plainNumber(value: number, min: number, max: number): string | undefined {
  if (!Number.isFinite(value) || Math.abs(value) >= PLAIN_LIMIT) return undefined;
  const [whole = '0', fraction = ''] = roundedText(value, max).split('.');
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const digits = fraction.padEnd(min, '0');
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${digits ? `.${digits}` : ''}`;
}

/** A fraction 0..1 as a whole percent ("68%"), or undefined to use Intl. */
export function plainPercent(fraction: number): string | undefined {
  if (!Number.isFinite(fraction)) return undefined;
  // ×100 by moving the decimal point in the text, as Intl does, not by a binary multiplication.
  const [mantissa, exponent = '0'] = String(fraction).split('e');
  const whole = plainNumber(Number(`${mantissa}e${Number(exponent) + 2}`), 0, 0);
  return whole === undefined ? undefined : `${whole}%`;
}
