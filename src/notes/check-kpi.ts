/**
 * KPI rows checked against the reps of a run: a row whose rep, metric or month the run cannot use
 * is reported with its line, never dropped in silence. Unknown reps and metrics are errors (a typo
 * in an id loses a figure); a month outside the year is a warning (a longer export is normal).
 */
import type { Diagnostic } from './diagnostic.js';
import type { KpiTable } from './load-kpi.js';
import { closest } from './did-you-mean.js';
import { afterLeaving, beforeHiring } from '../calendar/team-dates.js';
import { decimalsOf, roundTo } from '../model/precision.js';

export interface KpiRep {
  id: string;
  /** The rep's metric ids; undefined when the rep's notes could not be read (metrics not checked). */
  metrics?: readonly string[];
  /** The hire date from rep.md: rows for months before it are not the rep's. */
  hired?: string;
  /** The leaving date from rep.md: rows for months after its month are not the rep's. */
  left?: string;
  /** Figures the rep's own notes give, by month measured and metric, with the note that gives each. */
  noted?: Record<string, Record<string, { value: number; file: string }>>;
}

/**
 * The rows of a run that read only some of the export's reps (a shard, a build of what changed):
 * only a run that read every rep can call a row's rep unknown, so the others check their own reps'
 * rows, and each row is reported once across the runs.
 */
export function checkKpiOfRun(file: string, table: KpiTable, reps: readonly KpiRep[], year: number | undefined, readEveryRep: boolean): Diagnostic[] {
  const ids = new Set(reps.map((r) => r.id));
  return checkKpi(file, readEveryRep ? table : new Map([...table].filter(([id]) => ids.has(id))), reps, year);
}

export function checkKpi(file: string, table: KpiTable, reps: readonly KpiRep[], year?: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byId = new Map(reps.map((r) => [r.id, r]));
  const ids = [...byId.keys()];
  for (const [rep, months] of table) {
    const known = byId.get(rep);
    for (const [month, values] of months) {
      for (const [metric, { line }] of Object.entries(values)) {
        const at = { file, line, column: 0 };
        if (!known) {
          const guess = closest(rep, ids);
          out.push({ ...at, field: 'rep', input: JSON.stringify(rep), message: `names rep "${rep}", who is not among the rep folders of this run`, hint: guess ? `did you mean "${guess}"?` : 'use the id from the rep\'s rep.md, or include the rep\'s team folder in the run', severity: 'error' });
          continue;
        }
        if (year !== undefined && !month.startsWith(`${year}-`)) {
          out.push({ ...at, field: 'month', input: JSON.stringify(month), message: `is outside ${year}, so the row is not used`, hint: `a summary for ${year} reads the months ${year}-01 to ${year}-12 (the month measured)`, severity: 'warning' });
          continue;
        }
        if (beforeHiring(known.hired, month)) {
          out.push({ ...at, field: 'month', input: JSON.stringify(month), message: `is before rep ${rep} was hired (${known.hired}), so the row is not used`, hint: 'a figure from before the hire date is usually another rep\'s: check the row\'s rep id, or the hire date in rep.md', severity: 'warning' });
          continue;
        }
        if (afterLeaving(known.left, month)) {
          out.push({ ...at, field: 'month', input: JSON.stringify(month), message: `is after rep ${rep} left (${known.left}), so the row is not used`, hint: 'a figure from after the leaving date is usually another rep\'s: check the row\'s rep id, or the date "left" in rep.md', severity: 'warning' });
          continue;
        }
        if (known.metrics && !known.metrics.includes(metric)) {
          const guess = closest(metric, [...known.metrics]);
          out.push({ ...at, field: 'metric', input: JSON.stringify(metric), message: `names metric "${metric}", which rep ${rep} does not have`, hint: guess ? `did you mean "${guess}"?` : `define it in team.md or rep.md, or correct the id (known: ${known.metrics.join(', ')})`, severity: 'error' });
          continue;
        }
        const noted = known.noted?.[month]?.[metric];
        const { value } = values[metric]!;
        // A note's 993 of 1,460 is 68.01…%: an export that writes 68 agrees with it.
        if (noted && roundTo(noted.value, decimalsOf(value)) !== value) {
          out.push({ ...at, field: 'value', message: `gives ${metric} for ${month} as ${value}, but ${noted.file} gives ${noted.value}; the documents show the export's ${value}`, hint: 'correct the one that is wrong, so the rep\'s note and the export agree', severity: 'warning' });
        }
      }
    }
  }
  return out.sort((a, b) => a.line - b.line);
}
