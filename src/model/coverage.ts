/**
 * What a year of notes covers, said in the months the reader sees. Notes are named by the month
 * they plan (the note for M is written at its start) but carry M−1's figures, so a missing note for
 * November leaves October's figures out of the charts: both are named, each for what it is.
 */
import type { MonthFront } from '../notes/schema.js';
import { addMonths } from '../calendar/months.js';
import { monthsOfYear } from './metric-year.js';
import { afterLeaving, monthOf } from '../calendar/team-dates.js';

/** Why a measured month has no figures: no note for the month after it, a note that gives none, or (December) no year-end figures either. */
export type GapReason = 'no-note' | 'empty-note' | 'no-year-end';

export interface Gap {
  /** The month whose figures are missing (a gap in the charts). */
  month: string;
  /** The note that would have given them: the next month's. */
  note: string;
  reason: GapReason;
}

/**
 * A month with figures for some metrics only: the other metrics' charts have a gap there. `why`
 * 'some' is a note (or the annual note) giving some figures but not these; otherwise the notes gave
 * none (for the reason named, as for a whole gap) and the figures there came from the KPI export.
 */
export interface PartialGap {
  month: string;
  note: string;
  /** Ids of the metrics that have figures for the month, in the order of the rep's metrics. */
  only: string[];
  why: GapReason | 'some';
}

/** Partial gaps that lack the same metrics for the same reason, as one: `month` and `note` are the first's. */
export interface PartialGroup extends PartialGap {
  months: string[];
  notes: string[];
}

/**
 * Months with the same figures missing for the same reason, joined in month order: a rep who gives
 * satisfaction only each quarter lacks it in eight months, and the document names them in one
 * sentence rather than repeating the same eight times.
 */
export function groupPartialGaps(partial: readonly PartialGap[]): PartialGroup[] {
  const groups = new Map<string, PartialGroup>();
  for (const p of partial) {
    const key = `${p.why}\u0000${p.only.join('\u0000')}`;
    const group = groups.get(key);
    if (group) {
      group.months.push(p.month);
      group.notes.push(p.note);
    } else groups.set(key, { ...p, months: [p.month], notes: [p.note] });
  }
  return [...groups.values()];
}

export interface Coverage {
  /** The hire date when the rep joined during the year (or at its first day), else undefined. */
  joined?: string;
  /** The leaving date (rep.md's `left`, the last day on the team) when it falls in the year, else undefined. */
  left?: string;
  /** Plan months the rep should have a note for: each month they are on the team on its first day. */
  expected: string[];
  withNotes: string[];
  missingNotes: string[];
  /** Notes of the year that give no figures at all. */
  emptyNotes: string[];
  /** Months (from the hiring month to the one before leaving) without any figure, with the reason. */
  gaps: Gap[];
  /** Months (from the hiring month to the one before leaving) with figures for some metrics only. */
  partial: PartialGap[];
}

export interface CoverageInput {
  year: number;
  /** The rep's hire date, YYYY-MM-DD; without one, the notes start when the first note does. */
  hired?: string;
  /** The rep's last day on the team, YYYY-MM-DD: no note is expected after its month, and no figure from its month on. */
  left?: string;
  /** Every monthly note of the rep (any year). */
  notes: readonly Pick<MonthFront, 'month' | 'actuals'>[];
  /** Figures by the month they measure, after the annual note and any KPI export. */
  measured: ReadonlyMap<string, Record<string, number>>;
  /** Figures by the month they measure from the notes and the annual note alone, before the KPI export. */
  noted?: ReadonlyMap<string, Record<string, number>>;
  /** The rep's metric ids; with none no month can lack figures. */
  metrics: readonly string[];
}

export function coverage({ year, hired, left, notes, measured, noted = measured, metrics }: CoverageInput): Coverage {
  // The first plan a rep writes is for the first month they start at its beginning. With no hire
  // date, nothing is assumed before the rep's first note: its month is the first one expected.
  const firstNote = notes.reduce<string | undefined>((a, n) => (a === undefined || n.month < a ? n.month : a), undefined);
  const hiredMonth = hired ? hired.slice(0, 7) : firstNote ? addMonths(firstNote, -1) : `${year}-01`;
  const firstPlan = hired ? (hired.endsWith('-01') ? hiredMonth : addMonths(hiredMonth, 1)) : (firstNote ?? `${year}-01`);
  const expected = monthsOfYear(year).filter((m) => m >= firstPlan && !afterLeaving(left, m));
  const byMonth = new Map(notes.map((n) => [n.month, n]));
  const withNotes = expected.filter((m) => byMonth.has(m));
  const emptyNotes = withNotes.filter((m) => Object.keys(byMonth.get(m)!.actuals).length === 0);
  const gaps: Gap[] = [];
  const partial: PartialGap[] = [];
  // The leaving month's figures would come in the next month's note, which a rep who has gone does
  // not write: from that month on nothing is missing (an export's figures are still shown).
  const measuredUntil = left ? monthOf(left) : undefined;
  for (const month of metrics.length ? monthsOfYear(year).filter((m) => m >= hiredMonth && (measuredUntil === undefined || m < measuredUntil)) : []) {
    const note = addMonths(month, 1);
    // December's figures can also come from the annual note, so its gap says that both are missing.
    const reason: GapReason = byMonth.has(note) ? 'empty-note' : month === `${year}-12` ? 'no-year-end' : 'no-note';
    const has = (figures: ReadonlyMap<string, Record<string, number>>, id: string) => figures.get(month)?.[id] !== undefined;
    const only = metrics.filter((id) => has(measured, id));
    if (only.length === 0) gaps.push({ month, note, reason });
    else if (only.length < metrics.length) partial.push({ month, note, only, why: metrics.some((id) => has(noted, id)) ? 'some' : reason });
  }
  return {
    joined: hired && hired >= `${year}-01-01` && hired <= `${year}-12-31` ? hired : undefined,
    left: left && left >= `${year}-01-01` && left <= `${year}-12-31` ? left : undefined,
    expected,
    withNotes,
    missingNotes: expected.filter((m) => !byMonth.has(m)),
    emptyNotes,
    gaps,
    partial,
  };
}
