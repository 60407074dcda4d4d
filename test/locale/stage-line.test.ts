/**
 * The annual summary's line for a change of career stage: the stage's name carries its own
 * bracket (成熟期（18 个月以后）), so the month of tenure follows after a comma, not in a second
 * bracket right after the first.
 */
import { describe, expect, test } from 'vitest';
import { localeKit } from '../../src/locale/index.js';

describe('a change of career stage in the annual summary', () => {
  test.each([
    ['zh-CN', '2026年3月 起：成熟期（18 个月以后），入职第 32 个月'],
    ['zh-TW', '2026年3月 起：成熟期（18 個月以後），到職第 32 個月'],
    ['ko', '2026년 3월부터 성숙기 (18개월 이후), 입사 32개월 차'],
    ['en', 'Mature (after 18 months) from March 2026 (month 32)'],
  ] as const)('%s', (lang, line) => {
    const kit = localeKit(lang);
    const text = kit.t('summary.stageFrom', { stage: kit.t('stage.mature'), month: kit.month('2026-03'), tenure: 32 });
    expect(text).toBe(line);
    expect(text).not.toMatch(/[)）]\s*[(（]/);
  });
});
