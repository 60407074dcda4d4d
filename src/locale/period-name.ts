/** A team plan's period in the locale's words: "September 2026", "2026年下半年", "2026년 3분기". */
import { parsePeriod } from '../calendar/plan-period.js';
import type { LocaleKit } from './index.js';

export function periodName(kit: LocaleKit, id: string): string {
  const p = parsePeriod(id);
  if (!p) return id;
  if (p.kind === 'month') return kit.month(p.first);
  return kit.t(p.kind === 'quarter' ? 'period.quarter' : p.index === 1 ? 'period.half1' : 'period.half2', { year: p.year, n: p.index });
}
