/**
 * The built-in languages' month and date words are written out (src/locale/calendar-words.ts) so a
 * run need not build ICU's date formatter. They must be exactly what Intl.DateTimeFormat writes.
 */
import { describe, expect, test } from 'vitest';
import { localeKit, makeLocaleKit, BUILTIN_LABELS } from '../../src/locale/index.js';
import type { Locale } from '../../src/notes/schema.js';

const LOCALES: Locale[] = ['en', 'zh-CN', 'zh-TW', 'ko'];
const YEARS = [1999, 2000, 2026, 2027, 2100];
const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

describe('month and date words of the built-in languages', () => {
  for (const locale of LOCALES) {
    test(`${locale}: every month and day as Intl.DateTimeFormat writes it`, () => {
      const kit = localeKit(locale);
      const month = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
      const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
      const date = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
      for (const y of YEARS) {
        for (let m = 1; m <= 12; m++) {
          const ym = `${y}-${pad(m)}`;
          expect(kit.month(ym)).toBe(month.format(new Date(`${ym}-01T00:00:00Z`)));
          expect(kit.shortMonth(ym)).toBe(short.format(new Date(`${ym}-01T00:00:00Z`)));
          for (let d = 1; d <= daysIn(y, m); d++) {
            const ymd = `${ym}-${pad(d)}`;
            expect(kit.date(ymd)).toBe(date.format(new Date(`${ymd}T00:00:00Z`)));
          }
        }
      }
    });
  }

  test('hand-checked examples', () => {
    expect(localeKit('en').month('2026-09')).toBe('September 2026');
    expect(localeKit('en').date('2026-09-30')).toBe('September 30, 2026');
    expect(localeKit('zh-CN').month('2026-12')).toBe('2026年12月');
    expect(localeKit('zh-TW').date('2027-01-05')).toBe('2027年1月5日');
    expect(localeKit('ko').month('2026-09')).toBe('2026년 9월');
    expect(localeKit('ko').shortMonth('2026-11')).toBe('11월');
  });

  test('a language added by a label file is written by Intl', () => {
    const ja = makeLocaleKit('ja', BUILTIN_LABELS.en);
    expect(ja.month('2026-09')).toBe(new Intl.DateTimeFormat('ja', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date('2026-09-01T00:00:00Z')));
    expect(ja.month('2026-09')).toBe('2026年9月');
    const de = makeLocaleKit('de', BUILTIN_LABELS.en);
    expect(de.date('2026-09-30')).toBe('30. September 2026');
  });
});
