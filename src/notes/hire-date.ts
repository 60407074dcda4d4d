/**
 * A hire date after the months the notes cover (a typo such as 2027 for 2026) would put every
 * month in the rep's first month and call them "fresh": worth a warning at the date itself.
 */
import { beforeHiring } from '../calendar/team-dates.js';
import { basename } from 'node:path';
import type { Diagnostic } from './diagnostic.js';
import type { Parsed } from './parse-note.js';
import type { RepFront } from './schema.js';

export function checkHireDate(rep: Parsed<RepFront>, monthFiles: readonly string[]): Diagnostic[] {
  // Without a hire date nothing is assumed, so nothing can contradict it.
  if (!rep.data.hired) return [];
  const hired = rep.data.hired;
  const before = monthFiles.filter((f) => beforeHiring(hired, basename(f).slice(0, 7)));
  if (!before.length) return [];
  const names = before.map((f) => basename(f));
  const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
  return [{ file: rep.file, ...rep.at(['hired']), field: 'hired', input: String(rep.data.hired), message: `is after the month of ${shown}; those months are counted as the rep's first`, hint: 'check the year of the hire date', severity: 'warning' }];
}
