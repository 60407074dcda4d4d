import { describe, expect, test } from 'vitest';
import { chartTicks, formatTick, niceTicks, tickDigits } from '../../../src/render/graphics/ticks.js';

describe('chart axis ticks', () => {
  test('a count axis has whole-number ticks only: no "1.5 calls"', () => {
    expect(chartTicks([1, 2, 2, 3], 2)).toEqual([1, 2, 3]);
    expect(chartTicks([0, 1], null)).toEqual([0, 1]);
    expect(niceTicks(0, 2, 5, false)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(niceTicks(0, 2, 5, true)).toEqual([0, 1, 2]);
  });
  test('whole values get whole ticks; fractional values keep fine steps', () => {
    expect(chartTicks([69, 71, 86], 85)).toEqual([65, 70, 75, 80, 85, 90]);
    expect(chartTicks([4.2, 4.4, 4.55], 4.5)).toEqual([4.2, 4.3, 4.4, 4.5, 4.6]);
    expect(chartTicks([4.2, 4.3], 4.45)).toEqual([4.2, 4.25, 4.3, 4.35, 4.4, 4.45]);
    expect(chartTicks([4.2, 4.4], 4.5, true)).toEqual([4, 5]);
  });
  test('tick labels carry the decimals their step needs, so 4.25 is not shown as 4.3', () => {
    const ticks = [4, 4.25, 4.5];
    expect(ticks.map((t) => formatTick(t, tickDigits(ticks)))).toEqual(['4.00', '4.25', '4.50']);
    expect(tickDigits([68, 72])).toBe(0);
    expect(formatTick(1.5)).toBe('1.5');
  });
});
