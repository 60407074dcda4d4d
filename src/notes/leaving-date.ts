/**
 * rep.md's `left:` checked against the hire date and the notes. A note for a month after the rep
 * left is a warning and is not used, rather than an error: an error would stop the rep's whole
 * year (their annual summary, their row in the rollup) over a note that cannot change a figure of
 * a month they were on the team; used, it would put a rep who had gone into the team's figures.
 */
import { basename } from 'node:path';
import type { Diagnostic } from './diagnostic.js';
import type { Parsed } from './parse-note.js';
import type { AnnualFront, RepFront } from './schema.js';
import { afterLeaving, monthOf } from '../calendar/team-dates.js';

const HINT_STILL_HERE = 'if the rep is still on the team, correct or remove "left:" in rep.md';

/** A `left:` before `hired:`: one of the two dates is wrong, and nothing can be counted from them. */
export function checkLeftAfterHired(rep: Parsed<RepFront>): Diagnostic[] {
  const { hired, left } = rep.data;
  if (!hired || !left || left >= hired) return [];
  return [{ file: rep.file, ...rep.at(['left']), field: 'left', input: left, message: `is before the hire date (hired: ${hired}); the rep cannot leave before joining`, hint: 'check the year of both dates: "left" is the last day on the team, "hired" the first', severity: 'error' }];
}

/** Monthly note files (YYYY-MM.md) for months after the month the rep left: the loader leaves them out. */
export function notesAfterLeaving(left: string | undefined, monthFiles: readonly string[]): string[] {
  return monthFiles.filter((f) => afterLeaving(left, basename(f).slice(0, 7)));
}

/** One warning per note left out for being after the leaving month, at the note. */
export function afterLeavingWarnings(left: string, files: readonly string[]): Diagnostic[] {
  return files.map((file) => ({ file, line: 0, column: 0, field: '', message: `is for a month after the rep left (left: ${left} in rep.md), so it is not used`, hint: `${HINT_STILL_HERE}; otherwise the note is not needed`, severity: 'warning' as const }));
}

/**
 * An annual note's `actuals` are December's figures: for a rep who left before December they are
 * not the rep's, and are not used.
 */
export function annualAfterLeaving(left: string | undefined, annual: Parsed<AnnualFront>): Diagnostic[] {
  const december = `${annual.data.year}-12`;
  if (!left || !afterLeaving(left, december) || monthOf(left) < `${annual.data.year}-01` || Object.keys(annual.data.actuals).length === 0) return [];
  return [{ file: annual.file, ...annual.at(['actuals']), field: 'actuals', message: `are December's figures, but the rep left on ${left} (rep.md), so they are not used`, hint: `${HINT_STILL_HERE}; otherwise leave actuals out: the summary shows the last figures of the months worked`, severity: 'warning' }];
}
