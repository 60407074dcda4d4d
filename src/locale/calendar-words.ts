/**
 * Month and date words of the four built-in languages, written out. The first Intl.DateTimeFormat of
 * a process makes V8 gather the set of every locale ICU can format dates in: about 250 million
 * instructions, a seventh of a cold plan's main thread, to print "2026年9月". These give exactly
 * what Intl.DateTimeFormat gives for these languages (test/locale/calendar-words.test.ts compares
 * every month and day over several years); a language added by a label file still goes through Intl.
 */
import type { Locale } from '../notes/schema.js';

export interface CalendarWords {
  /** 2026, 9 → "September 2026". */
  month(year: number, month: number): string;
  /** 9 → "Sep": a month on a chart's axis. */
  shortMonth(month: number): string;
  /** 2026, 9, 30 → "September 30, 2026". */
  date(year: number, month: number, day: number): string;
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const english: CalendarWords = {
  month: (y, m) => `${EN_MONTHS[m - 1]} ${y}`,
  shortMonth: (m) => EN_MONTHS[m - 1]!.slice(0, 3),
  date: (y, m, d) => `${EN_MONTHS[m - 1]} ${d}, ${y}`,
};

/** Simplified and Traditional Chinese write dates alike. */
const chinese: CalendarWords = {
  month: (y, m) => `${y}年${m}月`,
  shortMonth: (m) => `${m}月`,
  date: (y, m, d) => `${y}年${m}月${d}日`,
};

const korean: CalendarWords = {
  month: (y, m) => `${y}년 ${m}월`,
  shortMonth: (m) => `${m}월`,
  date: (y, m, d) => `${y}년 ${m}월 ${d}일`,
};

export const CALENDAR_WORDS: Readonly<Record<Locale, CalendarWords>> = { en: english, 'zh-CN': chinese, 'zh-TW': chinese, ko: korean };
