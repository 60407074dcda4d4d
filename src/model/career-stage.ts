/** Career stage from months since hire (DOMAIN.md): fresh 1–3, frustration 4–6, growth 7–18, mature after. */
import { monthIndex } from '../calendar/months.js';

export const STAGES = ['fresh', 'frustration', 'growth', 'mature'] as const;
export type Stage = (typeof STAGES)[number];

/** The month of employment a calendar month is: the hiring month is month 1. Never less than 1. */
export function tenureMonth(hired: string, month: string): number {
  return Math.max(1, monthIndex(month) - monthIndex(hired.slice(0, 7)) + 1);
}

export function stageFor(tenure: number): Stage {
  if (tenure <= 3) return 'fresh';
  if (tenure <= 6) return 'frustration';
  if (tenure <= 18) return 'growth';
  return 'mature';
}
