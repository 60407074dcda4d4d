/**
 * What the reps asked for in their plans for a period: the requests of each note and of each of its
 * goals. A request repeated month after month is one request still open, listed once with its months.
 */
import type { MonthFront, Support } from '../notes/schema.js';
import type { PlanPeriod } from '../calendar/plan-period.js';
import type { PlanRep } from './team-plan-figures.js';

export interface SupportRequest extends Support {
  label: string;
  /** The goal the request is for, when it was made under one. */
  goal?: string;
  /** The months of the notes that made it, oldest first. */
  months: string[];
}

function requestsOf(note: MonthFront): { support: Support; goal?: string }[] {
  return [...(note.support ?? []).map((support) => ({ support })), ...note.goals.flatMap((g) => (g.support ?? []).map((support) => ({ support, goal: g.title })))];
}

export function supportRequests(reps: readonly PlanRep[], period: PlanPeriod, label: (r: PlanRep) => string): SupportRequest[] {
  const out: SupportRequest[] = [];
  for (const rep of reps) {
    const byKey = new Map<string, SupportRequest>();
    for (const note of rep.months.filter((n) => period.months.includes(n.month))) {
      for (const { support, goal } of requestsOf(note)) {
        const key = JSON.stringify([support.what, support.from ?? '', goal ?? '']);
        const seen = byKey.get(key);
        if (seen) seen.months.push(note.month);
        else byKey.set(key, { ...support, ...(goal !== undefined ? { goal } : {}), label: label(rep), months: [note.month] });
      }
    }
    out.push(...byKey.values());
  }
  return out;
}
