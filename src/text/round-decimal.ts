/**
 * Rounding of the decimal a number reads as, not of its binary value: 1.005 is rounded as the
 * 1.005 a rep wrote (to 1.01), as Intl.NumberFormat rounds too. The digits are rounded as text, so
 * no multiplication brings in binary noise (1.005 × 100 is 100.49999…) and a figure of seventeen
 * digits rounds as exactly as a short one. Used for every shown figure (src/model/precision.ts) and
 * the built-in languages' numbers (src/locale/plain-numbers.ts).
 */

/** The plain decimal text of |value| (no exponent), rounded half away from zero to at most `decimals` places. */
export function roundedText(value: number, decimals: number): string {
  const [whole, fraction] = plainDigits(Math.abs(value));
  if (fraction.length <= decimals) return fraction ? `${whole}.${fraction}` : whole;
  const kept = `${whole}${fraction.slice(0, decimals)}`;
  // The shortest text that reads back as the number ends in a non-zero digit, so a dropped "5"
  // followed by nothing is an exact half: away from zero, like the rest from 5 up.
  const digits = fraction[decimals]! >= '5' ? increment(kept) : kept;
  const cut = digits.length - decimals;
  const int = digits.slice(0, cut) || '0';
  const frac = digits.slice(cut).replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

/** `value` rounded half away from zero to `decimals` places (1.005 → 1.01, −2.5 → −3). */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const back = Number(roundedText(value, decimals));
  return value < 0 && back !== 0 ? -back : back;
}

/** The integer and fraction digits of a non-negative finite number's shortest text, exponent written out. */
function plainDigits(abs: number): [string, string] {
  const [mantissa = '0', exponent = '0'] = String(abs).split('e');
  const [int = '0', frac = ''] = mantissa.split('.');
  const shift = Number(exponent);
  if (shift === 0) return [int, frac];
  const digits = `${int}${frac}`;
  const point = int.length + shift;
  if (point <= 0) return ['0', `${'0'.repeat(-point)}${digits}`.replace(/0+$/, '')];
  if (point >= digits.length) return [`${digits}${'0'.repeat(point - digits.length)}`.replace(/^0+(?=\d)/, ''), ''];
  return [digits.slice(0, point).replace(/^0+(?=\d)/, ''), digits.slice(point).replace(/0+$/, '')];
}

/** A string of decimal digits plus one ("0999" → "1000", "99" → "100"). */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}
