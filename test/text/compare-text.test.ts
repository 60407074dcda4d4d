import { describe, expect, test } from 'vitest';
import { compareText } from '../../src/text/compare-text.js';

describe('compareText: the order of paths, ids and months', () => {
  test('is by character code, the same on every machine', () => {
    expect(['b.md', 'B.md', 'a.md', 'é.md', '黄诗涵/2026-01.md', '2026-10', '2026-09'].sort(compareText)).toEqual(['2026-09', '2026-10', 'B.md', 'a.md', 'b.md', 'é.md', '黄诗涵/2026-01.md']);
  });

  test('says equal only for the same text', () => {
    expect(compareText('2026-09', '2026-09')).toBe(0);
    expect(compareText('a', 'a ')).toBe(-1);
    expect(compareText('rep-10', 'rep-9')).toBe(-1);
  });
});
