/**
 * Who is on the team when, from rep.md's `hired` and `left` (ISO dates). `left` is the rep's last
 * day on the team. A month's plan is written at its start, so a rep writes the plan of every month
 * they are on the team on its first day: from the hire month (hired on the 1st) or the month after,
 * up to and including the month of `left` (they were there on its 1st, whatever the day they left).
 */

/** The month a date falls in (YYYY-MM). */
export const monthOf = (date: string): string => date.slice(0, 7);

/** True when `month` (YYYY-MM) is before the month the rep was hired: nothing in it is the rep's. */
export function beforeHiring(hired: string | undefined, month: string): boolean {
  return hired !== undefined && month < monthOf(hired);
}

/** True when `month` (YYYY-MM) is after the month the rep left: nothing in it is the rep's. */
export function afterLeaving(left: string | undefined, month: string): boolean {
  return left !== undefined && month > monthOf(left);
}

/** True when the rep's last day was before `date` (YYYY-MM-DD): they are not on the team that day. */
export function goneBy(left: string | undefined, date: string): boolean {
  return left !== undefined && left < date;
}

/** True when the rep's first day is after `date` (YYYY-MM-DD): they are not yet on the team that day. */
export function hiredAfter(hired: string | undefined, date: string): boolean {
  return hired !== undefined && hired > date;
}

/**
 * True when the rep left during `year` before its last day, so they are not on the team at the
 * year's end: the team's year-end figures leave them out. Leaving on 31 December is staying the
 * whole year.
 */
export function leftDuring(left: string | undefined, year: number): left is string {
  return left !== undefined && left >= `${year}-01-01` && left < `${year}-12-31`;
}
