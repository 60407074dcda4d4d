/** Career stage from months since hire (DOMAIN.md): fresh 1–3, frustration 4–6, growth 7–18, mature after. */
import { monthIndex } from '../calendar/months.js';

export const STAGES = ['fresh', 'frustration', 'growth', 'mature'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * The month of employment a plan's month starts in: full months from the hire date to the 1st of
 * `month`, plus one. Hired on 1 December, March is month 4; hired on 14 September, December is
 * month 3 (two and a half months in). Never less than 1.
 */
export function tenureMonth(hired: string, month: string): number {
  const day = Number(hired.slice(8, 10)) || 1;
  const full = monthIndex(month) - monthIndex(hired.slice(0, 7)) - (day > 1 ? 1 : 0);
  return Math.max(1, full + 1);
}

export function stageFor(tenure: number): Stage {
  if (tenure <= 3) return 'fresh';
  if (tenure <= 6) return 'frustration';
  if (tenure <= 18) return 'growth';
  return 'mature';
}
