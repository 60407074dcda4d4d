/**
 * The period a team plan covers: a month (2026-09), a quarter (2026-Q3) or a half-year (2026-H2).
 * Plain "YYYY-MM" arithmetic, like months.ts: no clock, no time zones.
 */
import { addMonths } from './months.js';

export const PERIOD_RE = /^(\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12]))$/;

export type PeriodKind = 'month' | 'quarter' | 'half';

export interface PlanPeriod {
  /** As written: "2026-H2". */
  id: string;
  kind: PeriodKind;
  year: number;
  /** The month, quarter or half number within the year (9, 3, 2). */
  index: number;
  /** First and last month, "YYYY-MM". */
  first: string;
  last: string;
  /** Every month of the period, in order. */
  months: string[];
}

const LENGTH: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6 };
const LETTER: Record<Exclude<PeriodKind, 'month'>, string> = { quarter: 'Q', half: 'H' };

/** The period a text names, or undefined when it names none. */
export function parsePeriod(text: string): PlanPeriod | undefined {
  const m = PERIOD_RE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const kind: PeriodKind = m[2] ? 'month' : m[3] ? 'quarter' : 'half';
  const index = Number(m[2] ?? m[3] ?? m[4]);
  return periodOf(year, kind, index);
}

function periodOf(year: number, kind: PeriodKind, index: number): PlanPeriod {
  const length = LENGTH[kind];
  const first = `${year}-${String((index - 1) * length + 1).padStart(2, '0')}`;
  const months = Array.from({ length }, (_, i) => addMonths(first, i));
  const id = kind === 'month' ? first : `${year}-${LETTER[kind]}${index}`;
  return { id, kind, year, index, first, last: months[length - 1]!, months };
}

/** The period of the same kind just before: 2026-H1 for 2026-H2, 2025-Q4 for 2026-Q1. */
export function previousPeriod(p: PlanPeriod): PlanPeriod {
  const perYear = 12 / LENGTH[p.kind];
  return p.index > 1 ? periodOf(p.year, p.kind, p.index - 1) : periodOf(p.year - 1, p.kind, perYear);
}
