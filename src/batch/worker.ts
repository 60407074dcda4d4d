/**
 * A pool worker: renders one rep's annual summary, or one team's rollup once all its reps are in.
 * Fonts, templates and the KPI file are loaded once per worker (module-level caches), not once
 * per document.
 */
import { basename } from 'node:path';
import type { RollupFailure, RollupRow } from '../model/team-rollup.js';
import { loadKpi, type KpiTable } from '../notes/load-kpi.js';
import { runAnnualSummary, type SummaryJobOptions, type SummaryResult } from '../pipeline/annual-summary-job.js';
import { runTeamRollup } from '../pipeline/team-rollup-job.js';

export type WorkerTask =
  | { kind: 'summary'; repFolder: string; options: Omit<SummaryJobOptions, 'kpi' | 'framework'> }
  | { kind: 'rollup'; teamFolder: string; rows: RollupRow[]; failures: RollupFailure[]; options: Omit<SummaryJobOptions, 'kpi' | 'framework'> };

export interface WorkerResult extends SummaryResult {
  ms: number;
}

const kpiCache = new Map<string, Promise<KpiTable>>();

async function kpiFor(file: string | undefined): Promise<KpiTable | undefined> {
  if (!file) return undefined;
  let pending = kpiCache.get(file);
  if (!pending) kpiCache.set(file, (pending = loadKpi(file).then((r) => r.table)));
  return pending;
}

export default async function runTask(task: WorkerTask): Promise<WorkerResult> {
  const start = performance.now();
  const source = task.kind === 'summary' ? task.repFolder : task.teamFolder;
  try {
    const result = task.kind === 'summary' ? await runAnnualSummary(task.repFolder, { ...task.options, kpi: await kpiFor(task.options.kpiFile) }) : await runTeamRollup(task.teamFolder, task.rows, task.options, task.failures);
    return { ...result, ms: performance.now() - start };
  } catch (error) {
    // A template error or a bug for one rep must not stop the other 999: report it as this rep's failure.
    const message = error instanceof Error ? error.message : String(error);
    const failure: RollupFailure = { id: basename(source), name: basename(source), kind: 'internal', where: [] };
    return { source, written: [], diagnostics: [{ file: source, line: 0, column: 0, field: '', message: `could not be rendered: ${message}`, severity: 'error' }], ok: false, failure, ms: performance.now() - start };
  }
}
