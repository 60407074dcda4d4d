/**
 * The locale: every label, date and number a user sees goes through here.
 */
import type { Language, Locale } from '../notes/schema.js';
import type { Labels } from './labels.js';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';
import { zhTW } from './zh-TW.js';
import { ko } from './ko.js';
import { selectPlurals } from './plural.js';
import { CALENDAR_WORDS } from './calendar-words.js';
import { plainNumber, plainPercent } from './plain-numbers.js';

export type { Labels, Language };
export type LabelKey = keyof Labels;

/** The labels shipped with workplan, by locale; label files in a templates folder add to them (label-files.ts). */
export const BUILTIN_LABELS: Readonly<Record<Locale, Labels>> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW, ko };

export interface LocaleKit {
  locale: Language;
  t(key: LabelKey, vars?: Record<string, string | number>): string;
  /** True when the locale has a label of that name (a template may name any string). */
  has(key: string): key is LabelKey;
  /** 2026-09 → "September 2026", "2026年9月", "2026년 9월". */
  month(month: string): string;
  /** 2026-09 → "Sep", "9月", "9월": a month on a chart's axis. */
  shortMonth(month: string): string;
  /** 2026-09-30 → "September 30, 2026", "2026年9月30日", "2026년 9월 30일". */
  date(date: string): string;
  /** A number in the locale's digit grouping with `min`..`max` decimals (default 0..1), minus as U+2212. */
  number(value: number, precision?: { min: number; max: number }): string;
  /** A fraction 0..1 as a whole percent, minus as U+2212. */
  percent(fraction: number): string;
}

const cache = new Map<Language, LocaleKit>();

const DEFAULT_PRECISION = { min: 0, max: 1 };

/** Intl writes a hyphen-minus, and "-0" for a negative that rounds to nothing. */
function minus(text: string): string {
  if (text.charCodeAt(0) !== 45) return text;
  return /[1-9]/.test(text) ? `\u2212${text.slice(1)}` : text.slice(1);
}

/** The kit of a built-in locale, with its shipped labels. */
export function localeKit(locale: Locale): LocaleKit {
  let kit = cache.get(locale);
  if (!kit) cache.set(locale, (kit = makeLocaleKit(locale, BUILTIN_LABELS[locale])));
  return kit;
}

/** A kit for any language with the labels given (a built-in set with a team's overrides, or an added language). */
export function makeLocaleKit(locale: Language, labels: Labels): LocaleKit {
  // Formatters are made on first use: the first Intl object of a process loads locale data, and a
  // short command that never formats a date should not pay for it.
  let monthFmt: Intl.DateTimeFormat | undefined;
  let dateFmt: Intl.DateTimeFormat | undefined;
  let shortMonthFmt: Intl.DateTimeFormat | undefined;
  let percentFmt: Intl.NumberFormat | undefined;
  const numberFmts = new Map<number, Intl.NumberFormat>();
  // The built-in languages' month and date words and numbers without ICU's formatters
  // (calendar-words.ts, plain-numbers.ts).
  const words = Object.prototype.hasOwnProperty.call(CALENDAR_WORDS, locale) ? CALENDAR_WORDS[locale as Locale] : undefined;
  const numberFmt = (min: number, max: number) => {
    const key = min * 16 + max;
    let f = numberFmts.get(key);
    if (!f) numberFmts.set(key, (f = new Intl.NumberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: Math.max(min, max) })));
    return f;
  };
  const kit: LocaleKit = {
    locale,
    has: (key: string): key is LabelKey => Object.prototype.hasOwnProperty.call(labels, key),
    t(key, vars) {
      let s = labels[key] ?? key;
      if (!vars) return s;
      if (s.includes(', plural,')) s = selectPlurals(s, vars, locale);
      for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
      return s;
    },
    month: (m) => (words ? words.month(Number(m.slice(0, 4)), Number(m.slice(5, 7))) : (monthFmt ??= new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' })).format(new Date(`${m}-01T00:00:00Z`))),
    shortMonth: (m) => (words ? words.shortMonth(Number(m.slice(5, 7))) : (shortMonthFmt ??= new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })).format(new Date(`${m}-01T00:00:00Z`))),
    date: (d) => (words ? words.date(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))) : (dateFmt ??= new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })).format(new Date(`${d}T00:00:00Z`))),
    // One minus sign in every document: the typographic one the change column uses. A value that
    // rounds to zero is shown unsigned, never as "-0".
    number: (v, { min, max } = DEFAULT_PRECISION) => minus((words && plainNumber(v, min, Math.max(min, max))) || numberFmt(min, max).format(v)),
    percent: (f) => {
      const x = Math.round(f * 100) / 100 || 0;
      return minus((words && plainPercent(x)) || (percentFmt ??= new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })).format(x));
    },
  };
  return kit;
}

/** A value from a text that may be given per locale: the locale's own, else English, else any. */
export function pickLocalized(value: string | Partial<Record<Locale, string>>, locale: Language): string {
  if (typeof value === 'string') return value;
  return (value as Partial<Record<string, string>>)[locale] ?? value.en ?? Object.values(value).find((v) => v !== undefined) ?? '';
}
