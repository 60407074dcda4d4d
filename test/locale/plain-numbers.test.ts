/**
 * The built-in languages' numbers are written out (src/locale/plain-numbers.ts) so a run need not
 * build ICU's number formatter. They must be exactly what Intl.NumberFormat writes.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { localeKit, makeLocaleKit, BUILTIN_LABELS } from '../../src/locale/index.js';
import { plainNumber, plainPercent } from '../../src/locale/plain-numbers.js';
import type { Locale } from '../../src/notes/schema.js';

const LOCALES: Locale[] = ['en', 'zh-CN', 'zh-TW', 'ko'];
const intlNumber = (locale: string, v: number, min: number, max: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: Math.max(min, max) }).format(v);
const intlPercent = (locale: string, f: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(f);

/** Values as notes hold them: a few digits after the point, some on exact halves, some huge or tiny. */
const written = fc.oneof(
  fc.tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: 0, max: 5 })).map(([n, d]) => n / 10 ** d),
  fc.tuple(fc.integer({ min: -9_999, max: 9_999 }), fc.integer({ min: 0, max: 3 })).map(([n, d]) => (n + 0.5) / 10 ** d),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }),
  fc.constantFrom(0, -0, 1.005, 1.015, 2.5, -2.5, 0.125, -0.125, 8.345, 1e-7, -1e-7, 999.995, 1234567.891, 1e20, -0.04),
);

describe('numbers of the built-in languages', () => {
  test('plainNumber writes what Intl.NumberFormat writes, for every built-in language', () => {
    fc.assert(
      fc.property(written, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom(...LOCALES), (v, min, max, locale) => {
        const mine = plainNumber(v, min, Math.max(min, max));
        if (mine !== undefined) expect(mine).toBe(intlNumber(locale, v, min, max));
      }),
      { numRuns: 3000, seed: 20261201 },
    );
  });

  test('plainPercent writes what Intl.NumberFormat writes for a whole percent', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20000, max: 20000 }), fc.constantFrom(...LOCALES), (n, locale) => {
        const f = n / 10000;
        const x = Math.round(f * 100) / 100 || 0;
        expect(plainPercent(x)).toBe(intlPercent(locale, x));
      }),
      { numRuns: 2000, seed: 20261201 },
    );
  });

  test('hand-checked examples through the kit', () => {
    expect(localeKit('en').number(1460, { min: 0, max: 0 })).toBe('1,460');
    expect(localeKit('zh-CN').number(4.55, { min: 0, max: 2 })).toBe('4.55');
    expect(localeKit('zh-TW').number(85, { min: 1, max: 1 })).toBe('85.0');
    expect(localeKit('ko').number(-0.04, { min: 0, max: 1 })).toBe('0');
    expect(localeKit('en').number(-0.04, { min: 0, max: 2 })).toBe('\u22120.04');
    expect(localeKit('en').number(1.005, { min: 0, max: 2 })).toBe('1.01');
    expect(localeKit('en').percent(0.6849)).toBe('68%');
    expect(localeKit('ko').percent(0.29)).toBe('29%');
    expect(localeKit('zh-CN').percent(-0.004)).toBe('0%');
  });

  test('past what plain writing covers, and for an added language, Intl writes', () => {
    expect(plainNumber(1e21, 0, 0)).toBeUndefined();
    expect(localeKit('en').number(1e21, { min: 0, max: 0 })).toBe(intlNumber('en', 1e21, 0, 0));
    const de = makeLocaleKit('de', BUILTIN_LABELS.en);
    expect(de.number(1234.5, { min: 1, max: 1 })).toBe('1.234,5');
    expect(de.percent(0.68)).toBe(intlPercent('de', 0.68));
  });
});
