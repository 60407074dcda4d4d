/** Groups a year's shortfalls by cause, so the same cause in several months is shown once with its months. */
import type { Shortfall } from '../notes/schema.js';
import { compareText } from '../text/compare-text.js';

export interface ShortfallGroup {
  why: string;
  months: string[];
  /** What fell short, each listed once, in order of first appearance. */
  whats: string[];
  changes: string[];
}

/** Causes match when they are the same text after folding case, width, spaces and end punctuation. */
export function causeKey(why: string): string {
  return why
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    // 。！？，；：、 and their ASCII forms, written as escapes to keep the bundle ASCII (see scripts/bundle.mjs).
    .replace(/[\s.!?,;:\u3002\uff01\uff1f\uff0c\uff1b\uff1a\u3001]+$/u, '')
    .trim();
}

export function groupShortfalls(byMonth: readonly { month: string; shortfalls: readonly Shortfall[] }[]): ShortfallGroup[] {
  const groups = new Map<string, ShortfallGroup>();
  for (const { month, shortfalls } of byMonth) {
    for (const s of shortfalls) {
      const key = causeKey(s.why);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { why: s.why, months: [], whats: [], changes: [] }));
      if (!g.months.includes(month)) g.months.push(month);
      if (!g.whats.includes(s.what)) g.whats.push(s.what);
      if (s.change && !g.changes.includes(s.change)) g.changes.push(s.change);
    }
  }
  // Recurring causes first; among equals, the earliest first.
  return [...groups.values()].sort((a, b) => b.months.length - a.months.length || compareText(a.months[0]!, b.months[0]!));
}
