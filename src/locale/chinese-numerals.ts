/**
 * Whole numbers in Chinese numerals, as Chinese documents number their sections: 一、二、…十、十一、
 * …二十、二十一. Counted up to 99, far past any document's sections; larger numbers stay in digits.
 */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  // 10-19 are 十, 十一 …, not 一十一: the one before 十 is left out in counting.
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}
