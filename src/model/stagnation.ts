/**
 * A burnout signal (DOMAIN.md: not tied to tenure, signalled by stagnating metrics): no metric
 * improved across the last `months` consecutive notes.
 */
import type { MonthFront } from '../notes/schema.js';
import { improvement, type Direction } from './metric-status.js';
import { monthIndex } from '../calendar/months.js';

export const STAGNATION_MONTHS = 3;

/** Number of consecutive month-to-month steps, ending at `month`, in which no metric improved. */
export function flatStreak(notes: readonly MonthFront[], month: string, directions: ReadonlyMap<string, Direction>): number {
  const upTo = notes.filter((n) => n.month <= month);
  let streak = 0;
  for (let i = upTo.length - 1; i > 0; i--) {
    const cur = upTo[i]!;
    const prev = upTo[i - 1]!;
    // A gap in the notes breaks the run: we cannot say what happened in between.
    if (monthIndex(cur.month) - monthIndex(prev.month) !== 1) break;
    let compared = false;
    let improved = false;
    for (const [id, dir] of directions) {
      const a = prev.actuals[id];
      const b = cur.actuals[id];
      if (a === undefined || b === undefined) continue;
      compared = true;
      if (improvement(a, b, dir) > 0) improved = true;
    }
    if (!compared || improved) break;
    streak++;
  }
  return streak;
}

export function isStagnating(notes: readonly MonthFront[], month: string, directions: ReadonlyMap<string, Direction>): boolean {
  return flatStreak(notes, month, directions) >= STAGNATION_MONTHS;
}
