/**
 * Which month a note's review describes. A note is written at the start of its month, so the note
 * for M reviews M−1: a year's reviews come from its February to December notes and the next
 * January's, and the January note of the year (reviewing the previous December) is not part of it.
 */
import { addMonths } from '../calendar/months.js';

export interface Reviewed<T> {
  /** The month the review describes. */
  month: string;
  note: T;
}

export function reviewsOfYear<T extends { month: string }>(notes: readonly T[], year: number): Reviewed<T>[] {
  return notes.flatMap((note) => {
    const month = addMonths(note.month, -1);
    return month.startsWith(`${year}-`) ? [{ month, note }] : [];
  });
}
