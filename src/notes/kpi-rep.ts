/**
 * What a KPI export's rows are checked against for one rep whose notes were read: the metric ids,
 * the hire and leaving dates and the figures the notes themselves give, so a row that overrides the rep's own
 * figure with a different one is named (the documents show the export's).
 */
import type { KpiRep } from './check-kpi.js';
import type { RepNotes } from './load-rep.js';
import { addMonths } from '../calendar/months.js';

export function kpiRepOf(notes: RepNotes): KpiRep {
  // By the month measured, as the summary reads them: the note for M gives M−1's figures, and an
  // annual note's year-end figures stand for December (over the next January's note).
  const noted: NonNullable<KpiRep['noted']> = {};
  for (const n of notes.months) {
    const month = addMonths(n.data.month, -1);
    for (const [metric, value] of Object.entries(n.data.actuals)) (noted[month] ??= {})[metric] = { value, file: n.file };
  }
  for (const a of notes.annuals) {
    for (const [metric, value] of Object.entries(a.data.actuals)) (noted[`${a.data.year}-12`] ??= {})[metric] = { value, file: a.file };
  }
  return { id: notes.rep.data.id, metrics: notes.metrics.map((m) => m.id), hired: notes.rep.data.hired, left: notes.rep.data.left, noted };
}
