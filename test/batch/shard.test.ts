import { describe, expect, test } from 'vitest';
import { inShard, parseShard } from '../../src/batch/shard.js';

describe('shards', () => {
  const reps = Array.from({ length: 2000 }, (_, i) => `team-${Math.floor(i / 40)}/rep-${i}`);
  test('every rep is in exactly one of n shards, and shards are balanced', () => {
    for (const n of [1, 2, 3, 7]) {
      const counts = Array.from({ length: n }, (_, k) => reps.filter((r) => inShard(r, { index: k + 1, count: n })).length);
      for (const r of reps) expect(Array.from({ length: n }, (_, k) => inShard(r, { index: k + 1, count: n })).filter(Boolean)).toHaveLength(1);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(reps.length);
      for (const c of counts) expect(Math.abs(c - reps.length / n)).toBeLessThan((reps.length / n) * 0.15);
    }
  });
  test('a rep stays in its shard when others are added', () => {
    const before = reps.filter((r) => inShard(r, { index: 2, count: 4 }));
    const more = [...reps, 'team-x/new-1', 'team-x/new-2'];
    expect(more.filter((r) => inShard(r, { index: 2, count: 4 })).filter((r) => !r.startsWith('team-x'))).toEqual(before);
  });
  test('shard syntax', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
    expect(parseShard('0/5')).toBeUndefined();
    expect(parseShard('6/5')).toBeUndefined();
    expect(parseShard('two')).toBeUndefined();
  });
});
