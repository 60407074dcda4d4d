/**
 * Merges the `--json` reports of a batch split over a CI matrix (`--shard i/n`) into one, as if a
 * single machine had run it: counts add up, lists join, the wall time is the slowest shard's.
 */
import type { BatchReport } from './run-batch.js';
import { compareDiagnostics } from '../notes/diagnostic.js';
import { compareText } from '../text/compare-text.js';

export type JsonReport = Omit<BatchReport, 'jobsNote' | 'skipped'> & { jobsNote?: string; skipped?: string[] };

export function mergeReports(reports: readonly JsonReport[]): JsonReport {
  if (!reports.length) throw new Error('no reports to merge');
  const years = new Set(reports.map((r) => r.year));
  if (years.size > 1) throw new RangeError(`the reports are for different years (${[...years].join(', ')})`);
  const seen = new Set<string>();
  const outputs = reports.flatMap((r) => r.outputs).sort((a, b) => compareText(a.file, b.file));
  const duplicate = outputs.find((o) => (seen.has(o.file) ? true : (seen.add(o.file), false)));
  if (duplicate) throw new RangeError(`${duplicate.file} is in two reports: were the same shard's reports given twice?`);
  const diagnostics = new Map(reports.flatMap((r) => r.diagnostics).map((d) => [`${d.file}\0${d.line}\0${d.column}\0${d.field}\0${d.message}`, d]));
  return {
    year: reports[0]!.year,
    reps: reports.reduce((n, r) => n + r.reps, 0),
    rendered: reports.reduce((n, r) => n + r.rendered, 0),
    // Reports of builds before `skipped` existed have none.
    skipped: reports.flatMap((r) => r.skipped ?? []).sort(compareText),
    failed: reports.flatMap((r) => r.failed).sort((a, b) => compareText(a.rep, b.rep)),
    outputs,
    // Every shard reads the KPI file and reports the same bad rows: each is listed once.
    diagnostics: [...diagnostics.values()].sort(compareDiagnostics),
    seconds: { total: Math.max(...reports.map((r) => r.seconds.total)), rollups: reports.reduce((n, r) => n + r.seconds.rollups, 0) },
    jobs: reports.reduce((n, r) => n + r.jobs, 0),
    peakRssMb: Math.max(...reports.map((r) => r.peakRssMb)),
  };
}
