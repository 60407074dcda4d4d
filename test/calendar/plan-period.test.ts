import { describe, expect, test } from 'vitest';
import { parsePeriod, previousPeriod } from '../../src/calendar/plan-period.js';
import { localeKit } from '../../src/locale/index.js';
import { periodName } from '../../src/locale/period-name.js';

describe('plan periods', () => {
  test('a month, a quarter and a half-year, with their months', () => {
    expect(parsePeriod('2026-09')).toEqual({ id: '2026-09', kind: 'month', year: 2026, index: 9, first: '2026-09', last: '2026-09', months: ['2026-09'] });
    expect(parsePeriod('2026-Q3')).toMatchObject({ kind: 'quarter', first: '2026-07', last: '2026-09', months: ['2026-07', '2026-08', '2026-09'] });
    expect(parsePeriod('2026-H2')).toMatchObject({ kind: 'half', first: '2026-07', last: '2026-12' });
    expect(parsePeriod('2026-H2')!.months).toHaveLength(6);
    for (const bad of ['2026-13', '2026-Q5', '2026-H3', '2026-9', '26-H1']) expect(parsePeriod(bad)).toBeUndefined();
  });
  test('the period before crosses the year', () => {
    expect(previousPeriod(parsePeriod('2026-H2')!).id).toBe('2026-H1');
    expect(previousPeriod(parsePeriod('2026-H1')!).id).toBe('2025-H2');
    expect(previousPeriod(parsePeriod('2026-Q1')!).id).toBe('2025-Q4');
    expect(previousPeriod(parsePeriod('2026-01')!).id).toBe('2025-12');
  });
  test('named in each language', () => {
    expect(['en', 'zh-CN', 'zh-TW', 'ko'].map((l) => periodName(localeKit(l as 'en'), '2026-H2'))).toEqual(['H2 2026', '2026年下半年', '2026年下半年', '2026년 하반기']);
    expect(['en', 'zh-CN', 'zh-TW', 'ko'].map((l) => periodName(localeKit(l as 'en'), '2026-Q3'))).toEqual(['Q3 2026', '2026年第3季度', '2026年第3季', '2026년 3분기']);
    expect(periodName(localeKit('en'), '2026-09')).toBe('September 2026');
  });
});
