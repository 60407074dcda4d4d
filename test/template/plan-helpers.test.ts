/** Helpers that print the parts of a real plan: shares, paragraphs, schedule times, blanks to sign on. */
import { describe, expect, test } from 'vitest';
import { compileTemplate } from '../../src/template/environment.js';
import { parseMarkdown } from '../../src/document/from-markdown.js';
import { localeKit } from '../../src/locale/index.js';
import { LOCALES } from '../../src/notes/schema.js';

const fill = (source: string, view: object, locale: (typeof LOCALES)[number] = 'en') => compileTemplate(`t-${source.length}.hbs`, source, localeKit(locale))(view);

describe('a count with its share', () => {
  test.each(LOCALES)('%s prints 993 / 1,460 (68%%)', (locale) => {
    const out = fill('{{measure v "percent" s}}', { v: (993 / 1460) * 100, s: { count: 993, of: 1460 } }, locale);
    expect(parseMarkdown(out)).toEqual([{ type: 'paragraph', spans: [{ text: '993 / 1,460 (68%)' }] }]);
  });
  test('without a share it is the plain value', () => {
    expect(fill('{{measure v "percent" s}}', { v: 76 })).toBe('76\\%');
  });
});

describe('paragraphs of note text', () => {
  test('a blank line starts a paragraph, a single break stays a line break, text stays literal', () => {
    const md = fill('{{paragraphs x}}', { x: '第一行\n# 第二行\n\n  第二段 *不是粗體*' });
    expect(parseMarkdown(md)).toEqual([
      { type: 'paragraph', spans: [{ text: '第一行\n# 第二行' }] },
      { type: 'paragraph', spans: [{ text: '第二段 *不是粗體*' }] },
    ]);
  });
  test('in a short field a line break folds: nothing between Chinese characters, a space elsewhere', () => {
    expect(parseMarkdown(fill('{{x}}', { x: '客戶資料\n完整率 and\nmore' }))).toEqual([{ type: 'paragraph', spans: [{ text: '客戶資料完整率 and more' }] }]);
  });
});

describe('schedule times and sign-off blanks', () => {
  test('a date is spelt in the locale, the rep\'s own words stay as written', () => {
    expect(fill('{{when a}} / {{when b}}', { a: '2026-09-07', b: '第1週' }, 'zh-TW')).toBe('2026年9月7日 / 第1週');
  });
  test('a blank is a run of underscores that Markdown shows as it is', () => {
    expect(parseMarkdown(fill('{{blank 8}}', {}))).toEqual([{ type: 'paragraph', spans: [{ text: '________' }] }]);
  });
  test('no stage prints a dash, not a label key', () => {
    expect(fill('{{stage s}}|{{stageFocus s}}', {})).toBe('—|');
  });
});

describe('a change of a percent metric is in percentage points', () => {
  // 74% → 76% is 2 points; "+2%" would read as 2% of 74, 1.48 points.
  const change = (v: number, unit: string, locale: (typeof LOCALES)[number] = 'en', max = 1) =>
    (JSON.stringify(parseMarkdown(fill('{{delta v u p}}', { v, u: unit, p: { min: 0, max } }, locale))).match(/"text":"([^"]*)"/)![1] ?? '').replace(/\\u00a0|\u00a0/g, ' ');
  test.each([
    ['en', '+2 pp', '−0.3 pp'],
    ['zh-CN', '+2 个百分点', '−0.3 个百分点'],
    ['zh-TW', '+2 個百分點', '−0.3 個百分點'],
    ['ko', '+2%p', '−0.3%p'],
  ] as const)('%s: 74 → 76 is %s, 76 → 75.7 is %s', (locale, up, down) => {
    expect(change(2, 'percent', locale)).toBe(up);
    expect(change(-0.3, 'percent', locale)).toBe(down);
  });
  test('no change is ±0 points; other units keep their own: +4, −0.05 pts, −11 s', () => {
    expect(change(0, 'percent')).toBe('±0 pp');
    expect(change(4, 'count')).toBe('+4');
    expect(change(-0.05, 'score', 'en', 2)).toBe('\u22120.05 pts');
    expect(change(-11, 'seconds', 'en', 0)).toBe('\u221211 s');
  });
});

describe('charts', () => {
  test('a series with no value at all draws no chart; one value is enough for one', () => {
    expect(fill('{{chart title="Complaints" values=v unit="count" labels=m}}', { v: [null, null], m: ['2026-07', '2026-08'] })).toBe('');
    const drawn = parseMarkdown(fill('{{chart title="Complaints" values=v unit="count" labels=m}}', { v: [null, 3], m: ['2026-07', '2026-08'] }));
    expect(drawn).toMatchObject([{ type: 'chart', title: 'Complaints', labels: ['Jul', 'Aug'], values: [null, 3] }]);
  });
});
