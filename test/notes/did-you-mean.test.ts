import { expect, test } from 'vitest';
import { closest, distance } from '../../src/notes/did-you-mean.js';

test('typos find their field; unrelated words find nothing', () => {
  expect(closest('shortfals', ['achievements', 'shortfalls', 'goals'])).toBe('shortfalls');
  expect(closest('stuyd', ['month', 'study', 'goals'])).toBe('study');
  expect(closest('Actuals', ['actuals', 'targets'])).toBe('actuals');
  expect(closest('xyz', ['why', 'what'])).toBeUndefined();
  expect(distance('ab', 'ba')).toBe(1);
});
