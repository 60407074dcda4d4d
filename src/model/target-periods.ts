/**
 * Which target is in force in a month. A metric's target covers a period (`from` … `by`); a metric
 * may carry several (this year's and next year's), and a monthly note may change the target from
 * its month to the end of the period it falls in. A month no period covers has no target: its
 * values are shown, never graded (next year's 85% is not this year's failure).
 */
import type { MetricDef, MonthFront } from '../notes/schema.js';
import { monthIndex } from '../calendar/months.js';
import { compareText } from '../text/compare-text.js';

export interface TargetPeriod {
  target: number;
  /** True when the definition gave the period dates; an undated target recurs every calendar year. */
  dated: boolean;
  baseline: number;
  /** First and last month of the period, "YYYY-MM". */
  from: string;
  by: string;
}

/** The periods a definition declares, for the calendar year of `month` where a period recurs yearly. */
export function declaredPeriods(def: MetricDef, month: string): TargetPeriod[] {
  const year = month.slice(0, 4);
  const entries = [...(def.target !== undefined ? [{ target: def.target, from: def.from, by: def.by, baseline: undefined }] : []), ...(def.targets ?? [])];
  return entries.map((e) => {
    // Without dates a target is the calendar year's, every year; with one date the other closes
    // that date's year, so `from: 2027-01` alone means the year 2027.
    const from = e.from ?? (e.by ? `${e.by.slice(0, 4)}-01` : `${year}-01`);
    const by = e.by ?? (e.from ? `${e.from.slice(0, 4)}-12` : `${year}-12`);
    return { target: e.target, dated: Boolean(e.from ?? e.by), baseline: e.baseline ?? def.baseline, from, by };
  });
}

/** The declared period covering `month`; where two overlap, the one declared last wins. */
function declaredAt(def: MetricDef, month: string): TargetPeriod | null {
  let found: TargetPeriod | null = null;
  for (const p of declaredPeriods(def, month)) if (p.from <= month && month <= p.by) found = p;
  return found;
}

/**
 * The period in force at `month`, with the target a monthly note set for it (`targets:` in the note
 * of that month or an earlier month of the same period). A note's target for a month no declared
 * period covers starts a period of its own, to the end of that year.
 */
export function periodAt(def: MetricDef, notes: readonly MonthFront[], month: string): TargetPeriod | null {
  const declared = declaredAt(def, month);
  let period = declared;
  for (const n of notes) {
    if (n.month > month) break;
    const t = n.targets[def.id];
    if (t === undefined) continue;
    if (declared && n.month >= declared.from) period = { ...declared, target: t };
    else if (!declared && n.month.slice(0, 4) === month.slice(0, 4)) period = { target: t, dated: true, baseline: def.baseline, from: n.month, by: `${n.month.slice(0, 4)}-12` };
  }
  return period;
}

/**
 * The status of a value no target grades: `tracked` for a metric that has no target in any period
 * (it is only followed, so "no target this period" would promise one), `untargeted` for one whose
 * target covers other months (next year's, or a period that ended).
 */
export function ungradedStatus(def: MetricDef, notes: readonly MonthFront[]): 'tracked' | 'untargeted' {
  const targeted = def.target !== undefined || (def.targets?.length ?? 0) > 0 || notes.some((n) => n.targets[def.id] !== undefined);
  return targeted ? 'untargeted' : 'tracked';
}

/** The target in force at `month`, or null when none is. */
export function targetAt(def: MetricDef, notes: readonly MonthFront[], month: string): number | null {
  return periodAt(def, notes, month)?.target ?? null;
}

/** The first dated period that starts after `month`: next year's target, shown but not graded. */
export function nextPeriod(def: MetricDef, month: string): TargetPeriod | null {
  const later = declaredPeriods(def, month).filter((p) => p.dated && p.from > month);
  later.sort((a, b) => compareText(a.from, b.from));
  return later[0] ?? null;
}

/** Fraction of a period gone by the time `month`'s note is written (its values are last month's). */
export function elapsedIn(period: TargetPeriod, month: string): number {
  const span = monthIndex(period.by) - monthIndex(period.from) + 1;
  if (span <= 0) return 1;
  const gone = (monthIndex(month) - monthIndex(period.from)) / span;
  return gone < 0 ? 0 : gone > 1 ? 1 : gone;
}
